"""AchievementProgressStatus: the values the spec lists. The known values of AchievementProgressStatus. The service may add values; responses accept any
string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["ACHIEVEMENT_PROGRESS_STATUS_VALUES", "AchievementProgressStatus"]

AchievementProgressStatus = Literal["completed", "expired", "inprogress", "not_started"]

ACHIEVEMENT_PROGRESS_STATUS_VALUES: tuple[AchievementProgressStatus, ...] = (
    "completed",
    "expired",
    "inprogress",
    "not_started",
)
