"""getReservedCoupons: List a profile's reserved coupons that are still usable.

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
_LIMITS_integration_id = _LIMITS[("getReservedCoupons", "integrationId")]


def build(
    integration_id: str,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getReservedCoupons, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/coupon_reservations/coupons/" + _t.path_segment(
        "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
    )
    return path, None


OPERATION: _t.Operation[ReservedCoupons] = _t.Operation(
    operation_id="getReservedCoupons",
    name="get_reserved_coupons",
    method="GET",
    path="/v1/coupon_reservations/coupons/{integrationId}",
    path_parameter="integrationId",
    path_parameters=("integrationId",),
    result=ReservedCoupons,
    parse=ReservedCoupons.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=None,
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
    ),
    summary="List a profile's reserved coupons that are still usable",
    description="Only coupons that are started, not expired and under their usage limit are listed. Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `getCustomerInventory` with `coupons=true` instead.",
    deprecated=_DEPRECATED.get("getReservedCoupons"),
)
