"""ReturnResponseContent: the values the spec lists. The known values of ReturnResponseContent.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["RETURN_RESPONSE_CONTENT_VALUES", "ReturnResponseContent"]

ReturnResponseContent = Literal[
    "coupons",
    "customerProfile",
    "customerSession",
    "event",
    "loyalty",
    "previousReturns",
    "referral",
    "triggeredCampaigns",
]

RETURN_RESPONSE_CONTENT_VALUES: tuple[ReturnResponseContent, ...] = (
    "coupons",
    "customerProfile",
    "customerSession",
    "event",
    "loyalty",
    "previousReturns",
    "referral",
    "triggeredCampaigns",
)
