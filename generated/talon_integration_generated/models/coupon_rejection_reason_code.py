"""CouponRejectionReasonCode: the values the spec lists. Why a coupon was rejected. The service may add new reasons; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["COUPON_REJECTION_REASON_CODE_VALUES", "CouponRejectionReasonCode"]

CouponRejectionReasonCode = Literal[
    "CampaignLimitReached",
    "CouponExpired",
    "CouponLimitReached",
    "CouponNotFound",
    "CouponPartOfNotRunningCampaign",
    "CouponPartOfNotTriggeredCampaign",
    "CouponRecipientDoesNotMatch",
    "CouponRejectedByCondition",
    "CouponReservationRequired",
    "CouponStartDateInFuture",
    "EffectCouldNotBeApplied",
    "ProfileLimitReached",
    "ProfileRequired",
]

COUPON_REJECTION_REASON_CODE_VALUES: tuple[CouponRejectionReasonCode, ...] = (
    "CampaignLimitReached",
    "CouponExpired",
    "CouponLimitReached",
    "CouponNotFound",
    "CouponPartOfNotRunningCampaign",
    "CouponPartOfNotTriggeredCampaign",
    "CouponRecipientDoesNotMatch",
    "CouponRejectedByCondition",
    "CouponReservationRequired",
    "CouponStartDateInFuture",
    "EffectCouldNotBeApplied",
    "ProfileLimitReached",
    "ProfileRequired",
)
