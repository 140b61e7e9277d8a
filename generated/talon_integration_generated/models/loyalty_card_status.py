"""LoyaltyCardStatus: the values the spec lists. The known values of LoyaltyCardStatus.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["LOYALTY_CARD_STATUS_VALUES", "LoyaltyCardStatus"]

LoyaltyCardStatus = Literal["active", "inactive"]

LOYALTY_CARD_STATUS_VALUES: tuple[LoyaltyCardStatus, ...] = (
    "active",
    "inactive",
)
