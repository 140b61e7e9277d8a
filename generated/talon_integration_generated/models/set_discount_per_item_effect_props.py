"""SetDiscountPerItemEffectProps: The `props` of a `setDiscountPerItem` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["SetDiscountPerItemEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class SetDiscountPerItemEffectProps(_t.Model):
    """The `props` of a `setDiscountPerItem` effect."""

    name: str
    """The name of the discount. Contains a hashtag character indicating the index of the position of the item the
    discount applies to. It is identical to the value of the `position` property."""
    value: float
    """The total monetary value of the discount."""
    position: float
    """The index of the item in the cart items list on which this discount should be applied."""
    sub_position: float | None = None
    """For cart items with `quantity` > 1, the sub position indicates which item the discount applies to."""
    desired_value: float | None = None
    """The original value of the discount."""
    scope: str | None = None
    """The scope of the discount: - `additionalCosts`: The discount applies to all the additional costs of the
    item. - `itemTotal`: The discount applies to the price of the item + the additional costs of the item."""
    total_discount: float | None = None
    """The total discount given if this effect is a result of a prorated discount."""
    desired_total_discount: float | None = None
    """The original total discount to give if this effect is a result of a prorated discount."""
    bundle_index: int | None = None
    """The position of the bundle in a list of item bundles created from the same bundle definition."""
    bundle_name: str | None = None
    """The name of the bundle definition."""
    targeted_item_position: float | None = None
    """The index of the targeted bundle item on which the applied discount is based."""
    targeted_item_sub_position: float | None = None
    """The sub-position of the targeted bundle item on which the applied discount is based."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "value",
            "position",
            "subPosition",
            "desiredValue",
            "scope",
            "totalDiscount",
            "desiredTotalDiscount",
            "bundleIndex",
            "bundleName",
            "targetedItemPosition",
            "targetedItemSubPosition",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a SetDiscountPerItemEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
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
            v = data["position"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("position")
            obj.position = v
            v = data.get("subPosition")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("subPosition")
            obj.sub_position = v
            v = data.get("desiredValue")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("desiredValue")
            obj.desired_value = v
            v = data.get("scope")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("scope")
            obj.scope = v
            v = data.get("totalDiscount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("totalDiscount")
            obj.total_discount = v
            v = data.get("desiredTotalDiscount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("desiredTotalDiscount")
            obj.desired_total_discount = v
            v = data.get("bundleIndex")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("bundleIndex") from None
            obj.bundle_index = v
            v = data.get("bundleName")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("bundleName")
            obj.bundle_name = v
            v = data.get("targetedItemPosition")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("targetedItemPosition")
            obj.targeted_item_position = v
            v = data.get("targetedItemSubPosition")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("targetedItemSubPosition")
            obj.targeted_item_sub_position = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This SetDiscountPerItemEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.name
        if v is not None:
            out["name"] = v

        v = self.value
        if v is not None:
            out["value"] = v

        v = self.position
        if v is not None:
            out["position"] = v

        v = self.sub_position
        if v is not None:
            out["subPosition"] = v

        v = self.desired_value
        if v is not None:
            out["desiredValue"] = v

        v = self.scope
        if v is not None:
            out["scope"] = v

        v = self.total_discount
        if v is not None:
            out["totalDiscount"] = v

        v = self.desired_total_discount
        if v is not None:
            out["desiredTotalDiscount"] = v

        v = self.bundle_index
        if v is not None:
            out["bundleIndex"] = v

        v = self.bundle_name
        if v is not None:
            out["bundleName"] = v

        v = self.targeted_item_position
        if v is not None:
            out["targetedItemPosition"] = v

        v = self.targeted_item_sub_position
        if v is not None:
            out["targetedItemSubPosition"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = SetDiscountPerItemEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

SetDiscountPerItemEffectProps.FIELDS = (
    _t.Field(
        "name",
        "name",
        "str",
        True,
        description="The name of the discount. Contains a hashtag character indicating the index of the position of the item the discount applies to. It is identical to the value of the `position` property.",
    ),
    _t.Field("value", "value", "float", True, description="The total monetary value of the discount."),
    _t.Field(
        "position",
        "position",
        "float",
        True,
        description="The index of the item in the cart items list on which this discount should be applied.",
    ),
    _t.Field(
        "sub_position",
        "subPosition",
        "float",
        False,
        description="For cart items with `quantity` > 1, the sub position indicates which item the discount applies to.",
    ),
    _t.Field("desired_value", "desiredValue", "float", False, description="The original value of the discount."),
    _t.Field(
        "scope",
        "scope",
        "str",
        False,
        description="The scope of the discount: - `additionalCosts`: The discount applies to all the additional costs of the item. - `itemTotal`: The discount applies to the price of the item + the additional costs of the item.",
    ),
    _t.Field(
        "total_discount",
        "totalDiscount",
        "float",
        False,
        description="The total discount given if this effect is a result of a prorated discount.",
    ),
    _t.Field(
        "desired_total_discount",
        "desiredTotalDiscount",
        "float",
        False,
        description="The original total discount to give if this effect is a result of a prorated discount.",
    ),
    _t.Field(
        "bundle_index",
        "bundleIndex",
        "int",
        False,
        description="The position of the bundle in a list of item bundles created from the same bundle definition.",
    ),
    _t.Field("bundle_name", "bundleName", "str", False, description="The name of the bundle definition."),
    _t.Field(
        "targeted_item_position",
        "targetedItemPosition",
        "float",
        False,
        description="The index of the targeted bundle item on which the applied discount is based.",
    ),
    _t.Field(
        "targeted_item_sub_position",
        "targetedItemSubPosition",
        "float",
        False,
        description="The sub-position of the targeted bundle item on which the applied discount is based.",
    ),
)
