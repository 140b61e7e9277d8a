"""updateCustomerSession: Create or update a customer session.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_customer_session_id = _LIMITS[("updateCustomerSession", "customerSessionId")]


def build(
    customer_session_id: str,
    *,
    profile_id: str | None = None,
    coupon: str | None = None,
    referral: str | None = None,
    state: CustomerSessionState | None = None,
    cart_items: Sequence[CartItem | CartItemDict] | None = None,
    identifiers: Sequence[str] | None = None,
    total: float | Decimal | None = None,
    attributes: Mapping[str, Any] | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateCustomerSession, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/customer_sessions/" + _t.path_segment(
        "customer_session_id",
        _t.input_parameter("customer_session_id", customer_session_id, "str", _LIMITS_customer_session_id),
    )
    body = NewCustomerSession.to_request(
        {
            "profile_id": profile_id,
            "coupon": coupon,
            "referral": referral,
            "state": state,
            "cart_items": cart_items,
            "identifiers": identifiers,
            "total": total,
            "attributes": attributes,
        }
    )
    return path, body


OPERATION: _t.Operation[IntegrationState] = _t.Operation(
    operation_id="updateCustomerSession",
    name="update_customer_session",
    method="PUT",
    path="/v1/customer_sessions/{customerSessionId}",
    path_parameter="customerSessionId",
    path_parameters=("customerSessionId",),
    result=IntegrationState,
    parse=IntegrationState.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=NewCustomerSession,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "customer_session_id",
            "customerSessionId",
            "path",
            "str",
            True,
            description="The shop's own ID of the session, free text sent as one path segment.",
        ),
        _t.Parameter(
            "profile_id",
            "profileId",
            "body",
            "str",
            False,
            description="The integration ID of the customer's profile; empty or absent for an anonymous session.",
        ),
        _t.Parameter("coupon", "coupon", "body", "str", False, description="A coupon code entered by the customer."),
        _t.Parameter(
            "referral", "referral", "body", "str", False, description="A referral code entered by the customer."
        ),
        _t.Parameter(
            "state",
            "state",
            "body",
            "enum",
            False,
            choices=(
                "cancelled",
                "closed",
                "open",
                "partially_returned",
            ),
            description="The state of a customer session: `open` (the default when never set), `closed` (a purchase: coupons are redeemed, the profile's totals grow), `partially_returned` (some items of a closed session were returned) or `cancelled` (a purchase undone). Allowed changes: open→closed, open→cancelled, closed→cancelled, closed→partially_returned, partially_returned→cancelled.",
        ),
        _t.Parameter(
            "cart_items",
            "cartItems",
            "body",
            "list",
            False,
            item_kind="model",
            model=CartItem,
            description="The full cart; it replaces the session's cart.",
        ),
        _t.Parameter(
            "identifiers",
            "identifiers",
            "body",
            "list",
            False,
            item_kind="str",
            description="Identifiers of the customer's device or account, usable in limits and rules (e.g. to detect fraud).",
        ),
        _t.Parameter("total", "total", "body", "float", False, description="The session total before discounts."),
        _t.Parameter(
            "attributes",
            "attributes",
            "body",
            "object",
            False,
            description="Session attributes defined in the Application, by name.",
        ),
    ),
    summary="Create or update a customer session",
    description="Creates the session (and its profile) on first use and replaces the given fields: the cart, coupon and referral codes, attributes and state. Setting the state to `closed` records a purchase; `cancelled` undoes it. The rule engine evaluates the session and returns effects. Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `updateCustomerSessionV2` instead.",
    deprecated=_DEPRECATED.get("updateCustomerSession"),
)
