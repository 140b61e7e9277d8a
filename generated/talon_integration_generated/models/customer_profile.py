from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_profile_attributes import CustomerProfileAttributes
    from ..models.loyalty_membership import LoyaltyMembership


T = TypeVar("T", bound="CustomerProfile")


@_attrs_define
class CustomerProfile:
    """A customer profile as the service stores it."""

    integration_id: str
    """ The shop's own ID of the profile. """
    created: datetime.datetime
    """ When the profile was created. """
    attributes: CustomerProfileAttributes
    """ Profile attributes, by name. """
    account_id: int
    """ The Talon.One account the profile belongs to. """
    closed_sessions: int
    """ How many of the profile's sessions were closed (purchases). """
    total_sales: float
    """ The sum of the totals of the closed sessions. """
    loyalty_memberships: list[LoyaltyMembership]
    """ The loyalty programs the profile is a member of. """
    last_activity: datetime.datetime
    """ When the profile was last updated or used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        created = self.created.isoformat()

        attributes = self.attributes.to_dict()

        account_id = self.account_id

        closed_sessions = self.closed_sessions

        total_sales = self.total_sales

        loyalty_memberships = []
        for loyalty_memberships_item_data in self.loyalty_memberships:
            loyalty_memberships_item = loyalty_memberships_item_data.to_dict()
            loyalty_memberships.append(loyalty_memberships_item)

        last_activity = self.last_activity.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationId": integration_id,
                "created": created,
                "attributes": attributes,
                "accountId": account_id,
                "closedSessions": closed_sessions,
                "totalSales": total_sales,
                "loyaltyMemberships": loyalty_memberships,
                "lastActivity": last_activity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_profile_attributes import CustomerProfileAttributes
        from ..models.loyalty_membership import LoyaltyMembership

        d = dict(src_dict)
        integration_id = d.pop("integrationId")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        attributes = CustomerProfileAttributes.from_dict(d.pop("attributes"))

        account_id = d.pop("accountId")

        closed_sessions = d.pop("closedSessions")

        total_sales = d.pop("totalSales")

        loyalty_memberships = []
        _loyalty_memberships = d.pop("loyaltyMemberships")
        for loyalty_memberships_item_data in _loyalty_memberships:
            loyalty_memberships_item = LoyaltyMembership.from_dict(loyalty_memberships_item_data)

            loyalty_memberships.append(loyalty_memberships_item)

        last_activity = datetime.datetime.fromisoformat(d.pop("lastActivity"))

        customer_profile = cls(
            integration_id=integration_id,
            created=created,
            attributes=attributes,
            account_id=account_id,
            closed_sessions=closed_sessions,
            total_sales=total_sales,
            loyalty_memberships=loyalty_memberships,
            last_activity=last_activity,
        )

        customer_profile.additional_properties = d
        return customer_profile

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
