"""updateCustomerProfileAudiences: Update multiple customer profiles' audiences.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *

__all__ = ["OPERATION", "build"]


def build(
    *,
    data: Sequence[CustomerProfileAudienceRequestItem | CustomerProfileAudienceRequestItemDict] | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateCustomerProfileAudiences, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v2/customer_audiences"
    body = CustomerProfileAudienceRequest.to_request(
        {
            "data": data,
        }
    )
    return path, body


OPERATION: _t.Operation[None] = _t.Operation(
    operation_id="updateCustomerProfileAudiences",
    name="update_customer_profile_audiences",
    method="POST",
    path="/v2/customer_audiences",
    path_parameter=None,
    path_parameters=(),
    result=None,
    parse=None,
    success_status=204,
    empty_success=False,
    idempotent=False,
    body=CustomerProfileAudienceRequest,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "data", "data", "body", "list", False, item_kind="model", model=CustomerProfileAudienceRequestItem
        ),
    ),
    summary="Update multiple customer profiles' audiences",
    description="Add customer profiles to or remove them from an audience. The endpoint supports 1000 audience actions (`add` or `remove`) per request. **Note:** You can also do this using the Update audience effect.",
    deprecated=_DEPRECATED.get("updateCustomerProfileAudiences"),
)
