"""AchievementStatusEntryStatus: the values the spec lists. The known values of AchievementStatusEntryStatus. The service may add values; responses accept any
string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["ACHIEVEMENT_STATUS_ENTRY_STATUS_VALUES", "AchievementStatusEntryStatus"]

AchievementStatusEntryStatus = Literal["active", "scheduled"]

ACHIEVEMENT_STATUS_ENTRY_STATUS_VALUES: tuple[AchievementStatusEntryStatus, ...] = (
    "active",
    "scheduled",
)
