"""ReferralRejectionReasonCode: the values the spec lists. Why a referral code was rejected. The service may add new reasons; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["REFERRAL_REJECTION_REASON_CODE_VALUES", "ReferralRejectionReasonCode"]

ReferralRejectionReasonCode = Literal[
    "CampaignLimitReached",
    "EffectCouldNotBeApplied",
    "ProfileLimitReached",
    "ReferralExpired",
    "ReferralLimitReached",
    "ReferralNotFound",
    "ReferralPartOfNotRunningCampaign",
    "ReferralPartOfNotTriggeredCampaign",
    "ReferralRecipientDoesNotMatch",
    "ReferralRecipientIdSameAsAdvocate",
    "ReferralRejectedByCondition",
    "ReferralStartDateInFuture",
]

REFERRAL_REJECTION_REASON_CODE_VALUES: tuple[ReferralRejectionReasonCode, ...] = (
    "CampaignLimitReached",
    "EffectCouldNotBeApplied",
    "ProfileLimitReached",
    "ReferralExpired",
    "ReferralLimitReached",
    "ReferralNotFound",
    "ReferralPartOfNotRunningCampaign",
    "ReferralPartOfNotTriggeredCampaign",
    "ReferralRecipientDoesNotMatch",
    "ReferralRecipientIdSameAsAdvocate",
    "ReferralRejectedByCondition",
    "ReferralStartDateInFuture",
)
