from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coupon_rejection_reason import CouponRejectionReason
    from ..models.meta_campaigns import MetaCampaigns
    from ..models.meta_coupons import MetaCoupons
    from ..models.meta_warnings import MetaWarnings


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Details of how the rules were evaluated."""

    campaigns: MetaCampaigns | Unset = UNSET
    """ The custom attributes of each evaluated campaign, by campaign ID. """
    coupons: MetaCoupons | Unset = UNSET
    """ The attributes of each evaluated coupon, by coupon code. """
    coupon_rejection_reason: CouponRejectionReason | Unset = UNSET
    """ Why the session's coupon was rejected; present with a rejectCoupon effect. """
    warnings: MetaWarnings | Unset = UNSET
    """ Warnings raised while evaluating the rules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaigns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = self.campaigns.to_dict()

        coupons: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = self.coupons.to_dict()

        coupon_rejection_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon_rejection_reason, Unset):
            coupon_rejection_reason = self.coupon_rejection_reason.to_dict()

        warnings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if coupon_rejection_reason is not UNSET:
            field_dict["couponRejectionReason"] = coupon_rejection_reason
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.coupon_rejection_reason import CouponRejectionReason
        from ..models.meta_campaigns import MetaCampaigns
        from ..models.meta_coupons import MetaCoupons
        from ..models.meta_warnings import MetaWarnings

        d = dict(src_dict)
        _campaigns = d.pop("campaigns", UNSET)
        campaigns: MetaCampaigns | Unset
        if isinstance(_campaigns, Unset):
            campaigns = UNSET
        else:
            campaigns = MetaCampaigns.from_dict(_campaigns)

        _coupons = d.pop("coupons", UNSET)
        coupons: MetaCoupons | Unset
        if isinstance(_coupons, Unset):
            coupons = UNSET
        else:
            coupons = MetaCoupons.from_dict(_coupons)

        _coupon_rejection_reason = d.pop("couponRejectionReason", UNSET)
        coupon_rejection_reason: CouponRejectionReason | Unset
        if isinstance(_coupon_rejection_reason, Unset):
            coupon_rejection_reason = UNSET
        else:
            coupon_rejection_reason = CouponRejectionReason.from_dict(_coupon_rejection_reason)

        _warnings = d.pop("warnings", UNSET)
        warnings: MetaWarnings | Unset
        if isinstance(_warnings, Unset):
            warnings = UNSET
        else:
            warnings = MetaWarnings.from_dict(_warnings)

        meta = cls(
            campaigns=campaigns,
            coupons=coupons,
            coupon_rejection_reason=coupon_rejection_reason,
            warnings=warnings,
        )

        meta.additional_properties = d
        return meta

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
