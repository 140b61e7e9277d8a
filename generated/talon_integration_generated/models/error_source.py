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
_date_fromisoformat = datetime.date.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False)
class ErrorSource(_t.Model):
    """Where in the request the problem is."""

    pointer: str | None = None
    """A JSON pointer into the request body, e.g. `/attributes/Name`."""
    parameter: str | None = None
    """The name of the query or path parameter."""
    line: str | None = None
    """A line of the request body."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)
    _source: dict[str, Any] | None = attrs.field(default=None, init=False, repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "pointer",
            "parameter",
            "line",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ErrorSource from decoded JSON; raises ``SchemaError`` naming the offending field."""
        v: Any
        try:
            w = "pointer"
            v = data.get("pointer")
            if v is not None:
                if type(v) is not str:
                    raise _t.expected("a string", v)
            a0 = v
            w = "parameter"
            v = data.get("parameter")
            if v is not None:
                if type(v) is not str:
                    raise _t.expected("a string", v)
            a1 = v
            w = "line"
            v = data.get("line")
            if v is not None:
                if type(v) is not str:
                    raise _t.expected("a string", v)
            a2 = v
        except _t.SchemaError as exc:
            raise exc.at(w) from None
        obj = _new(cls)
        obj.pointer = a0
        obj.parameter = a1
        obj.line = a2
        obj._source = data  # _extra stays unset: unknown fields are picked out of the source on first access
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

# Nested models, imported after the class so that models may refer to each other in any order.

ErrorSource.FIELDS = (
    _t.Field(
        "pointer", "pointer", "str", False, description="A JSON pointer into the request body, e.g. `/attributes/Name`."
    ),
    _t.Field("parameter", "parameter", "str", False, description="The name of the query or path parameter."),
    _t.Field("line", "line", "str", False, description="A line of the request body."),
)
