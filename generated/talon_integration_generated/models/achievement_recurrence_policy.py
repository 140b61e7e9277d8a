"""AchievementRecurrencePolicy: the values the spec lists. The known values of AchievementRecurrencePolicy. The service may add values; responses accept any
string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["ACHIEVEMENT_RECURRENCE_POLICY_VALUES", "AchievementRecurrencePolicy"]

AchievementRecurrencePolicy = Literal["no_recurrence", "on_completion", "on_expiration"]

ACHIEVEMENT_RECURRENCE_POLICY_VALUES: tuple[AchievementRecurrencePolicy, ...] = (
    "no_recurrence",
    "on_completion",
    "on_expiration",
)
