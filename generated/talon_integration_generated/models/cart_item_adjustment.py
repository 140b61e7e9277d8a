from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartItemAdjustment")


@_attrs_define
class CartItemAdjustment:
    """Part of a cart line paid with loyalty points."""

    pay_from_loyalty_program: int
    """ The loyalty program that pays. """
    point_payment: int
    """ How many points are spent. """
    remaining_price: float | Unset = UNSET
    """ The price left to pay after the points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pay_from_loyalty_program = self.pay_from_loyalty_program

        point_payment = self.point_payment

        remaining_price = self.remaining_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payFromLoyaltyProgram": pay_from_loyalty_program,
                "pointPayment": point_payment,
            }
        )
        if remaining_price is not UNSET:
            field_dict["remainingPrice"] = remaining_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pay_from_loyalty_program = d.pop("payFromLoyaltyProgram")

        point_payment = d.pop("pointPayment")

        remaining_price = d.pop("remainingPrice", UNSET)

        cart_item_adjustment = cls(
            pay_from_loyalty_program=pay_from_loyalty_program,
            point_payment=point_payment,
            remaining_price=remaining_price,
        )

        cart_item_adjustment.additional_properties = d
        return cart_item_adjustment

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
