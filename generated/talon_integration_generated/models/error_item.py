"""ErrorItem: One problem with the request.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["ErrorItem"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class ErrorItem(_t.Model):
    """One problem with the request."""

    title: str | None = None
    """A short summary."""
    details: str | None = None
    """A longer explanation."""
    source: ErrorSource | None = None
    """Where in the request the problem is."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "details",
            "source",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ErrorItem from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("title")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("title")
            obj.title = v
            v = data.get("details")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("details")
            obj.details = v
            v = data.get("source")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("source")
                try:
                    v = _parse_ErrorSource(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("source") from None
            obj.source = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This ErrorItem as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.title
        if v is not None:
            out["title"] = v

        v = self.details
        if v is not None:
            out["details"] = v

        v = self.source
        if v is not None:
            out["source"] = v.to_dict()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = ErrorItem._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .error_source import ErrorSource

ErrorItem.FIELDS = (
    _t.Field("title", "title", "str", False, description="A short summary."),
    _t.Field("details", "details", "str", False, description="A longer explanation."),
    _t.Field("source", "source", "model", False, model=ErrorSource, description="Where in the request the problem is."),
)
_parse_ErrorSource = ErrorSource._parse
