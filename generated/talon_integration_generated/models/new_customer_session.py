from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_session_state import CustomerSessionState, check_customer_session_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item import CartItem
    from ..models.new_customer_session_attributes import NewCustomerSessionAttributes


T = TypeVar("T", bound="NewCustomerSession")


@_attrs_define
class NewCustomerSession:
    """The fields of a customer session to create or replace. Fields left out are not changed."""

    profile_id: str | Unset = UNSET
    """ The integration ID of the customer's profile; empty or absent for an anonymous session. """
    coupon: str | Unset = UNSET
    """ A coupon code entered by the customer. """
    referral: str | Unset = UNSET
    """ A referral code entered by the customer. """
    state: CustomerSessionState | Unset = UNSET
    """ The state of a customer session: `open` (the default when never set), `closed` (a purchase:
    coupons are redeemed, the profile's totals grow) or `cancelled` (a purchase undone).
    Allowed changes: open→closed, open→cancelled, closed→cancelled.
     """
    cart_items: list[CartItem] | Unset = UNSET
    """ The full cart; it replaces the session's cart. """
    identifiers: list[str] | Unset = UNSET
    """ Identifiers of the customer's device or account, used to detect fraud. """
    total: float | Unset = UNSET
    """ The session total before discounts. """
    attributes: NewCustomerSessionAttributes | Unset = UNSET
    """ Session attributes defined in the Application, by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        coupon = self.coupon

        referral = self.referral

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        cart_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cart_items, Unset):
            cart_items = []
            for cart_items_item_data in self.cart_items:
                cart_items_item = cart_items_item_data.to_dict()
                cart_items.append(cart_items_item)

        identifiers: list[str] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers

        total = self.total

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if referral is not UNSET:
            field_dict["referral"] = referral
        if state is not UNSET:
            field_dict["state"] = state
        if cart_items is not UNSET:
            field_dict["cartItems"] = cart_items
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if total is not UNSET:
            field_dict["total"] = total
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cart_item import CartItem
        from ..models.new_customer_session_attributes import NewCustomerSessionAttributes

        d = dict(src_dict)
        profile_id = d.pop("profileId", UNSET)

        coupon = d.pop("coupon", UNSET)

        referral = d.pop("referral", UNSET)

        _state = d.pop("state", UNSET)
        state: CustomerSessionState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_customer_session_state(_state)

        _cart_items = d.pop("cartItems", UNSET)
        cart_items: list[CartItem] | Unset = UNSET
        if _cart_items is not UNSET:
            cart_items = []
            for cart_items_item_data in _cart_items:
                cart_items_item = CartItem.from_dict(cart_items_item_data)

                cart_items.append(cart_items_item)

        identifiers = cast(list[str], d.pop("identifiers", UNSET))

        total = d.pop("total", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: NewCustomerSessionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = NewCustomerSessionAttributes.from_dict(_attributes)

        new_customer_session = cls(
            profile_id=profile_id,
            coupon=coupon,
            referral=referral,
            state=state,
            cart_items=cart_items,
            identifiers=identifiers,
            total=total,
            attributes=attributes,
        )

        new_customer_session.additional_properties = d
        return new_customer_session

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
