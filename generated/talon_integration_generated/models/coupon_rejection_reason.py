from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_rejection_reason_code import CouponRejectionReasonCode, check_coupon_rejection_reason_code

T = TypeVar("T", bound="CouponRejectionReason")


@_attrs_define
class CouponRejectionReason:
    """Why the session's coupon was rejected; present with a rejectCoupon effect."""

    campaign_id: int
    """ The campaign evaluated, or -1 when the code matched none. """
    coupon_id: int
    """ The coupon, or 0 when the code matched none. """
    reason: CouponRejectionReasonCode | str
    """ The reason (see CouponRejectionReasonCode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        coupon_id = self.coupon_id

        reason: str
        if isinstance(self.reason, str):
            reason = self.reason
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "couponId": coupon_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = d.pop("campaignId")

        coupon_id = d.pop("couponId")

        def _parse_reason(data: object) -> CouponRejectionReasonCode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = check_coupon_rejection_reason_code(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CouponRejectionReasonCode | str, data)

        reason = _parse_reason(d.pop("reason"))

        coupon_rejection_reason = cls(
            campaign_id=campaign_id,
            coupon_id=coupon_id,
            reason=reason,
        )

        coupon_rejection_reason.additional_properties = d
        return coupon_rejection_reason

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
