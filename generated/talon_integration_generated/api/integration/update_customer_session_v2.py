"""updateCustomerSessionV2: Update customer session.

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
_LIMITS_customer_session_id = _LIMITS[("updateCustomerSessionV2", "customerSessionId")]
_LIMITS_dry = _LIMITS[("updateCustomerSessionV2", "dry")]
_LIMITS_now = _LIMITS[("updateCustomerSessionV2", "now")]


def build(
    customer_session_id: str,
    *,
    customer_session: NewCustomerSessionV2 | NewCustomerSessionV2Dict,
    response_content: Sequence[SessionResponseContent] | None = None,
    dry: bool | None = None,
    now: datetime.datetime | str | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateCustomerSessionV2, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v2/customer_sessions/" + _t.path_segment(
        "customer_session_id",
        _t.input_parameter("customer_session_id", customer_session_id, "str", _LIMITS_customer_session_id),
    )

    query: list[tuple[str, str]] = []
    if dry is not None:
        query.append(("dry", _t.query_value("dry", dry, "bool", _LIMITS_dry)))
    if now is not None:
        query.append(("now", _t.query_value("now", now, "datetime", _LIMITS_now)))
    if query:
        path += "?" + urlencode(query)
    body = IntegrationRequest.to_request(
        {
            "customer_session": customer_session,
            "response_content": response_content,
        }
    )
    return path, body


OPERATION: _t.Operation[IntegrationStateV2] = _t.Operation(
    operation_id="updateCustomerSessionV2",
    name="update_customer_session_v2",
    method="PUT",
    path="/v2/customer_sessions/{customerSessionId}",
    path_parameter="customerSessionId",
    path_parameters=("customerSessionId",),
    result=IntegrationStateV2,
    parse=IntegrationStateV2.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=IntegrationRequest,
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
            description="Indicates whether to persist the changes. Changes are ignored when `dry=true`. When set to `true`: - The endpoint considers **only** the payload that you pass when **closing** the session. When you do not use the `dry` parameter, the endpoint behaves as a typical PUT endpoint.",
        ),
        _t.Parameter(
            "now",
            "now",
            "query",
            "datetime",
            False,
            description="A timestamp value of a future date that acts as a current date when included in the query. Use this parameter, for example, to test campaigns that would be evaluated for this customer session in the future (say, scheduled campaigns). **Note:** - It must be an RFC3339 timestamp string.",
        ),
        _t.Parameter(
            "customer_session",
            "customerSession",
            "body",
            "model",
            True,
            model=NewCustomerSessionV2,
            description="NewCustomerSessionV2 (Talon.One Integration API; SDK 9 model NewCustomerSessionV2).",
        ),
        _t.Parameter(
            "response_content",
            "responseContent",
            "body",
            "list",
            False,
            item_kind="enum",
            choices=(
                "awardedGiveaways",
                "coupons",
                "customerProfile",
                "customerSession",
                "event",
                "loyalty",
                "previousReturns",
                "referral",
                "ruleFailureReasons",
                "triggeredCampaigns",
            ),
            description="Extends the response with the chosen data entities. Use this property to get as much data as you need in one _Update customer session_ request instead of sending extra requests to other endpoints.",
        ),
    ),
    summary="Update customer session",
    description="Update or create a customer session. The endpoint responds with the potential promotion rule effects that match the current cart. For example, use this endpoint to share the contents of a customer's cart with Talon.One. **Note:** - The currency for the session and the cart items in it is the currency set for the Application linked to this session.",
    deprecated=_DEPRECATED.get("updateCustomerSessionV2"),
)
