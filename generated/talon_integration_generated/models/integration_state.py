from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_profile import CustomerProfile
    from ..models.customer_session import CustomerSession
    from ..models.event import Event
    from ..models.loyalty import Loyalty


T = TypeVar("T", bound="IntegrationState")


@_attrs_define
class IntegrationState:
    """What the service knows after an update, and what its rules decided (`event.effects`)."""

    session: CustomerSession
    """ A customer session as the service stores it. """
    profile: CustomerProfile
    """ A customer profile as the service stores it. """
    event: Event
    """ The event the update recorded, with the effects of the rules that fired. """
    loyalty: Loyalty | Unset = UNSET
    """ The profile's loyalty balances. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        profile = self.profile.to_dict()

        event = self.event.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "profile": profile,
                "event": event,
            }
        )
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_profile import CustomerProfile
        from ..models.customer_session import CustomerSession
        from ..models.event import Event
        from ..models.loyalty import Loyalty

        d = dict(src_dict)
        session = CustomerSession.from_dict(d.pop("session"))

        profile = CustomerProfile.from_dict(d.pop("profile"))

        event = Event.from_dict(d.pop("event"))

        _loyalty = d.pop("loyalty", UNSET)
        loyalty: Loyalty | Unset
        if isinstance(_loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = Loyalty.from_dict(_loyalty)

        integration_state = cls(
            session=session,
            profile=profile,
            event=event,
            loyalty=loyalty,
        )

        integration_state.additional_properties = d
        return integration_state

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
