"""updateAudienceV2: Update audience name.

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
_LIMITS_audience_id = _LIMITS[("updateAudienceV2", "audienceId")]


def build(
    audience_id: int,
    *,
    name: str,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateAudienceV2, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v2/audiences/" + _t.path_segment(
        "audience_id", str(_t.input_parameter("audience_id", audience_id, "int", _LIMITS_audience_id))
    )
    body = UpdateAudience.to_request(
        {
            "name": name,
        }
    )
    return path, body


OPERATION: _t.Operation[Audience] = _t.Operation(
    operation_id="updateAudienceV2",
    name="update_audience_v2",
    method="PUT",
    path="/v2/audiences/{audienceId}",
    path_parameter="audienceId",
    path_parameters=("audienceId",),
    result=Audience,
    parse=Audience.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=UpdateAudience,
    signed_empty_body=False,
    parameters=(
        _t.Parameter("audience_id", "audienceId", "path", "int", True, description="The ID of the audience."),
        _t.Parameter(
            "name", "name", "body", "str", True, description="The human-friendly display name for this audience."
        ),
    ),
    summary="Update audience name",
    description="Update the name of the given audience created by a third-party integration. Sending a request to this endpoint does **not** trigger the Rule Engine. To update the audience's members, use the Update customer profile endpoint.",
    deprecated=_DEPRECATED.get("updateAudienceV2"),
)
