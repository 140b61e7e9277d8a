"""ErrorSource: Where in the request the problem is.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["ErrorSource"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class ErrorSource(_t.Model):
    """Where in the request the problem is."""

    pointer: str | None = None
    """A JSON pointer into the request body, e.g. `/attributes/Name`."""
    parameter: str | None = None
    """The name of the query or path parameter."""
    line: str | None = None
    """A line of the request body."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "pointer",
            "parameter",
            "line",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ErrorSource from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("pointer")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("pointer")
            obj.pointer = v
            v = data.get("parameter")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("parameter")
            obj.parameter = v
            v = data.get("line")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("line")
            obj.line = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This ErrorSource as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.pointer
        if v is not None:
            out["pointer"] = v

        v = self.parameter
        if v is not None:
            out["parameter"] = v

        v = self.line
        if v is not None:
            out["line"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = ErrorSource._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

ErrorSource.FIELDS = (
    _t.Field(
        "pointer", "pointer", "str", False, description="A JSON pointer into the request body, e.g. `/attributes/Name`."
    ),
    _t.Field("parameter", "parameter", "str", False, description="The name of the query or path parameter."),
    _t.Field("line", "line", "str", False, description="A line of the request body."),
)
