from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Referral")


@_attrs_define
class Referral:
    """A referral code and its limits."""

    id: int
    """ The referral's ID. """
    created: datetime.datetime
    """ When the referral was created. """
    campaign_id: int
    """ The referral campaign. """
    advocate_profile_integration_id: str
    """ The integration ID of the advocate's profile. """
    code: str
    """ The referral code, chosen by the service. """
    usage_counter: int
    """ How many times the code was used. """
    usage_limit: int
    """ How many times the code may be used; 0 means no limit. """
    friend_profile_integration_id: str | Unset = UNSET
    """ The integration ID of the friend's profile, when the code is for one friend only. """
    start_date: datetime.datetime | Unset = UNSET
    """ When the code becomes valid. """
    expiry_date: datetime.datetime | Unset = UNSET
    """ When the code stops being valid; never, when absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        campaign_id = self.campaign_id

        advocate_profile_integration_id = self.advocate_profile_integration_id

        code = self.code

        usage_counter = self.usage_counter

        usage_limit = self.usage_limit

        friend_profile_integration_id = self.friend_profile_integration_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "campaignId": campaign_id,
                "advocateProfileIntegrationId": advocate_profile_integration_id,
                "code": code,
                "usageCounter": usage_counter,
                "usageLimit": usage_limit,
            }
        )
        if friend_profile_integration_id is not UNSET:
            field_dict["friendProfileIntegrationId"] = friend_profile_integration_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        campaign_id = d.pop("campaignId")

        advocate_profile_integration_id = d.pop("advocateProfileIntegrationId")

        code = d.pop("code")

        usage_counter = d.pop("usageCounter")

        usage_limit = d.pop("usageLimit")

        friend_profile_integration_id = d.pop("friendProfileIntegrationId", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        referral = cls(
            id=id,
            created=created,
            campaign_id=campaign_id,
            advocate_profile_integration_id=advocate_profile_integration_id,
            code=code,
            usage_counter=usage_counter,
            usage_limit=usage_limit,
            friend_profile_integration_id=friend_profile_integration_id,
            start_date=start_date,
            expiry_date=expiry_date,
        )

        referral.additional_properties = d
        return referral

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
