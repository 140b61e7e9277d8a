"""generateLoyaltyCard: Generate loyalty card.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_loyalty_program_id = _LIMITS[("generateLoyaltyCard", "loyaltyProgramId")]


def build(
    loyalty_program_id: int,
    *,
    status: LoyaltyCardStatus | None = None,
    customer_profile_ids: Sequence[str] | None = None,
    card_identifier: str | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of generateLoyaltyCard, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v1/loyalty_programs/"
        + _t.path_segment(
            "loyalty_program_id",
            str(_t.input_parameter("loyalty_program_id", loyalty_program_id, "int", _LIMITS_loyalty_program_id)),
        )
        + "/cards"
    )
    body = GenerateLoyaltyCard.to_request(
        {
            "status": status,
            "customer_profile_ids": customer_profile_ids,
            "card_identifier": card_identifier,
        }
    )
    return path, body


OPERATION: _t.Operation[LoyaltyCard] = _t.Operation(
    operation_id="generateLoyaltyCard",
    name="generate_loyalty_card",
    method="POST",
    path="/v1/loyalty_programs/{loyaltyProgramId}/cards",
    path_parameter="loyaltyProgramId",
    path_parameters=("loyaltyProgramId",),
    result=LoyaltyCard,
    parse=LoyaltyCard.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=False,
    body=GenerateLoyaltyCard,
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
            "status",
            "status",
            "body",
            "enum",
            False,
            choices=(
                "active",
                "inactive",
            ),
            description="The known values of LoyaltyCardStatus.",
        ),
        _t.Parameter(
            "customer_profile_ids",
            "customerProfileIds",
            "body",
            "list",
            False,
            item_kind="str",
            description="Integration IDs of the customer profiles linked to the card.",
        ),
        _t.Parameter(
            "card_identifier",
            "cardIdentifier",
            "body",
            "str",
            False,
            description="The alphanumeric identifier of the loyalty card.",
        ),
    ),
    summary="Generate loyalty card",
    description="Generate a loyalty card in a specified card-based loyalty program. To link the card to one or more customer profiles, use the `customerProfileIds` parameter in the request body. **Note:** - The number of customer profiles linked to the loyalty card cannot exceed the loyalty program's `usersPerCardLimit`. To find the program's limit, use the Get loyalty program endpoint.",
    deprecated=_DEPRECATED.get("generateLoyaltyCard"),
)
