from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon_attributes import CouponAttributes


T = TypeVar("T", bound="Coupon")


@_attrs_define
class Coupon:
    """A coupon code and its limits."""

    id: int
    """ The coupon's ID. """
    created: datetime.datetime
    """ When the coupon was created. """
    campaign_id: int
    """ The campaign the coupon belongs to. """
    value: str
    """ The coupon code. """
    usage_limit: int
    """ How many times the coupon may be redeemed; 0 means no limit. """
    usage_counter: int
    """ How many times the coupon was redeemed. """
    start_date: datetime.datetime | Unset = UNSET
    """ When the coupon becomes valid. """
    expiry_date: datetime.datetime | Unset = UNSET
    """ When the coupon stops being valid. """
    attributes: CouponAttributes | Unset = UNSET
    """ Coupon attributes, by name. """
    referral_id: int | Unset = UNSET
    """ The referral the coupon was created for, if any. """
    recipient_integration_id: str | Unset = UNSET
    """ The only profile that may use the coupon, if any. """
    import_id: int | Unset = UNSET
    """ The import that created the coupon, if any. """
    reservation: bool | Unset = UNSET
    """ True when the reservation is a soft favourite; false when redeeming needs one. """
    batch_id: str | Unset = UNSET
    """ The batch the coupon was created in, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created.isoformat()

        campaign_id = self.campaign_id

        value = self.value

        usage_limit = self.usage_limit

        usage_counter = self.usage_counter

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        referral_id = self.referral_id

        recipient_integration_id = self.recipient_integration_id

        import_id = self.import_id

        reservation = self.reservation

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "campaignId": campaign_id,
                "value": value,
                "usageLimit": usage_limit,
                "usageCounter": usage_counter,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if referral_id is not UNSET:
            field_dict["referralId"] = referral_id
        if recipient_integration_id is not UNSET:
            field_dict["recipientIntegrationId"] = recipient_integration_id
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.coupon_attributes import CouponAttributes

        d = dict(src_dict)
        id = d.pop("id")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        campaign_id = d.pop("campaignId")

        value = d.pop("value")

        usage_limit = d.pop("usageLimit")

        usage_counter = d.pop("usageCounter")

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

        _attributes = d.pop("attributes", UNSET)
        attributes: CouponAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CouponAttributes.from_dict(_attributes)

        referral_id = d.pop("referralId", UNSET)

        recipient_integration_id = d.pop("recipientIntegrationId", UNSET)

        import_id = d.pop("importId", UNSET)

        reservation = d.pop("reservation", UNSET)

        batch_id = d.pop("batchId", UNSET)

        coupon = cls(
            id=id,
            created=created,
            campaign_id=campaign_id,
            value=value,
            usage_limit=usage_limit,
            usage_counter=usage_counter,
            start_date=start_date,
            expiry_date=expiry_date,
            attributes=attributes,
            referral_id=referral_id,
            recipient_integration_id=recipient_integration_id,
            import_id=import_id,
            reservation=reservation,
            batch_id=batch_id,
        )

        coupon.additional_properties = d
        return coupon

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
