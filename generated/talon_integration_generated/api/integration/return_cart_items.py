"""returnCartItems: Return cart items.

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
_LIMITS_customer_session_id = _LIMITS[("returnCartItems", "customerSessionId")]
_LIMITS_dry = _LIMITS[("returnCartItems", "dry")]


def build(
    customer_session_id: str,
    *,
    return_: NewReturn | NewReturnDict,
    response_content: Sequence[ReturnResponseContent] | None = None,
    dry: bool | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of returnCartItems, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v2/customer_sessions/"
        + _t.path_segment(
            "customer_session_id",
            _t.input_parameter("customer_session_id", customer_session_id, "str", _LIMITS_customer_session_id),
        )
        + "/returns"
    )

    query: list[tuple[str, str]] = []
    if dry is not None:
        query.append(("dry", _t.query_value("dry", dry, "bool", _LIMITS_dry)))
    if query:
        path += "?" + urlencode(query)
    body = ReturnIntegrationRequest.to_request(
        {
            "return_": return_,
            "response_content": response_content,
        }
    )
    return path, body


OPERATION: _t.Operation[IntegrationStateV2] = _t.Operation(
    operation_id="returnCartItems",
    name="return_cart_items",
    method="POST",
    path="/v2/customer_sessions/{customerSessionId}/returns",
    path_parameter="customerSessionId",
    path_parameters=("customerSessionId",),
    result=IntegrationStateV2,
    parse=IntegrationStateV2.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=False,
    body=ReturnIntegrationRequest,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "customer_session_id",
            "customerSessionId",
            "path",
            "str",
            True,
            description="The `integration ID` of the customer session. You set this ID when you create a customer session.",
        ),
        _t.Parameter(
            "dry",
            "dry",
            "query",
            "bool",
            False,
            description="Indicates whether to persist the changes. Changes are ignored when `dry=true`.",
        ),
        _t.Parameter(
            "return_",
            "return",
            "body",
            "model",
            True,
            model=NewReturn,
            description="NewReturn (Talon.One Integration API; SDK 9 model NewReturn).",
        ),
        _t.Parameter(
            "response_content",
            "responseContent",
            "body",
            "list",
            False,
            item_kind="enum",
            choices=(
                "coupons",
                "customerProfile",
                "customerSession",
                "event",
                "loyalty",
                "previousReturns",
                "referral",
                "triggeredCampaigns",
            ),
            description="Extends the response with the chosen data entities. Use this property to get as much data as you need in one _Update customer session_ request instead of sending extra requests to other endpoints.",
        ),
    ),
    summary="Return cart items",
    description="Create a new return request for the specified cart items. This endpoint automatically changes the session state from `closed` to `partially_returned`. **Note:** This will roll back any effects associated with these cart items. For more information, see our documentation on session states and this tutorial.",
    deprecated=_DEPRECATED.get("returnCartItems"),
)
