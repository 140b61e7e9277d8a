"""GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType: the values the spec lists. Filter results by loyalty transaction type: - `manual`: Loyalty transaction that was done manually.
- `session`: Loyalty transaction that resulted from a customer session. - `import`: Loyalty
transaction that was imported from a CSV file.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = [
    "GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS_LOYALTY_TRANSACTION_TYPE_VALUES",
    "GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType",
]

GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType = Literal["import", "manual", "session"]

GET_LOYALTY_PROGRAM_PROFILE_TRANSACTIONS_LOYALTY_TRANSACTION_TYPE_VALUES: tuple[
    GetLoyaltyProgramProfileTransactionsLoyaltyTransactionType, ...
] = (
    "import",
    "manual",
    "session",
)
