"""getLoyaltyBalances: Get customer's loyalty balances.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_loyalty_program_id = _LIMITS[("getLoyaltyBalances", "loyaltyProgramId")]
_LIMITS_integration_id = _LIMITS[("getLoyaltyBalances", "integrationId")]
_LIMITS_end_date = _LIMITS[("getLoyaltyBalances", "endDate")]
_LIMITS_subledger_id = _LIMITS[("getLoyaltyBalances", "subledgerId")]
_LIMITS_include_tiers = _LIMITS[("getLoyaltyBalances", "includeTiers")]
_LIMITS_include_projected_tier = _LIMITS[("getLoyaltyBalances", "includeProjectedTier")]


def build(
    loyalty_program_id: int,
    integration_id: str,
    *,
    end_date: datetime.datetime | str | None = None,
    subledger_id: str | None = None,
    include_tiers: bool | None = None,
    include_projected_tier: bool | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getLoyaltyBalances, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v1/loyalty_programs/"
        + _t.path_segment(
            "loyalty_program_id",
            str(_t.input_parameter("loyalty_program_id", loyalty_program_id, "int", _LIMITS_loyalty_program_id)),
        )
        + "/profile/"
        + _t.path_segment(
            "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
        )
        + "/balances"
    )

    query: list[tuple[str, str]] = []
    if end_date is not None:
        query.append(("endDate", _t.query_value("end_date", end_date, "datetime", _LIMITS_end_date)))
    if subledger_id is not None:
        query.append(("subledgerId", _t.query_value("subledger_id", subledger_id, "str", _LIMITS_subledger_id)))
    if include_tiers is not None:
        query.append(("includeTiers", _t.query_value("include_tiers", include_tiers, "bool", _LIMITS_include_tiers)))
    if include_projected_tier is not None:
        query.append(
            (
                "includeProjectedTier",
                _t.query_value(
                    "include_projected_tier", include_projected_tier, "bool", _LIMITS_include_projected_tier
                ),
            )
        )
    if query:
        path += "?" + urlencode(query)
    return path, None


OPERATION: _t.Operation[LoyaltyBalancesWithTiers] = _t.Operation(
    operation_id="getLoyaltyBalances",
    name="get_loyalty_balances",
    method="GET",
    path="/v1/loyalty_programs/{loyaltyProgramId}/profile/{integrationId}/balances",
    path_parameter="loyaltyProgramId",
    path_parameters=(
        "loyaltyProgramId",
        "integrationId",
    ),
    result=LoyaltyBalancesWithTiers,
    parse=LoyaltyBalancesWithTiers.from_dict,
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
            description="Identifier of the profile-based loyalty program. You can get the ID with the List loyalty programs endpoint.",
        ),
        _t.Parameter(
            "integration_id",
            "integrationId",
            "path",
            "str",
            True,
            description="The integration identifier for this customer profile. Must be: - Unique within the deployment. - Stable for the customer. Do not use an ID that the customer can update themselves.",
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
            "str",
            False,
            description="The ID of the subledger by which we filter the data.",
        ),
        _t.Parameter(
            "include_tiers",
            "includeTiers",
            "query",
            "bool",
            False,
            description="Indicates whether tier information is included in the response. When set to `true`, the response includes information about the current tier and the number of points required to move to next tier.",
        ),
        _t.Parameter(
            "include_projected_tier",
            "includeProjectedTier",
            "query",
            "bool",
            False,
            description="Indicates whether the customer's projected tier information is included in the response. When set to `true`, the response includes information about the customer's active points and the name of the projected tier. **Note** We recommend filtering by `subledgerId` for better performance.",
        ),
    ),
    summary="Get customer's loyalty balances",
    description="Retrieve loyalty ledger balances for the given Integration ID in the specified loyalty program. You can filter balances by date and subledger ID, and include tier-related information in the response. **Note**: If no filtering options are applied, you retrieve all loyalty balances on the current date for the given integration ID.",
    deprecated=_DEPRECATED.get("getLoyaltyBalances"),
)
