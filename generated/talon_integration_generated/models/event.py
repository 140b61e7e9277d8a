from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_attributes import EventAttributes
    from ..models.ledger_entry import LedgerEntry
    from ..models.meta import Meta


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """The event the update recorded, with the effects of the rules that fired."""

    id: int
    """ The event's ID. """
    created: datetime.datetime
    """ When the event was recorded. """
    application_id: int
    """ The Application the event belongs to. """
    session_id: str
    """ The session the event belongs to. """
    type_: str
    """ The event type (`talon_session_updated` for session updates). """
    attributes: EventAttributes
    """ The event's attributes. """
    effects: list[list[Any]]
    """ What the rules decided, one entry per effect, each a 4-element array
    `[campaignId, rulesetId, ruleIndex, [effectName, arg1, arg2, ...]]`, for example
    `[59, 124, 0, ["setDiscount", "10% off", 4.99]]`. campaignId is -1 for effects tied to no
    campaign. Effect names and arguments are an open set; do not depend on their order.
     """
    ledger_entries: list[LedgerEntry]
    """ Loyalty ledger entries the event created. """
    profile_id: str | Unset = UNSET
    """ The integration ID of the profile. """
    meta: Meta | Unset = UNSET
    """ Details of how the rules were evaluated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        application_id = self.application_id

        session_id = self.session_id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        effects = []
        for effects_item_data in self.effects:
            effects_item = effects_item_data

            effects.append(effects_item)

        ledger_entries = []
        for ledger_entries_item_data in self.ledger_entries:
            ledger_entries_item = ledger_entries_item_data.to_dict()
            ledger_entries.append(ledger_entries_item)

        profile_id = self.profile_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "applicationId": application_id,
                "sessionId": session_id,
                "type": type_,
                "attributes": attributes,
                "effects": effects,
                "ledgerEntries": ledger_entries,
            }
        )
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_attributes import EventAttributes
        from ..models.ledger_entry import LedgerEntry
        from ..models.meta import Meta

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        application_id = d.pop("applicationId")

        session_id = d.pop("sessionId")

        type_ = d.pop("type")

        attributes = EventAttributes.from_dict(d.pop("attributes"))

        effects = []
        _effects = d.pop("effects")
        for effects_item_data in _effects:
            effects_item = cast(list[Any], effects_item_data)

            effects.append(effects_item)

        ledger_entries = []
        _ledger_entries = d.pop("ledgerEntries")
        for ledger_entries_item_data in _ledger_entries:
            ledger_entries_item = LedgerEntry.from_dict(ledger_entries_item_data)

            ledger_entries.append(ledger_entries_item)

        profile_id = d.pop("profileId", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        event = cls(
            id=id,
            created=created,
            application_id=application_id,
            session_id=session_id,
            type_=type_,
            attributes=attributes,
            effects=effects,
            ledger_entries=ledger_entries,
            profile_id=profile_id,
            meta=meta,
        )

        event.additional_properties = d
        return event

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
