"""LoyaltyTransactionKind: the values the spec lists. The known values of LoyaltyTransactionKind. The service may add values; responses accept any string.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["LOYALTY_TRANSACTION_KIND_VALUES", "LoyaltyTransactionKind"]

LoyaltyTransactionKind = Literal["addition", "subtraction"]

LOYALTY_TRANSACTION_KIND_VALUES: tuple[LoyaltyTransactionKind, ...] = (
    "addition",
    "subtraction",
)
