"""CampaignRevisionFrontendState: the values the spec lists. The known values of CampaignRevisionFrontendState. The service may add values; responses accept any
string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CAMPAIGN_REVISION_FRONTEND_STATE_VALUES", "CampaignRevisionFrontendState"]

CampaignRevisionFrontendState = Literal["pending", "revised"]

CAMPAIGN_REVISION_FRONTEND_STATE_VALUES: tuple[CampaignRevisionFrontendState, ...] = (
    "pending",
    "revised",
)
