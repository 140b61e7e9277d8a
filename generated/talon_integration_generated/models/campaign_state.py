"""CampaignState: the values the spec lists. The known values of CampaignState. The service may add values; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CAMPAIGN_STATE_VALUES", "CampaignState"]

CampaignState = Literal["archived", "disabled", "enabled"]

CAMPAIGN_STATE_VALUES: tuple[CampaignState, ...] = (
    "archived",
    "disabled",
    "enabled",
)
