"""LimitEntity: the values the spec lists. What a limit is counted per. The service may add entities; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["LIMIT_ENTITY_VALUES", "LimitEntity"]

LimitEntity = Literal["Coupon", "Identifier", "Profile", "Referral", "Session", "Store"]

LIMIT_ENTITY_VALUES: tuple[LimitEntity, ...] = (
    "Coupon",
    "Identifier",
    "Profile",
    "Referral",
    "Session",
    "Store",
)
