"""getLoyaltyCardBalances: Get card's point balances.

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
_LIMITS_loyalty_program_id = _LIMITS[("getLoyaltyCardBalances", "loyaltyProgramId")]
_LIMITS_loyalty_card_id = _LIMITS[("getLoyaltyCardBalances", "loyaltyCardId")]
_LIMITS_end_date = _LIMITS[("getLoyaltyCardBalances", "endDate")]
_LIMITS_subledger_id = _LIMITS[("getLoyaltyCardBalances", "subledgerId")]


def build(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    end_date: datetime.datetime | str | None = None,
    subledger_id: Sequence[str] | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getLoyaltyCardBalances, checked as the spec states.

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
        + "/balances"
    )

    query: list[tuple[str, str]] = []
    if end_date is not None:
        query.append(("endDate", _t.query_value("end_date", end_date, "datetime", _LIMITS_end_date)))
    if subledger_id is not None:
        for item in _t.input_parameter_list("subledger_id", subledger_id, _LIMITS_subledger_id):
            query.append(
                ("subledgerId", _t.query_value("subledger_id", item, "str", _LIMITS_subledger_id.get("items", {})))
            )
    if query:
        path += "?" + urlencode(query)
    return path, None


OPERATION: _t.Operation[LoyaltyCardBalances] = _t.Operation(
    operation_id="getLoyaltyCardBalances",
    name="get_loyalty_card_balances",
    method="GET",
    path="/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/balances",
    path_parameter="loyaltyProgramId",
    path_parameters=(
        "loyaltyProgramId",
        "loyaltyCardId",
    ),
    result=LoyaltyCardBalances,
    parse=LoyaltyCardBalances.from_dict,
    success_status=200,
    empty_success=False,
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
            "end_date",
            "endDate",
            "query",
            "datetime",
            False,
            description="Used to return expired, active, and pending loyalty balances before this timestamp. You can enter any past, present, or future timestamp value. **Note:** - It must be an RFC3339 timestamp string.",
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
    ),
    summary="Get card's point balances",
    description="Retrieve loyalty balances for the given loyalty card in the specified loyalty program with filtering options applied. If no filtering options are applied, all loyalty balances for the given loyalty card are returned.",
    deprecated=_DEPRECATED.get("getLoyaltyCardBalances"),
)
