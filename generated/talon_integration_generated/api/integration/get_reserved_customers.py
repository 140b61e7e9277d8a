"""getReservedCustomers: List the profiles that reserved a coupon.

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
_LIMITS_coupon_value = _LIMITS[("getReservedCustomers", "couponValue")]


def build(
    coupon_value: str,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getReservedCustomers, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/coupon_reservations/customerprofiles/" + _t.path_segment(
        "coupon_value", _t.input_parameter("coupon_value", coupon_value, "str", _LIMITS_coupon_value)
    )
    return path, None


OPERATION: _t.Operation[ReservedCustomers] = _t.Operation(
    operation_id="getReservedCustomers",
    name="get_reserved_customers",
    method="GET",
    path="/v1/coupon_reservations/customerprofiles/{couponValue}",
    path_parameter="couponValue",
    path_parameters=("couponValue",),
    result=ReservedCustomers,
    parse=ReservedCustomers.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=None,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "coupon_value",
            "couponValue",
            "path",
            "str",
            True,
            description="The coupon code, free text sent as one path segment.",
        ),
    ),
    summary="List the profiles that reserved a coupon",
    description="",
    deprecated=_DEPRECATED.get("getReservedCustomers"),
)
