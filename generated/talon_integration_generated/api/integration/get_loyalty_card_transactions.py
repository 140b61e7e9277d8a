"""getLoyaltyCardTransactions: List card's transactions.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_loyalty_program_id = _LIMITS[("getLoyaltyCardTransactions", "loyaltyProgramId")]
_LIMITS_loyalty_card_id = _LIMITS[("getLoyaltyCardTransactions", "loyaltyCardId")]
_LIMITS_subledger_id = _LIMITS[("getLoyaltyCardTransactions", "subledgerId")]
_LIMITS_loyalty_transaction_type = _LIMITS[("getLoyaltyCardTransactions", "loyaltyTransactionType")]
_LIMITS_start_date = _LIMITS[("getLoyaltyCardTransactions", "startDate")]
_LIMITS_end_date = _LIMITS[("getLoyaltyCardTransactions", "endDate")]
_LIMITS_page_size = _LIMITS[("getLoyaltyCardTransactions", "pageSize")]
_LIMITS_skip = _LIMITS[("getLoyaltyCardTransactions", "skip")]


def build(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    subledger_id: Sequence[str] | None = None,
    loyalty_transaction_type: GetLoyaltyCardTransactionsLoyaltyTransactionType | None = None,
    start_date: datetime.datetime | str | None = None,
    end_date: datetime.datetime | str | None = None,
    page_size: int | None = None,
    skip: int | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getLoyaltyCardTransactions, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v1/loyalty_programs/"
        + _t.path_segment(
            "loyalty_program_id",
            str(_t.input_parameter("loyalty_program_id", loyalty_program_id, "int", _LIMITS_loyalty_program_id)),
        )
        + "/cards/"
        + _t.path_segment(
            "loyalty_card_id", _t.input_parameter("loyalty_card_id", loyalty_card_id, "str", _LIMITS_loyalty_card_id)
        )
        + "/transactions"
    )

    query: list[tuple[str, str]] = []
    if subledger_id is not None:
        for item in _t.input_parameter_list("subledger_id", subledger_id, _LIMITS_subledger_id):
            query.append(
                ("subledgerId", _t.query_value("subledger_id", item, "str", _LIMITS_subledger_id.get("items", {})))
            )
    if loyalty_transaction_type is not None:
        query.append(
            (
                "loyaltyTransactionType",
                _t.query_value(
                    "loyalty_transaction_type",
                    loyalty_transaction_type,
                    "enum",
                    _LIMITS_loyalty_transaction_type,
                    (
                        "import",
                        "manual",
                        "session",
                    ),
                ),
            )
        )
    if start_date is not None:
        query.append(("startDate", _t.query_value("start_date", start_date, "datetime", _LIMITS_start_date)))
    if end_date is not None:
        query.append(("endDate", _t.query_value("end_date", end_date, "datetime", _LIMITS_end_date)))
    if page_size is not None:
        query.append(("pageSize", _t.query_value("page_size", page_size, "int", _LIMITS_page_size)))
    if skip is not None:
        query.append(("skip", _t.query_value("skip", skip, "int", _LIMITS_skip)))
    if query:
        path += "?" + urlencode(query)
    return path, None


OPERATION: _t.Operation[LoyaltyCardTransactions] = _t.Operation(
    operation_id="getLoyaltyCardTransactions",
    name="get_loyalty_card_transactions",
    method="GET",
    path="/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/transactions",
    path_parameter="loyaltyProgramId",
    path_parameters=(
        "loyaltyProgramId",
        "loyaltyCardId",
    ),
    result=LoyaltyCardTransactions,
    parse=LoyaltyCardTransactions.from_dict,
    success_status=200,
    empty_success=False,
    iterator="iter_loyalty_card_transactions",
    idempotent=True,
    body=None,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "loyalty_program_id",
            "loyaltyProgramId",
            "path",
            "int",
            True,
            description="Identifier of the card-based loyalty program containing the loyalty card. You can get the ID with the List loyalty programs endpoint.",
        ),
        _t.Parameter(
            "loyalty_card_id",
            "loyaltyCardId",
            "path",
            "str",
            True,
            description="Identifier of the loyalty card. You can get the identifier with the List loyalty cards endpoint.",
        ),
        _t.Parameter(
            "subledger_id",
            "subledgerId",
            "query",
            "list",
            False,
            item_kind="str",
            description="Filter results by one or more subledger IDs. Must be exact match.",
        ),
        _t.Parameter(
            "loyalty_transaction_type",
            "loyaltyTransactionType",
            "query",
            "enum",
            False,
            choices=(
                "import",
                "manual",
                "session",
            ),
            description="Filter results by loyalty transaction type: - `manual`: Loyalty transaction that was done manually. - `session`: Loyalty transaction that resulted from a customer session. - `import`: Loyalty transaction that was imported from a CSV file.",
        ),
        _t.Parameter(
            "start_date",
            "startDate",
            "query",
            "datetime",
            False,
            description="Date and time from which results are returned. Results are filtered by transaction creation date. **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is `UTC`.",
        ),
        _t.Parameter(
            "end_date",
            "endDate",
            "query",
            "datetime",
            False,
            description="Date and time by which results are returned. Results are filtered by transaction creation date. **Note:** - It must be an RFC3339 timestamp string. - You can include a time component in your string, for example, `T23:59:59` to specify the end of the day. The time zone setting considered is `UTC`.",
        ),
        _t.Parameter(
            "page_size", "pageSize", "query", "int", False, description="The number of items in the response."
        ),
        _t.Parameter(
            "skip",
            "skip",
            "query",
            "int",
            False,
            description="The number of items to skip when paging through large result sets.",
        ),
    ),
    summary="List card's transactions",
    description="Retrieve loyalty transaction logs for the given loyalty card in the specified loyalty program with filtering options applied. If no filtering options are applied, the last 50 loyalty transactions for the given loyalty card are returned.",
    deprecated=_DEPRECATED.get("getLoyaltyCardTransactions"),
)
