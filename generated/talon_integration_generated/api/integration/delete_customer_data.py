"""deleteCustomerData: Delete a customer's personal data.

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
_LIMITS_integration_id = _LIMITS[("deleteCustomerData", "integrationId")]


def build(
    integration_id: str,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of deleteCustomerData, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/customer_data/" + _t.path_segment(
        "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
    )
    return path, None


OPERATION: _t.Operation[None] = _t.Operation(
    operation_id="deleteCustomerData",
    name="delete_customer_data",
    method="DELETE",
    path="/v1/customer_data/{integrationId}",
    path_parameter="integrationId",
    path_parameters=("integrationId",),
    result=None,
    parse=None,
    success_status=204,
    empty_success=False,
    idempotent=True,
    body=None,
    signed_empty_body=True,
    parameters=(
        _t.Parameter(
            "integration_id",
            "integrationId",
            "path",
            "str",
            True,
            description="The shop's own ID of the customer profile, free text sent as one path segment.",
        ),
    ),
    summary="Delete a customer's personal data",
    description="Deletes the attributes of the profile and of everything that references it; history such as redemptions is kept but unlinked, and the profile cannot be read afterwards.",
    deprecated=_DEPRECATED.get("deleteCustomerData"),
)
