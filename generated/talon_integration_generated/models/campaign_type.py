"""CampaignType: the values the spec lists. The known values of CampaignType. The service may add values; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CAMPAIGN_TYPE_VALUES", "CampaignType"]

CampaignType = Literal["advanced", "cartItem"]

CAMPAIGN_TYPE_VALUES: tuple[CampaignType, ...] = (
    "advanced",
    "cartItem",
)
