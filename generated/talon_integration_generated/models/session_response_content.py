"""SessionResponseContent: the values the spec lists. The known values of SessionResponseContent.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["SESSION_RESPONSE_CONTENT_VALUES", "SessionResponseContent"]

SessionResponseContent = Literal[
    "awardedGiveaways",
    "coupons",
    "customerProfile",
    "customerSession",
    "event",
    "loyalty",
    "previousReturns",
    "referral",
    "ruleFailureReasons",
    "triggeredCampaigns",
]

SESSION_RESPONSE_CONTENT_VALUES: tuple[SessionResponseContent, ...] = (
    "awardedGiveaways",
    "coupons",
    "customerProfile",
    "customerSession",
    "event",
    "loyalty",
    "previousReturns",
    "referral",
    "ruleFailureReasons",
    "triggeredCampaigns",
)
