"""CodeGeneratorSettings: CodeGeneratorSettings (Talon.One Integration API; SDK 9 model CodeGeneratorSettings).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CodeGeneratorSettings"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CodeGeneratorSettings(_t.Model):
    """CodeGeneratorSettings (Talon.One Integration API; SDK 9 model CodeGeneratorSettings)."""

    valid_characters: list[str]
    """List of characters used to generate the random parts of a code."""
    coupon_pattern: str
    """The pattern used to generate codes, such as coupon codes, referral codes, and loyalty cards. The character
    `#` is a placeholder and is replaced by a random character from the `validCharacters` set."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "validCharacters",
            "couponPattern",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CodeGeneratorSettings from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["validCharacters"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("validCharacters")
            try:
                v = _t.parse_plain_list(v, "str")
            except _t.SchemaError as exc:
                raise exc.at("validCharacters") from None
            obj.valid_characters = v
            v = data["couponPattern"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("couponPattern")
            obj.coupon_pattern = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CodeGeneratorSettings as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.valid_characters
        if v is not None:
            out["validCharacters"] = v

        v = self.coupon_pattern
        if v is not None:
            out["couponPattern"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CodeGeneratorSettings._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

CodeGeneratorSettings.FIELDS = (
    _t.Field(
        "valid_characters",
        "validCharacters",
        "list",
        True,
        item_kind="str",
        description="List of characters used to generate the random parts of a code.",
    ),
    _t.Field(
        "coupon_pattern",
        "couponPattern",
        "str",
        True,
        description="The pattern used to generate codes, such as coupon codes, referral codes, and loyalty cards. The character `#` is a placeholder and is replaced by a random character from the `validCharacters` set.",
    ),
)
