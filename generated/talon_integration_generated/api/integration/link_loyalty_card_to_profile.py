"""linkLoyaltyCardToProfile: Link customer profile to card.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_loyalty_program_id = _LIMITS[("linkLoyaltyCardToProfile", "loyaltyProgramId")]
_LIMITS_loyalty_card_id = _LIMITS[("linkLoyaltyCardToProfile", "loyaltyCardId")]


def build(
    loyalty_program_id: int,
    loyalty_card_id: str,
    *,
    integration_id: str,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of linkLoyaltyCardToProfile, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v2/loyalty_programs/"
        + _t.path_segment(
            "loyalty_program_id",
            str(_t.input_parameter("loyalty_program_id", loyalty_program_id, "int", _LIMITS_loyalty_program_id)),
        )
        + "/cards/"
        + _t.path_segment(
            "loyalty_card_id", _t.input_parameter("loyalty_card_id", loyalty_card_id, "str", _LIMITS_loyalty_card_id)
        )
        + "/link_profile"
    )
    body = LoyaltyCardRegistration.to_request(
        {
            "integration_id": integration_id,
        }
    )
    return path, body


OPERATION: _t.Operation[LoyaltyCard] = _t.Operation(
    operation_id="linkLoyaltyCardToProfile",
    name="link_loyalty_card_to_profile",
    method="POST",
    path="/v2/loyalty_programs/{loyaltyProgramId}/cards/{loyaltyCardId}/link_profile",
    path_parameter="loyaltyProgramId",
    path_parameters=(
        "loyaltyProgramId",
        "loyaltyCardId",
    ),
    result=LoyaltyCard,
    parse=LoyaltyCard.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=False,
    body=LoyaltyCardRegistration,
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
            "integration_id",
            "integrationId",
            "body",
            "str",
            True,
            description="The integrationId of the customer profile.",
        ),
    ),
    summary="Link customer profile to card",
    description="Loyalty cards allow customers to collect and spend loyalty points within a card-based loyalty program. They are useful to gamify loyalty programs and can be used with or without customer profiles linked to them. Link a customer profile to a given loyalty card for the card to be set as **Registered**. This affects how it can be used. See the docs.",
    deprecated=_DEPRECATED.get("linkLoyaltyCardToProfile"),
)
