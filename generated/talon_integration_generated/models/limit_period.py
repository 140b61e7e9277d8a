"""LimitPeriod: the values the spec lists. How often a limit's budget starts over. The service may add periods; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["LIMIT_PERIOD_VALUES", "LimitPeriod"]

LimitPeriod = Literal["daily", "monthly", "weekly", "yearly"]

LIMIT_PERIOD_VALUES: tuple[LimitPeriod, ...] = (
    "daily",
    "monthly",
    "weekly",
    "yearly",
)
