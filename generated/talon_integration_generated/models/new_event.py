from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_event_attributes import NewEventAttributes


T = TypeVar("T", bound="NewEvent")


@_attrs_define
class NewEvent:
    """A custom event on a session."""

    session_id: str
    """ The session the event belongs to; created on first use. """
    type_: str
    """ An event type defined in the Application. """
    attributes: NewEventAttributes
    """ The event's attributes, as defined for its type. """
    profile_id: str | Unset = UNSET
    """ The integration ID of the customer's profile. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        profile_id = self.profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "type": type_,
                "attributes": attributes,
            }
        )
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_event_attributes import NewEventAttributes

        d = dict(src_dict)
        session_id = d.pop("sessionId")

        type_ = d.pop("type")

        attributes = NewEventAttributes.from_dict(d.pop("attributes"))

        profile_id = d.pop("profileId", UNSET)

        new_event = cls(
            session_id=session_id,
            type_=type_,
            attributes=attributes,
            profile_id=profile_id,
        )

        new_event.additional_properties = d
        return new_event

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
