from typing import Literal

CouponRejectionReasonCode = Literal[
    "CampaignLimitReached",
    "CouponExpired",
    "CouponLimitReached",
    "CouponNotFound",
    "CouponPartOfNotRunningCampaign",
    "CouponRecipientDoesNotMatch",
    "CouponRejectedByCondition",
    "CouponStartDateInFuture",
    "ProfileLimitReached",
]

COUPON_REJECTION_REASON_CODE_VALUES: set[CouponRejectionReasonCode] = {
    "CampaignLimitReached",
    "CouponExpired",
    "CouponLimitReached",
    "CouponNotFound",
    "CouponPartOfNotRunningCampaign",
    "CouponRecipientDoesNotMatch",
    "CouponRejectedByCondition",
    "CouponStartDateInFuture",
    "ProfileLimitReached",
}


def check_coupon_rejection_reason_code(value: str) -> CouponRejectionReasonCode:
    if value in COUPON_REJECTION_REASON_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COUPON_REJECTION_REASON_CODE_VALUES!r}")
