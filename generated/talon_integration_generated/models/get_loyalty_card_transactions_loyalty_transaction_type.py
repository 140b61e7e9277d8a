"""GetLoyaltyCardTransactionsLoyaltyTransactionType: the values the spec lists
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = [
    "GET_LOYALTY_CARD_TRANSACTIONS_LOYALTY_TRANSACTION_TYPE_VALUES",
    "GetLoyaltyCardTransactionsLoyaltyTransactionType",
]

GetLoyaltyCardTransactionsLoyaltyTransactionType = Literal["import", "manual", "session"]

GET_LOYALTY_CARD_TRANSACTIONS_LOYALTY_TRANSACTION_TYPE_VALUES: tuple[
    GetLoyaltyCardTransactionsLoyaltyTransactionType, ...
] = (
    "import",
    "manual",
    "session",
)
