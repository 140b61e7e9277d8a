"""TierDowngradePolicy: the values the spec lists. How a loyalty program moves customers down a tier after reevaluation: `one_down` (one tier down when
the points no longer suffice) or `balance_based` (the tier follows the active points). The service
may
add policies; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["TIER_DOWNGRADE_POLICY_VALUES", "TierDowngradePolicy"]

TierDowngradePolicy = Literal["balance_based", "one_down"]

TIER_DOWNGRADE_POLICY_VALUES: tuple[TierDowngradePolicy, ...] = (
    "balance_based",
    "one_down",
)
