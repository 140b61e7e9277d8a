"""deleteAudienceMembershipsV2: Delete audience memberships.

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
_LIMITS_audience_id = _LIMITS[("deleteAudienceMembershipsV2", "audienceId")]


def build(
    audience_id: int,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of deleteAudienceMembershipsV2, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v2/audiences/"
        + _t.path_segment(
            "audience_id", str(_t.input_parameter("audience_id", audience_id, "int", _LIMITS_audience_id))
        )
        + "/memberships"
    )
    return path, None


OPERATION: _t.Operation[None] = _t.Operation(
    operation_id="deleteAudienceMembershipsV2",
    name="delete_audience_memberships_v2",
    method="DELETE",
    path="/v2/audiences/{audienceId}/memberships",
    path_parameter="audienceId",
    path_parameters=("audienceId",),
    result=None,
    parse=None,
    success_status=204,
    empty_success=False,
    idempotent=True,
    body=None,
    signed_empty_body=False,
    parameters=(_t.Parameter("audience_id", "audienceId", "path", "int", True, description="The ID of the audience."),),
    summary="Delete audience memberships",
    description="Remove all members from this audience.",
    deprecated=_DEPRECATED.get("deleteAudienceMembershipsV2"),
)
