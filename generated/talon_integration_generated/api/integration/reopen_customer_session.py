"""reopenCustomerSession: Reopen customer session.

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
_LIMITS_customer_session_id = _LIMITS[("reopenCustomerSession", "customerSessionId")]


def build(
    customer_session_id: str,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of reopenCustomerSession, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v2/customer_sessions/"
        + _t.path_segment(
            "customer_session_id",
            _t.input_parameter("customer_session_id", customer_session_id, "str", _LIMITS_customer_session_id),
        )
        + "/reopen"
    )
    return path, None


OPERATION: _t.Operation[ReopenSessionResponse] = _t.Operation(
    operation_id="reopenCustomerSession",
    name="reopen_customer_session",
    method="PUT",
    path="/v2/customer_sessions/{customerSessionId}/reopen",
    path_parameter="customerSessionId",
    path_parameters=("customerSessionId",),
    result=ReopenSessionResponse,
    parse=ReopenSessionResponse.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=None,
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
    ),
    summary="Reopen customer session",
    description="Reopen a closed customer session. For example, if a session has been completed but still needs to be edited, you can reopen it with this endpoint. A reopen session is treated like a standard open session. When reopening a session: - The `talon_session_reopened` event is triggered. You can see it in the **Events** view in the Campaign Manager. - The session state is updated to `open`.",
    deprecated=_DEPRECATED.get("reopenCustomerSession"),
)
