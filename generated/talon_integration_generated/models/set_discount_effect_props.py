"""SetDiscountEffectProps: The `props` of a `setDiscount` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["SetDiscountEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class SetDiscountEffectProps(_t.Model):
    """The `props` of a `setDiscount` effect."""

    name: str
    """The name / description of this discount"""
    value: float
    """The total monetary value of the discount."""
    scope: str | None = None
    """The scope which the discount was applied on, can be one of (cartItems,additionalCosts,sessionTotal)."""
    desired_value: float | None = None
    """The original value of the discount."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "value",
            "scope",
            "desiredValue",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a SetDiscountEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["value"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("value")
            obj.value = v
            v = data.get("scope")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("scope")
            obj.scope = v
            v = data.get("desiredValue")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("desiredValue")
            obj.desired_value = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This SetDiscountEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.name
        if v is not None:
            out["name"] = v

        v = self.value
        if v is not None:
            out["value"] = v

        v = self.scope
        if v is not None:
            out["scope"] = v

        v = self.desired_value
        if v is not None:
            out["desiredValue"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = SetDiscountEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

SetDiscountEffectProps.FIELDS = (
    _t.Field("name", "name", "str", True, description="The name / description of this discount"),
    _t.Field("value", "value", "float", True, description="The total monetary value of the discount."),
    _t.Field(
        "scope",
        "scope",
        "str",
        False,
        description="The scope which the discount was applied on, can be one of (cartItems,additionalCosts,sessionTotal).",
    ),
    _t.Field("desired_value", "desiredValue", "float", False, description="The original value of the discount."),
)
