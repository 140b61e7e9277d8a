"""AchievementActivationPolicy: the values the spec lists. The known values of AchievementActivationPolicy. The service may add values; responses accept any
string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["ACHIEVEMENT_ACTIVATION_POLICY_VALUES", "AchievementActivationPolicy"]

AchievementActivationPolicy = Literal["fixed_schedule", "user_action"]

ACHIEVEMENT_ACTIVATION_POLICY_VALUES: tuple[AchievementActivationPolicy, ...] = (
    "fixed_schedule",
    "user_action",
)
