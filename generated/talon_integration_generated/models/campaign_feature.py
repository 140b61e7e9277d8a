"""CampaignFeature: the values the spec lists. The known values of CampaignFeature. The service may add values; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CAMPAIGN_FEATURE_VALUES", "CampaignFeature"]

CampaignFeature = Literal["achievements", "coupons", "giveaways", "loyalty", "referrals", "strikethrough"]

CAMPAIGN_FEATURE_VALUES: tuple[CampaignFeature, ...] = (
    "achievements",
    "coupons",
    "giveaways",
    "loyalty",
    "referrals",
    "strikethrough",
)
