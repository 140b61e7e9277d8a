"""updateAudienceCustomersAttributes: Update profile attributes for all customers in audience.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_audience_id = _LIMITS[("updateAudienceCustomersAttributes", "audienceId")]


def build(
    audience_id: int,
    *,
    body: Mapping[str, Any],
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateAudienceCustomersAttributes, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v2/audience_customers/"
        + _t.path_segment(
            "audience_id", str(_t.input_parameter("audience_id", audience_id, "int", _LIMITS_audience_id))
        )
        + "/attributes"
    )
    try:
        return path, _t.input_object(body, True)
    except _t.InputError as exc:
        raise _t.InputError(exc.problem, "body") from None


OPERATION: _t.Operation[None] = _t.Operation(
    operation_id="updateAudienceCustomersAttributes",
    name="update_audience_customers_attributes",
    method="PUT",
    path="/v2/audience_customers/{audienceId}/attributes",
    path_parameter="audienceId",
    path_parameters=("audienceId",),
    result=None,
    parse=None,
    success_status=204,
    empty_success=False,
    idempotent=True,
    body=None,
    signed_empty_body=False,
    parameters=(
        _t.Parameter("audience_id", "audienceId", "path", "int", True, description="The ID of the audience."),
        _t.Parameter("body", "", "body", "object", True, description="The request body, a JSON object."),
    ),
    summary="Update profile attributes for all customers in audience",
    description="Update the specified profile attributes to the provided values for all customers in the specified audience.",
    deprecated=_DEPRECATED.get("updateAudienceCustomersAttributes"),
)
