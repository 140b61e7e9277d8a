"""AudienceMembershipAction: the values the spec lists. The known values of AudienceMembershipAction.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["AUDIENCE_MEMBERSHIP_ACTION_VALUES", "AudienceMembershipAction"]

AudienceMembershipAction = Literal["add", "delete"]

AUDIENCE_MEMBERSHIP_ACTION_VALUES: tuple[AudienceMembershipAction, ...] = (
    "add",
    "delete",
)
