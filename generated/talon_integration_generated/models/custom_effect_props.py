"""CustomEffectProps: The `props` of a `customEffect` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CustomEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomEffectProps(_t.Model):
    """The `props` of a `customEffect` effect."""

    effect_id: int
    """The ID of the custom effect that was triggered."""
    name: str
    """The type of the custom effect."""
    payload: dict[str, Any]
    """The JSON payload of the custom effect."""
    cart_item_position: float | None = None
    """The index of the item in the cart item list to which the custom effect is applied."""
    cart_item_sub_position: float | None = None
    """For cart items with quantity > 1, the sub position indicates to which item unit the custom effect is
    applied."""
    bundle_index: int | None = None
    """The position of the bundle in a list of item bundles created from the same bundle definition."""
    bundle_name: str | None = None
    """The name of the bundle definition."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "effectId",
            "name",
            "payload",
            "cartItemPosition",
            "cartItemSubPosition",
            "bundleIndex",
            "bundleName",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["effectId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("effectId") from None
            obj.effect_id = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["payload"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("payload")
            obj.payload = v
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
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.effect_id
        if v is not None:
            out["effectId"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.payload
        if v is not None:
            out["payload"] = v

        v = self.cart_item_position
        if v is not None:
            out["cartItemPosition"] = v

        v = self.cart_item_sub_position
        if v is not None:
            out["cartItemSubPosition"] = v

        v = self.bundle_index
        if v is not None:
            out["bundleIndex"] = v

        v = self.bundle_name
        if v is not None:
            out["bundleName"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CustomEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

CustomEffectProps.FIELDS = (
    _t.Field("effect_id", "effectId", "int", True, description="The ID of the custom effect that was triggered."),
    _t.Field("name", "name", "str", True, description="The type of the custom effect."),
    _t.Field("payload", "payload", "object", True, description="The JSON payload of the custom effect."),
    _t.Field(
        "cart_item_position",
        "cartItemPosition",
        "float",
        False,
        description="The index of the item in the cart item list to which the custom effect is applied.",
    ),
    _t.Field(
        "cart_item_sub_position",
        "cartItemSubPosition",
        "float",
        False,
        description="For cart items with quantity > 1, the sub position indicates to which item unit the custom effect is applied.",
    ),
    _t.Field(
        "bundle_index",
        "bundleIndex",
        "int",
        False,
        description="The position of the bundle in a list of item bundles created from the same bundle definition.",
    ),
    _t.Field("bundle_name", "bundleName", "str", False, description="The name of the bundle definition."),
)
