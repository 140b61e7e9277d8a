"""updateCustomerProfilesV2: Update multiple customer profiles.

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
_LIMITS_silent = _LIMITS[("updateCustomerProfilesV2", "silent")]


def build(
    *,
    customer_profiles: Sequence[
        MultipleCustomerProfileIntegrationRequestItem | MultipleCustomerProfileIntegrationRequestItemDict
    ]
    | None = None,
    silent: UpdateCustomerProfilesV2Silent | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateCustomerProfilesV2, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v2/customer_profiles"

    query: list[tuple[str, str]] = []
    if silent is not None:
        query.append(
            (
                "silent",
                _t.query_value(
                    "silent",
                    silent,
                    "enum",
                    _LIMITS_silent,
                    (
                        "no",
                        "yes",
                    ),
                ),
            )
        )
    if query:
        path += "?" + urlencode(query)
    body = MultipleCustomerProfileIntegrationRequest.to_request(
        {
            "customer_profiles": customer_profiles,
        }
    )
    return path, body


OPERATION: _t.Operation[MultipleCustomerProfileIntegrationResponseV2] = _t.Operation(
    operation_id="updateCustomerProfilesV2",
    name="update_customer_profiles_v2",
    method="PUT",
    path="/v2/customer_profiles",
    path_parameter=None,
    path_parameters=(),
    result=MultipleCustomerProfileIntegrationResponseV2,
    parse=MultipleCustomerProfileIntegrationResponseV2.from_dict,
    success_status=200,
    empty_success=True,
    idempotent=True,
    body=MultipleCustomerProfileIntegrationRequest,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "silent",
            "silent",
            "query",
            "enum",
            False,
            choices=(
                "no",
                "yes",
            ),
            description="Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a 204 response. - `no`: Returns a 200 response that contains the updated customer profiles.",
        ),
        _t.Parameter(
            "customer_profiles",
            "customerProfiles",
            "body",
            "list",
            False,
            item_kind="model",
            model=MultipleCustomerProfileIntegrationRequestItem,
        ),
    ),
    summary="Update multiple customer profiles",
    description="Update (or create) up to 1000 customer profiles in 1 request. The `integrationId` must be any identifier that remains stable for the customer. Do not use an ID that the customer can update themselves. For example, you can use a database ID. A customer profile can be linked to one or more sessions. **Note:** This endpoint does not trigger the Rule Engine.",
    deprecated=_DEPRECATED.get("updateCustomerProfilesV2"),
)
