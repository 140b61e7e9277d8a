"""deleteCouponReservation: Remove a coupon's reservations.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_coupon_value = _LIMITS[("deleteCouponReservation", "couponValue")]


def build(
    coupon_value: str,
    *,
    integration_ids: Sequence[str],
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of deleteCouponReservation, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/coupon_reservations/" + _t.path_segment(
        "coupon_value", _t.input_parameter("coupon_value", coupon_value, "str", _LIMITS_coupon_value)
    )
    body = CouponReservations.to_request(
        {
            "integration_ids": integration_ids,
        }
    )
    return path, body


OPERATION: _t.Operation[None] = _t.Operation(
    operation_id="deleteCouponReservation",
    name="delete_coupon_reservation",
    method="DELETE",
    path="/v1/coupon_reservations/{couponValue}",
    path_parameter="couponValue",
    path_parameters=("couponValue",),
    result=None,
    parse=None,
    success_status=204,
    empty_success=False,
    idempotent=True,
    body=CouponReservations,
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
        _t.Parameter(
            "integration_ids",
            "integrationIDs",
            "body",
            "list",
            True,
            item_kind="str",
            description="Integration IDs of customer profiles (at most 1000 per request).",
        ),
    ),
    summary="Remove a coupon's reservations",
    description="Removes the coupon's reservation for every listed profile. This DELETE carries a JSON body.",
    deprecated=_DEPRECATED.get("deleteCouponReservation"),
)
