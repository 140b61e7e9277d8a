"""getLoyaltyCardPoints: List card's unused loyalty points.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_loyalty_program_id = _LIMITS[("getLoyaltyCardPoints", "loyaltyProgramId")]
_LIMITS_loyalty_card_id = _LIMITS[("getLoyaltyCardPoints", "loyaltyCardId")]
_LIMITS_status = _LIMITS[("getLoyaltyCardPoints", "status")]
_LIMITS_subledger_id = _LIMITS[("getLoyaltyCardPoints", "subledgerId")]
_LIMITS_page_size = _LIMITS[("getLoyaltyCardPoints", "pageSize")]
_LIMITS_skip = _LIMITS[("getLoyaltyCardPoints", "skip")]


def build(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    status: str | None = None,
    subledger_id: Sequence[str] | None = None,
    page_size: int | None = None,
    skip: int | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getLoyaltyCardPoints, checked as the spec states.

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
        + "/points"
    )

    query: list[tuple[str, str]] = []
    if status is not None:
        query.append(("status", _t.query_value("status", status, "str", _LIMITS_status)))
    if subledger_id is not None:
        for item in _t.input_parameter_list("subledger_id", subledger_id, _LIMITS_subledger_id):
            query.append(
                ("subledgerId", _t.query_value("subledger_id", item, "str", _LIMITS_subledger_id.get("items", {})))
            )
    if page_size is not None:
        query.append(("pageSize", _t.query_value("page_size", page_size, "int", _LIMITS_page_size)))
    if skip is not None:
        query.append(("skip", _t.query_value("skip", skip, "int", _LIMITS_skip)))
    if query:
        path += "?" + urlencode(query)
    return path, None


OPERATION: _t.Operation[LoyaltyCardPoints] = _t.Operation(
    operation_id="getLoyaltyCardPoints",
    name="get_loyalty_card_points",
    method="GET",
    path="/v1/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/points",
    path_parameter="loyaltyProgramId",
    path_parameters=(
        "loyaltyProgramId",
        "loyaltyCardId",
    ),
    result=LoyaltyCardPoints,
    parse=LoyaltyCardPoints.from_dict,
    success_status=200,
    empty_success=False,
    iterator="iter_loyalty_card_points",
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
        _t.Parameter("status", "status", "query", "str", False, description="Filter points based on their status."),
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
    summary="List card's unused loyalty points",
    description="Get paginated results of loyalty points for a given loyalty card identifier in a card-based loyalty program. This endpoint returns only the balances of unused points on a loyalty card. You can filter points by status: - `active`: Points ready to be redeemed. - `pending`: Points with a start date in the future. - `expired`: Points with an expiration date in the past.",
    deprecated=_DEPRECATED.get("getLoyaltyCardPoints"),
)
