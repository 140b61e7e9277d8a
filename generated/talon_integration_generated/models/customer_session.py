from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_session_state import CustomerSessionState, check_customer_session_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cart_item import CartItem
    from ..models.customer_session_attributes import CustomerSessionAttributes
    from ..models.customer_session_discounts import CustomerSessionDiscounts


T = TypeVar("T", bound="CustomerSession")


@_attrs_define
class CustomerSession:
    """A customer session as the service stores it."""

    integration_id: str
    """ The shop's own ID of the session. """
    created: datetime.datetime
    """ When the session was created. """
    application_id: int
    """ The Application the session belongs to. """
    profile_id: str
    """ The integration ID of the profile; empty for an anonymous session. """
    coupon: str
    """ The coupon code on the session; empty when none. """
    referral: str
    """ The referral code on the session; empty when none. """
    state: CustomerSessionState | str
    """ The session's state (see CustomerSessionState). """
    cart_items: list[CartItem]
    """ The cart. """
    total: float
    """ The session total before discounts. """
    attributes: CustomerSessionAttributes
    """ Session attributes, by name. """
    first_session: bool
    """ Whether this is the profile's first session (always true for anonymous sessions). """
    discounts: CustomerSessionDiscounts
    """ Each discount's label and amount. """
    identifiers: list[str] | Unset = UNSET
    """ Identifiers of the customer's device or account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        created = self.created.isoformat()

        application_id = self.application_id

        profile_id = self.profile_id

        coupon = self.coupon

        referral = self.referral

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        cart_items = []
        for cart_items_item_data in self.cart_items:
            cart_items_item = cart_items_item_data.to_dict()
            cart_items.append(cart_items_item)

        total = self.total

        attributes = self.attributes.to_dict()

        first_session = self.first_session

        discounts = self.discounts.to_dict()

        identifiers: list[str] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationId": integration_id,
                "created": created,
                "applicationId": application_id,
                "profileId": profile_id,
                "coupon": coupon,
                "referral": referral,
                "state": state,
                "cartItems": cart_items,
                "total": total,
                "attributes": attributes,
                "firstSession": first_session,
                "discounts": discounts,
            }
        )
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cart_item import CartItem
        from ..models.customer_session_attributes import CustomerSessionAttributes
        from ..models.customer_session_discounts import CustomerSessionDiscounts

        d = dict(src_dict)
        integration_id = d.pop("integrationId")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        application_id = d.pop("applicationId")

        profile_id = d.pop("profileId")

        coupon = d.pop("coupon")

        referral = d.pop("referral")

        def _parse_state(data: object) -> CustomerSessionState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_customer_session_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerSessionState | str, data)

        state = _parse_state(d.pop("state"))

        cart_items = []
        _cart_items = d.pop("cartItems")
        for cart_items_item_data in _cart_items:
            cart_items_item = CartItem.from_dict(cart_items_item_data)

            cart_items.append(cart_items_item)

        total = d.pop("total")

        attributes = CustomerSessionAttributes.from_dict(d.pop("attributes"))

        first_session = d.pop("firstSession")

        discounts = CustomerSessionDiscounts.from_dict(d.pop("discounts"))

        identifiers = cast(list[str], d.pop("identifiers", UNSET))

        customer_session = cls(
            integration_id=integration_id,
            created=created,
            application_id=application_id,
            profile_id=profile_id,
            coupon=coupon,
            referral=referral,
            state=state,
            cart_items=cart_items,
            total=total,
            attributes=attributes,
            first_session=first_session,
            discounts=discounts,
            identifiers=identifiers,
        )

        customer_session.additional_properties = d
        return customer_session

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
