from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item_adjustment import CartItemAdjustment
    from ..models.cart_item_attributes import CartItemAttributes


T = TypeVar("T", bound="CartItem")


@_attrs_define
class CartItem:
    """One line of a cart."""

    name: str
    """ The product's name. """
    sku: str
    """ The product's stock-keeping unit. """
    quantity: int
    """ How many units. """
    price: float
    """ The price of one unit. """
    category: str | Unset = UNSET
    """ The product's category. """
    weight: float | Unset = UNSET
    """ Weight of one unit. """
    height: float | Unset = UNSET
    """ Height of one unit. """
    width: float | Unset = UNSET
    """ Width of one unit. """
    length: float | Unset = UNSET
    """ Length of one unit. """
    position: float | Unset = UNSET
    """ The line's position in the cart. """
    attributes: CartItemAttributes | Unset = UNSET
    """ Cart item attributes defined in the Application, by name. """
    adjustment: CartItemAdjustment | Unset = UNSET
    """ Part of a cart line paid with loyalty points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sku = self.sku

        quantity = self.quantity

        price = self.price

        category = self.category

        weight = self.weight

        height = self.height

        width = self.width

        length = self.length

        position = self.position

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        adjustment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adjustment, Unset):
            adjustment = self.adjustment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "sku": sku,
                "quantity": quantity,
                "price": price,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if weight is not UNSET:
            field_dict["weight"] = weight
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if length is not UNSET:
            field_dict["length"] = length
        if position is not UNSET:
            field_dict["position"] = position
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if adjustment is not UNSET:
            field_dict["adjustment"] = adjustment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cart_item_adjustment import CartItemAdjustment
        from ..models.cart_item_attributes import CartItemAttributes

        d = dict(src_dict)
        name = d.pop("name")

        sku = d.pop("sku")

        quantity = d.pop("quantity")

        price = d.pop("price")

        category = d.pop("category", UNSET)

        weight = d.pop("weight", UNSET)

        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        length = d.pop("length", UNSET)

        position = d.pop("position", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: CartItemAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CartItemAttributes.from_dict(_attributes)

        _adjustment = d.pop("adjustment", UNSET)
        adjustment: CartItemAdjustment | Unset
        if isinstance(_adjustment, Unset):
            adjustment = UNSET
        else:
            adjustment = CartItemAdjustment.from_dict(_adjustment)

        cart_item = cls(
            name=name,
            sku=sku,
            quantity=quantity,
            price=price,
            category=category,
            weight=weight,
            height=height,
            width=width,
            length=length,
            position=position,
            attributes=attributes,
            adjustment=adjustment,
        )

        cart_item.additional_properties = d
        return cart_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
