"""CampaignFrontendState: the values the spec lists. The known values of CampaignFrontendState. The service may add values; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CAMPAIGN_FRONTEND_STATE_VALUES", "CampaignFrontendState"]

CampaignFrontendState = Literal["archived", "disabled", "expired", "running", "scheduled", "staged"]

CAMPAIGN_FRONTEND_STATE_VALUES: tuple[CampaignFrontendState, ...] = (
    "archived",
    "disabled",
    "expired",
    "running",
    "scheduled",
    "staged",
)
