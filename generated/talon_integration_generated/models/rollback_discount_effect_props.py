"""RollbackDiscountEffectProps: The `props` of a `rollbackDiscount` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["RollbackDiscountEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class RollbackDiscountEffectProps(_t.Model):
    """The `props` of a `rollbackDiscount` effect."""

    name: str
    """The name of the "setDiscount" effect that was rolled back."""
    value: float
    """The value of the discount that was rolled back."""
    cart_item_position: float | None = None
    """The index of the item in the cart items for which the discount was rolled back."""
    cart_item_sub_position: float | None = None
    """For cart items with `quantity` > 1, the subposition returns the index of the item unit in its line item."""
    additional_cost_id: int | None = None
    """The ID of the additional cost that was rolled back."""
    additional_cost: str | None = None
    """The name of the additional cost that was rolled back."""
    scope: str | None = None
    """The scope of the rolled back discount - For a discount per session, it can be one of `cartItems`,
    `additionalCosts` or `sessionTotal` - For a discount per item, it can be one of `price`, `additionalCosts`
    or `itemTotal`"""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "value",
            "cartItemPosition",
            "cartItemSubPosition",
            "additionalCostId",
            "additionalCost",
            "scope",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a RollbackDiscountEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data.get("cartItemPosition")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("cartItemPosition")
            obj.cart_item_position = v
            v = data.get("cartItemSubPosition")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("cartItemSubPosition")
            obj.cart_item_sub_position = v
            v = data.get("additionalCostId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("additionalCostId") from None
            obj.additional_cost_id = v
            v = data.get("additionalCost")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("additionalCost")
            obj.additional_cost = v
            v = data.get("scope")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("scope")
            obj.scope = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This RollbackDiscountEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.name
        if v is not None:
            out["name"] = v

        v = self.value
        if v is not None:
            out["value"] = v

        v = self.cart_item_position
        if v is not None:
            out["cartItemPosition"] = v

        v = self.cart_item_sub_position
        if v is not None:
            out["cartItemSubPosition"] = v

        v = self.additional_cost_id
        if v is not None:
            out["additionalCostId"] = v

        v = self.additional_cost
        if v is not None:
            out["additionalCost"] = v

        v = self.scope
        if v is not None:
            out["scope"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = RollbackDiscountEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

RollbackDiscountEffectProps.FIELDS = (
    _t.Field("name", "name", "str", True, description='The name of the "setDiscount" effect that was rolled back.'),
    _t.Field("value", "value", "float", True, description="The value of the discount that was rolled back."),
    _t.Field(
        "cart_item_position",
        "cartItemPosition",
        "float",
        False,
        description="The index of the item in the cart items for which the discount was rolled back.",
    ),
    _t.Field(
        "cart_item_sub_position",
        "cartItemSubPosition",
        "float",
        False,
        description="For cart items with `quantity` > 1, the subposition returns the index of the item unit in its line item.",
    ),
    _t.Field(
        "additional_cost_id",
        "additionalCostId",
        "int",
        False,
        description="The ID of the additional cost that was rolled back.",
    ),
    _t.Field(
        "additional_cost",
        "additionalCost",
        "str",
        False,
        description="The name of the additional cost that was rolled back.",
    ),
    _t.Field(
        "scope",
        "scope",
        "str",
        False,
        description="The scope of the rolled back discount - For a discount per session, it can be one of `cartItems`, `additionalCosts` or `sessionTotal` - For a discount per item, it can be one of `price`, `additionalCosts` or `itemTotal`",
    ),
)
