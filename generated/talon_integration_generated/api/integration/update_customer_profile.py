"""updateCustomerProfile: Create or update a customer profile.

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
_LIMITS_integration_id = _LIMITS[("updateCustomerProfile", "integrationId")]


def build(
    integration_id: str,
    *,
    attributes: Mapping[str, Any] | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateCustomerProfile, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/customer_profiles/" + _t.path_segment(
        "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
    )
    body = NewCustomerProfile.to_request(
        {
            "attributes": attributes,
        }
    )
    return path, body


OPERATION: _t.Operation[IntegrationState] = _t.Operation(
    operation_id="updateCustomerProfile",
    name="update_customer_profile",
    method="PUT",
    path="/v1/customer_profiles/{integrationId}",
    path_parameter="integrationId",
    path_parameters=("integrationId",),
    result=IntegrationState,
    parse=IntegrationState.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=NewCustomerProfile,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "integration_id",
            "integrationId",
            "path",
            "str",
            True,
            description="The shop's own ID of the customer profile, free text sent as one path segment.",
        ),
        _t.Parameter(
            "attributes",
            "attributes",
            "body",
            "object",
            False,
            description="Profile attributes defined in the Application, by name.",
        ),
    ),
    summary="Create or update a customer profile",
    description="Creates the profile with this integration ID if it does not exist yet, and merges the given attributes into it. The answer is the profile's integration state after the rule engine ran. Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `updateCustomerProfileV2` instead.",
    deprecated=_DEPRECATED.get("updateCustomerProfile"),
)
