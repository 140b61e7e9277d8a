from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerEntry")


@_attrs_define
class LedgerEntry:
    """A change of a profile's loyalty balance."""

    id: int
    """ The entry's ID. """
    created: datetime.datetime
    """ When the entry was made. """
    profile_id: str
    """ The profile whose balance changed. """
    account_id: int
    """ The Talon.One account. """
    loyalty_program_id: int
    """ The loyalty program. """
    event_id: int
    """ The event that caused the entry. """
    amount: int
    """ Points added (positive) or deducted (negative). """
    reason: str
    """ Why the points changed. """
    expiry_date: datetime.datetime
    """ When the points expire. """
    reference_id: int | Unset = UNSET
    """ The entry this one corrects, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        profile_id = self.profile_id

        account_id = self.account_id

        loyalty_program_id = self.loyalty_program_id

        event_id = self.event_id

        amount = self.amount

        reason = self.reason

        expiry_date = self.expiry_date.isoformat()

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "profileId": profile_id,
                "accountId": account_id,
                "loyaltyProgramId": loyalty_program_id,
                "eventId": event_id,
                "amount": amount,
                "reason": reason,
                "expiryDate": expiry_date,
            }
        )
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        profile_id = d.pop("profileId")

        account_id = d.pop("accountId")

        loyalty_program_id = d.pop("loyaltyProgramId")

        event_id = d.pop("eventId")

        amount = d.pop("amount")

        reason = d.pop("reason")

        expiry_date = datetime.datetime.fromisoformat(d.pop("expiryDate"))

        reference_id = d.pop("referenceId", UNSET)

        ledger_entry = cls(
            id=id,
            created=created,
            profile_id=profile_id,
            account_id=account_id,
            loyalty_program_id=loyalty_program_id,
            event_id=event_id,
            amount=amount,
            reason=reason,
            expiry_date=expiry_date,
            reference_id=reference_id,
        )

        ledger_entry.additional_properties = d
        return ledger_entry

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
