"""ErrorResponse: The body of an error answer. Only `message` is always there.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["ErrorResponse"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class ErrorResponse(_t.Model):
    """The body of an error answer. Only `message` is always there."""

    message: str
    """What went wrong, for people."""
    errors: list[ErrorItem] | None = None
    """Details of each problem."""
    status_code: int | None = None
    """The HTTP status, repeated by newer service versions."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "errors",
            "StatusCode",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ErrorResponse from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["message"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("message")
            obj.message = v
            v = data.get("errors")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("errors")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_ErrorItem(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("errors") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(_parse_ErrorItem(x, consume) if type(x) is dict else _t.not_an_object(x))
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("errors") from None  # the index of the item that failed
                    v = items
            obj.errors = v
            v = data.get("StatusCode")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("StatusCode") from None
            obj.status_code = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This ErrorResponse as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.message
        if v is not None:
            out["message"] = v

        v = self.errors
        if v is not None:
            out["errors"] = [x.to_dict() for x in v]

        v = self.status_code
        if v is not None:
            out["StatusCode"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = ErrorResponse._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .error_item import ErrorItem

ErrorResponse.FIELDS = (
    _t.Field("message", "message", "str", True, description="What went wrong, for people."),
    _t.Field(
        "errors", "errors", "list", False, item_kind="model", model=ErrorItem, description="Details of each problem."
    ),
    _t.Field(
        "status_code", "StatusCode", "int", False, description="The HTTP status, repeated by newer service versions."
    ),
)
_parse_ErrorItem = ErrorItem._parse
