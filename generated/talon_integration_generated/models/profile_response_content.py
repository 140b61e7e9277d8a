"""ProfileResponseContent: the values the spec lists. The known values of ProfileResponseContent.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["PROFILE_RESPONSE_CONTENT_VALUES", "ProfileResponseContent"]

ProfileResponseContent = Literal[
    "awardedGiveaways", "customerProfile", "event", "loyalty", "ruleFailureReasons", "triggeredCampaigns"
]

PROFILE_RESPONSE_CONTENT_VALUES: tuple[ProfileResponseContent, ...] = (
    "awardedGiveaways",
    "customerProfile",
    "event",
    "loyalty",
    "ruleFailureReasons",
    "triggeredCampaigns",
)
