"""CartItem: One line of a cart.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["CartItem", "CartItemDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CartItem(_t.Model):
    """One line of a cart."""

    name: str
    """The product's name."""
    sku: str
    """The product's stock-keeping unit."""
    quantity: int
    """How many units; the service splits a line into one item per unit for per-item effects."""
    price: float
    """The price of one unit; overrides the catalog price when the item is in a catalog."""
    returned_quantity: int | None = None
    """How many units were returned, worked out by the service from the session's returns."""
    remaining_quantity: int | None = None
    """How many units remain after returns, worked out by the service."""
    category: str | None = None
    """The product's category (type, group or model)."""
    product: Product | None = None
    """The product a cart item belongs to."""
    weight: float | None = None
    """Weight of one unit, in grams."""
    height: float | None = None
    """Height of one unit, in mm."""
    width: float | None = None
    """Width of one unit, in mm."""
    length: float | None = None
    """Length of one unit, in mm."""
    position: float | None = None
    """The line's position in the cart (set by the service)."""
    attributes: dict[str, Any] | None = None
    """Cart item attributes defined in the Application, by name."""
    additional_costs: dict[str, AdditionalCost] | None = None
    """Additional costs of this item (such as shipping), by the name defined in the Campaign Manager."""
    catalog_item_id: int | None = None
    """The ID of the catalog item this line matched."""
    selected_price_type: str | None = None
    """The price type chosen for this item (e.g. a members-only price)."""
    adjustment_reference_id: str | None = None
    """The reference ID of the price adjustment that gave the selected price, if one did."""
    adjustment_effective_from: datetime.datetime | None = None
    """When that price adjustment starts to apply, if it says so."""
    adjustment_effective_until: datetime.datetime | None = None
    """When that price adjustment stops applying, if it says so."""
    prices: dict[str, PriceDetail] | None = None
    """The item's price under each price type, with the adjustment behind it, by price type name."""
    adjustment: CartItemAdjustment | None = None
    """Part of a cart line paid with loyalty points."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "sku",
            "quantity",
            "price",
            "returnedQuantity",
            "remainingQuantity",
            "category",
            "product",
            "weight",
            "height",
            "width",
            "length",
            "position",
            "attributes",
            "additionalCosts",
            "catalogItemID",
            "selectedPriceType",
            "adjustmentReferenceId",
            "adjustmentEffectiveFrom",
            "adjustmentEffectiveUntil",
            "prices",
            "adjustment",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CartItem from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 4  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["sku"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("sku")
            obj.sku = v
            v = data["quantity"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("quantity") from None
            obj.quantity = v
            v = data["price"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("price")
            obj.price = v
            v = data.get("returnedQuantity")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("returnedQuantity") from None
            obj.returned_quantity = v
            v = data.get("remainingQuantity")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("remainingQuantity") from None
            obj.remaining_quantity = v
            v = data.get("category")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("category")
            obj.category = v
            v = data.get("product")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("product")
                try:
                    v = _parse_Product(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("product") from None
            obj.product = v
            v = data.get("weight")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("weight")
            obj.weight = v
            v = data.get("height")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("height")
            obj.height = v
            v = data.get("width")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("width")
            obj.width = v
            v = data.get("length")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("length")
            obj.length = v
            v = data.get("position")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("position")
            obj.position = v
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data.get("additionalCosts")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = _t.parse_model_map(v, _parse_AdditionalCost, consume)
                except _t.SchemaError as exc:
                    raise exc.at("additionalCosts") from None
            obj.additional_costs = v
            v = data.get("catalogItemID")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("catalogItemID") from None
            obj.catalog_item_id = v
            v = data.get("selectedPriceType")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("selectedPriceType")
            obj.selected_price_type = v
            v = data.get("adjustmentReferenceId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("adjustmentReferenceId")
            obj.adjustment_reference_id = v
            v = data.get("adjustmentEffectiveFrom")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = (
                        _fromisoformat(v)
                        if (h := v[4:20:3]) == "--T::Z" or (h == "--T::." and v[-1] == "Z" and 21 < len(v) < 28)
                        else _t.parse_datetime(v)
                    )
                except (ValueError, TypeError, LookupError):  # another form, or not a string
                    try:
                        v = _t.parse_datetime(v)
                    except _t.SchemaError as exc:
                        raise exc.at("adjustmentEffectiveFrom") from None
            obj.adjustment_effective_from = v
            v = data.get("adjustmentEffectiveUntil")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = (
                        _fromisoformat(v)
                        if (h := v[4:20:3]) == "--T::Z" or (h == "--T::." and v[-1] == "Z" and 21 < len(v) < 28)
                        else _t.parse_datetime(v)
                    )
                except (ValueError, TypeError, LookupError):  # another form, or not a string
                    try:
                        v = _t.parse_datetime(v)
                    except _t.SchemaError as exc:
                        raise exc.at("adjustmentEffectiveUntil") from None
            obj.adjustment_effective_until = v
            v = data.get("prices")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = _t.parse_model_map(v, _parse_PriceDetail, consume)
                except _t.SchemaError as exc:
                    raise exc.at("prices") from None
            obj.prices = v
            v = data.get("adjustment")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("adjustment")
                try:
                    v = _parse_CartItemAdjustment(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("adjustment") from None
            obj.adjustment = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
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

        v = self.returned_quantity
        if v is not None:
            out["returnedQuantity"] = v

        v = self.remaining_quantity
        if v is not None:
            out["remainingQuantity"] = v

        v = self.category
        if v is not None:
            out["category"] = v

        v = self.product
        if v is not None:
            out["product"] = v.to_dict()

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

        v = self.additional_costs
        if v is not None:
            out["additionalCosts"] = {key: x.to_dict() for key, x in v.items()}

        v = self.catalog_item_id
        if v is not None:
            out["catalogItemID"] = v

        v = self.selected_price_type
        if v is not None:
            out["selectedPriceType"] = v

        v = self.adjustment_reference_id
        if v is not None:
            out["adjustmentReferenceId"] = v

        v = self.adjustment_effective_from
        if v is not None:
            out["adjustmentEffectiveFrom"] = v.isoformat()

        v = self.adjustment_effective_until
        if v is not None:
            out["adjustmentEffectiveUntil"] = v.isoformat()

        v = self.prices
        if v is not None:
            out["prices"] = {key: x.to_dict() for key, x in v.items()}

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
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "CartItem")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "CartItem")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.name
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["name"] = v
            w = 1
            v = value.sku
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["sku"] = v
            w = 2
            v = value.quantity
            if not (type(v) is int and v >= 1.0):
                v = _t.input_integer(v, True, minimum=1.0)
            out["quantity"] = v
            w = 3
            v = value.price
            if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                v = _t.input_number(v, True)
            out["price"] = v
            v = value.returned_quantity
            if v is not None:
                w = 4
                if not (type(v) is int):
                    v = _t.input_integer(v, False)
                out["returnedQuantity"] = v
            v = value.remaining_quantity
            if v is not None:
                w = 5
                if not (type(v) is int):
                    v = _t.input_integer(v, False)
                out["remainingQuantity"] = v
            v = value.category
            if v is not None:
                w = 6
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["category"] = v
            v = value.product
            if v is not None:
                w = 7
                v = _to_request_Product(v)
                out["product"] = v
            v = value.weight
            if v is not None:
                w = 8
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["weight"] = v
            v = value.height
            if v is not None:
                w = 9
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["height"] = v
            v = value.width
            if v is not None:
                w = 10
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["width"] = v
            v = value.length
            if v is not None:
                w = 11
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["length"] = v
            v = value.position
            if v is not None:
                w = 12
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["position"] = v
            v = value.attributes
            if v is not None:
                w = 13
                if not (_t.plain_object(v)):
                    v = _t.input_object(v, False)
                out["attributes"] = v
            v = value.additional_costs
            if v is not None:
                w = 14
                v = _t.input_map(v, False, _to_request_AdditionalCost)
                out["additionalCosts"] = v
            v = value.catalog_item_id
            if v is not None:
                w = 15
                if not (type(v) is int):
                    v = _t.input_integer(v, False)
                out["catalogItemID"] = v
            v = value.selected_price_type
            if v is not None:
                w = 16
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["selectedPriceType"] = v
            v = value.adjustment_reference_id
            if v is not None:
                w = 17
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["adjustmentReferenceId"] = v
            v = value.adjustment_effective_from
            if v is not None:
                w = 18
                v = _t.input_datetime(v, False)
                out["adjustmentEffectiveFrom"] = v
            v = value.adjustment_effective_until
            if v is not None:
                w = 19
                v = _t.input_datetime(v, False)
                out["adjustmentEffectiveUntil"] = v
            v = value.prices
            if v is not None:
                w = 20
                v = _t.input_map(v, False, _to_request_PriceDetail)
                out["prices"] = v
            v = value.adjustment
            if v is not None:
                w = 21
                v = _to_request_CartItemAdjustment(v)
                out["adjustment"] = v
        except _t.InputError as exc:
            field = cls.FIELDS[w]
            raise exc.at(field.name, field.wire) from None
        extra = value._extra
        if extra:  # unknown fields: for what the spec does not have yet, never in place of a checked one
            if not isinstance(extra, Mapping) or not all(type(k) is str for k in extra):
                raise _t.InputError("must be a dict of field names to values", "additional_properties")
            known = cls._wire_names.intersection(extra)
            if known:
                raise _t.InputError(
                    f"must not set the CartItem fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class CartItemDict(TypedDict, total=False):
    """A CartItem as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    name: Required[str]
    sku: Required[str]
    quantity: Required[int]
    price: Required[float | Decimal]
    returned_quantity: int | None
    remaining_quantity: int | None
    category: str | None
    product: Product | ProductDict | None
    weight: float | Decimal | None
    height: float | Decimal | None
    width: float | Decimal | None
    length: float | Decimal | None
    position: float | Decimal | None
    attributes: Mapping[str, Any] | None
    additional_costs: Mapping[str, AdditionalCost | AdditionalCostDict] | None
    catalog_item_id: int | None
    selected_price_type: str | None
    adjustment_reference_id: str | None
    adjustment_effective_from: datetime.datetime | str | None
    adjustment_effective_until: datetime.datetime | str | None
    prices: Mapping[str, PriceDetail | PriceDetailDict] | None
    adjustment: CartItemAdjustment | CartItemAdjustmentDict | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "name",
        "sku",
        "quantity",
        "price",
        "returned_quantity",
        "remaining_quantity",
        "category",
        "product",
        "weight",
        "height",
        "width",
        "length",
        "position",
        "attributes",
        "additional_costs",
        "catalog_item_id",
        "selected_price_type",
        "adjustment_reference_id",
        "adjustment_effective_from",
        "adjustment_effective_until",
        "prices",
        "adjustment",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "name": None,
    "sku": None,
    "quantity": None,
    "price": None,
}
_new = object.__new__
_WIRE_NAMES = CartItem._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .additional_cost import AdditionalCost, AdditionalCostDict
from .cart_item_adjustment import CartItemAdjustment, CartItemAdjustmentDict
from .price_detail import PriceDetail, PriceDetailDict
from .product import Product, ProductDict

CartItem.FIELDS = (
    _t.Field("name", "name", "str", True, description="The product's name."),
    _t.Field("sku", "sku", "str", True, description="The product's stock-keeping unit."),
    _t.Field(
        "quantity",
        "quantity",
        "int",
        True,
        description="How many units; the service splits a line into one item per unit for per-item effects.",
    ),
    _t.Field(
        "price",
        "price",
        "float",
        True,
        description="The price of one unit; overrides the catalog price when the item is in a catalog.",
    ),
    _t.Field(
        "returned_quantity",
        "returnedQuantity",
        "int",
        False,
        description="How many units were returned, worked out by the service from the session's returns.",
    ),
    _t.Field(
        "remaining_quantity",
        "remainingQuantity",
        "int",
        False,
        description="How many units remain after returns, worked out by the service.",
    ),
    _t.Field("category", "category", "str", False, description="The product's category (type, group or model)."),
    _t.Field("product", "product", "model", False, model=Product, description="The product a cart item belongs to."),
    _t.Field("weight", "weight", "float", False, description="Weight of one unit, in grams."),
    _t.Field("height", "height", "float", False, description="Height of one unit, in mm."),
    _t.Field("width", "width", "float", False, description="Width of one unit, in mm."),
    _t.Field("length", "length", "float", False, description="Length of one unit, in mm."),
    _t.Field(
        "position", "position", "float", False, description="The line's position in the cart (set by the service)."
    ),
    _t.Field(
        "attributes",
        "attributes",
        "object",
        False,
        description="Cart item attributes defined in the Application, by name.",
    ),
    _t.Field(
        "additional_costs",
        "additionalCosts",
        "map",
        False,
        item_kind="model",
        model=AdditionalCost,
        description="Additional costs of this item (such as shipping), by the name defined in the Campaign Manager.",
    ),
    _t.Field(
        "catalog_item_id", "catalogItemID", "int", False, description="The ID of the catalog item this line matched."
    ),
    _t.Field(
        "selected_price_type",
        "selectedPriceType",
        "str",
        False,
        description="The price type chosen for this item (e.g. a members-only price).",
    ),
    _t.Field(
        "adjustment_reference_id",
        "adjustmentReferenceId",
        "str",
        False,
        description="The reference ID of the price adjustment that gave the selected price, if one did.",
    ),
    _t.Field(
        "adjustment_effective_from",
        "adjustmentEffectiveFrom",
        "datetime",
        False,
        description="When that price adjustment starts to apply, if it says so.",
    ),
    _t.Field(
        "adjustment_effective_until",
        "adjustmentEffectiveUntil",
        "datetime",
        False,
        description="When that price adjustment stops applying, if it says so.",
    ),
    _t.Field(
        "prices",
        "prices",
        "map",
        False,
        item_kind="model",
        model=PriceDetail,
        description="The item's price under each price type, with the adjustment behind it, by price type name.",
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
_parse_Product = Product._parse
_to_request_Product = Product.to_request
_parse_AdditionalCost = AdditionalCost._parse
_to_request_AdditionalCost = AdditionalCost.to_request
_parse_PriceDetail = PriceDetail._parse
_to_request_PriceDetail = PriceDetail.to_request
_parse_CartItemAdjustment = CartItemAdjustment._parse
_to_request_CartItemAdjustment = CartItemAdjustment.to_request
