from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyMembership")


@_attrs_define
class LoyaltyMembership:
    """Membership of a profile in a loyalty program."""

    loyalty_program_id: int
    """ The loyalty program. """
    joined: datetime.datetime | Unset = UNSET
    """ When the profile joined. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loyalty_program_id = self.loyalty_program_id

        joined: str | Unset = UNSET
        if not isinstance(self.joined, Unset):
            joined = self.joined.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loyaltyProgramId": loyalty_program_id,
            }
        )
        if joined is not UNSET:
            field_dict["joined"] = joined

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        loyalty_program_id = d.pop("loyaltyProgramId")

        _joined = d.pop("joined", UNSET)
        joined: datetime.datetime | Unset
        if isinstance(_joined, Unset):
            joined = UNSET
        else:
            joined = datetime.datetime.fromisoformat(_joined)

        loyalty_membership = cls(
            loyalty_program_id=loyalty_program_id,
            joined=joined,
        )

        loyalty_membership.additional_properties = d
        return loyalty_membership

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
