"""CartItem: One line of a cart.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["CartItem", "CartItemDict"]

_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False)
class CartItem(_t.Model):
    """One line of a cart."""

    name: str
    """The product's name."""
    sku: str
    """The product's stock-keeping unit."""
    quantity: int
    """How many units."""
    price: float
    """The price of one unit."""
    category: str | None = None
    """The product's category."""
    weight: float | None = None
    """Weight of one unit."""
    height: float | None = None
    """Height of one unit."""
    width: float | None = None
    """Width of one unit."""
    length: float | None = None
    """Length of one unit."""
    position: float | None = None
    """The line's position in the cart."""
    attributes: dict[str, Any] | None = None
    """Cart item attributes defined in the Application, by name."""
    adjustment: CartItemAdjustment | None = None
    """Part of a cart line paid with loyalty points."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "sku",
            "quantity",
            "price",
            "category",
            "weight",
            "height",
            "width",
            "length",
            "position",
            "attributes",
            "adjustment",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CartItem from decoded JSON; raises ``SchemaError`` naming the offending field."""
        v: Any
        try:
            w = "name"
            v = data.get("name")
            if type(v) is not str:
                raise _t.expected("a string", v)
            a0 = v
            w = "sku"
            v = data.get("sku")
            if type(v) is not str:
                raise _t.expected("a string", v)
            a1 = v
            w = "quantity"
            v = data.get("quantity")
            if type(v) is not int:
                raise _t.expected("an integer", v)
            a2 = v
            w = "price"
            v = data.get("price")
            if type(v) is not float and type(v) is not int:
                raise _t.expected("a number", v)
            a3 = v
            w = "category"
            v = data.get("category")
            if v is not None:
                if type(v) is not str:
                    raise _t.expected("a string", v)
            a4 = v
            w = "weight"
            v = data.get("weight")
            if v is not None:
                if type(v) is not float and type(v) is not int:
                    raise _t.expected("a number", v)
            a5 = v
            w = "height"
            v = data.get("height")
            if v is not None:
                if type(v) is not float and type(v) is not int:
                    raise _t.expected("a number", v)
            a6 = v
            w = "width"
            v = data.get("width")
            if v is not None:
                if type(v) is not float and type(v) is not int:
                    raise _t.expected("a number", v)
            a7 = v
            w = "length"
            v = data.get("length")
            if v is not None:
                if type(v) is not float and type(v) is not int:
                    raise _t.expected("a number", v)
            a8 = v
            w = "position"
            v = data.get("position")
            if v is not None:
                if type(v) is not float and type(v) is not int:
                    raise _t.expected("a number", v)
            a9 = v
            w = "attributes"
            v = data.get("attributes")
            if v is not None:
                if type(v) is not dict:
                    raise _t.expected("an object", v)
            a10 = v
            w = "adjustment"
            v = data.get("adjustment")
            if v is not None:
                if type(v) is not dict:
                    raise _t.expected("an object", v)
                v = _from_dict_CartItemAdjustment(v)
            a11 = v
        except _t.SchemaError as exc:
            raise exc.at(w) from None
        obj = _new(cls)
        obj.name = a0
        obj.sku = a1
        obj.quantity = a2
        obj.price = a3
        obj.category = a4
        obj.weight = a5
        obj.height = a6
        obj.width = a7
        obj.length = a8
        obj.position = a9
        obj.attributes = a10
        obj.adjustment = a11
        obj._extra = None
        obj._source = data  # unknown fields are picked out of it on first access
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CartItem as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.name
        if v is not None:
            out["name"] = v

        v = self.sku
        if v is not None:
            out["sku"] = v

        v = self.quantity
        if v is not None:
            out["quantity"] = v

        v = self.price
        if v is not None:
            out["price"] = v

        v = self.category
        if v is not None:
            out["category"] = v

        v = self.weight
        if v is not None:
            out["weight"] = v

        v = self.height
        if v is not None:
            out["height"] = v

        v = self.width
        if v is not None:
            out["width"] = v

        v = self.length
        if v is not None:
            out["length"] = v

        v = self.position
        if v is not None:
            out["position"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.adjustment
        if v is not None:
            out["adjustment"] = v.to_dict()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a CartItem or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        get: Callable[[str], Any]
        extra: dict[str, Any] | None
        if isinstance(value, Mapping):
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "CartItem")
            get = value.get
            extra = None
        elif isinstance(value, cls):
            get = value.__getattribute__
            extra = value.additional_properties
        else:
            raise _t.not_a_model(value, "CartItem")
        out: dict[str, Any] = {}
        v: Any
        try:
            w = 0
            v = get("name")
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["name"] = v
            w = 1
            v = get("sku")
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["sku"] = v
            w = 2
            v = get("quantity")
            if not (type(v) is int and v >= 1.0):
                v = _t.input_integer(v, True, minimum=1.0)
            out["quantity"] = v
            w = 3
            v = get("price")
            if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                v = _t.input_number(v, True)
            out["price"] = v
            w = 4
            v = get("category")
            if v is not None:
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["category"] = v
            w = 5
            v = get("weight")
            if v is not None:
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["weight"] = v
            w = 6
            v = get("height")
            if v is not None:
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["height"] = v
            w = 7
            v = get("width")
            if v is not None:
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["width"] = v
            w = 8
            v = get("length")
            if v is not None:
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["length"] = v
            w = 9
            v = get("position")
            if v is not None:
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["position"] = v
            w = 10
            v = get("attributes")
            if v is not None:
                if not (_t.plain_object(v)):
                    v = _t.input_object(v, False)
                out["attributes"] = v
            w = 11
            v = get("adjustment")
            if v is not None:
                v = _to_request_CartItemAdjustment(v)
                out["adjustment"] = v
        except _t.InputError as exc:
            field = cls.FIELDS[w]
            raise exc.at(field.name, field.wire) from None
        if extra:
            out.update(extra)
        return out


class CartItemDict(TypedDict, total=False):
    """A CartItem as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    name: Required[str]
    sku: Required[str]
    quantity: Required[int]
    price: Required[float | Decimal]
    category: str | None
    weight: float | Decimal | None
    height: float | Decimal | None
    width: float | Decimal | None
    length: float | Decimal | None
    position: float | Decimal | None
    attributes: Mapping[str, Any] | None
    adjustment: CartItemAdjustment | CartItemAdjustmentDict | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "name",
        "sku",
        "quantity",
        "price",
        "category",
        "weight",
        "height",
        "width",
        "length",
        "position",
        "attributes",
        "adjustment",
    }
)
_new = object.__new__

# Nested models, imported after the class so that models may refer to each other in any order.
from .cart_item_adjustment import CartItemAdjustment, CartItemAdjustmentDict

CartItem.FIELDS = (
    _t.Field("name", "name", "str", True, description="The product's name."),
    _t.Field("sku", "sku", "str", True, description="The product's stock-keeping unit."),
    _t.Field("quantity", "quantity", "int", True, description="How many units."),
    _t.Field("price", "price", "float", True, description="The price of one unit."),
    _t.Field("category", "category", "str", False, description="The product's category."),
    _t.Field("weight", "weight", "float", False, description="Weight of one unit."),
    _t.Field("height", "height", "float", False, description="Height of one unit."),
    _t.Field("width", "width", "float", False, description="Width of one unit."),
    _t.Field("length", "length", "float", False, description="Length of one unit."),
    _t.Field("position", "position", "float", False, description="The line's position in the cart."),
    _t.Field(
        "attributes",
        "attributes",
        "object",
        False,
        description="Cart item attributes defined in the Application, by name.",
    ),
    _t.Field(
        "adjustment",
        "adjustment",
        "model",
        False,
        model=CartItemAdjustment,
        description="Part of a cart line paid with loyalty points.",
    ),
)
_from_dict_CartItemAdjustment = CartItemAdjustment.from_dict
_to_request_CartItemAdjustment = CartItemAdjustment.to_request
