"""getCustomerInventory: List customer data.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_integration_id = _LIMITS[("getCustomerInventory", "integrationId")]
_LIMITS_profile = _LIMITS[("getCustomerInventory", "profile")]
_LIMITS_referrals = _LIMITS[("getCustomerInventory", "referrals")]
_LIMITS_coupons = _LIMITS[("getCustomerInventory", "coupons")]
_LIMITS_loyalty = _LIMITS[("getCustomerInventory", "loyalty")]
_LIMITS_giveaways = _LIMITS[("getCustomerInventory", "giveaways")]
_LIMITS_achievements = _LIMITS[("getCustomerInventory", "achievements")]


def build(
    integration_id: str,
    *,
    profile: bool | None = None,
    referrals: bool | None = None,
    coupons: bool | None = None,
    loyalty: bool | None = None,
    giveaways: bool | None = None,
    achievements: bool | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getCustomerInventory, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v1/customer_profiles/"
        + _t.path_segment(
            "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
        )
        + "/inventory"
    )

    query: list[tuple[str, str]] = []
    if profile is not None:
        query.append(("profile", _t.query_value("profile", profile, "bool", _LIMITS_profile)))
    if referrals is not None:
        query.append(("referrals", _t.query_value("referrals", referrals, "bool", _LIMITS_referrals)))
    if coupons is not None:
        query.append(("coupons", _t.query_value("coupons", coupons, "bool", _LIMITS_coupons)))
    if loyalty is not None:
        query.append(("loyalty", _t.query_value("loyalty", loyalty, "bool", _LIMITS_loyalty)))
    if giveaways is not None:
        query.append(("giveaways", _t.query_value("giveaways", giveaways, "bool", _LIMITS_giveaways)))
    if achievements is not None:
        query.append(("achievements", _t.query_value("achievements", achievements, "bool", _LIMITS_achievements)))
    if query:
        path += "?" + urlencode(query)
    return path, None


OPERATION: _t.Operation[CustomerInventory] = _t.Operation(
    operation_id="getCustomerInventory",
    name="get_customer_inventory",
    method="GET",
    path="/v1/customer_profiles/{integrationId}/inventory",
    path_parameter="integrationId",
    path_parameters=("integrationId",),
    result=CustomerInventory,
    parse=CustomerInventory.from_dict,
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
            description="The integration ID of the customer profile. You can get the `integrationId` of a profile using: - A customer session integration ID with the Update customer session endpoint.",
        ),
        _t.Parameter(
            "profile",
            "profile",
            "query",
            "bool",
            False,
            description="Set to `true` to include customer profile information in the response.",
        ),
        _t.Parameter(
            "referrals",
            "referrals",
            "query",
            "bool",
            False,
            description="Set to `true` to include referral information in the response.",
        ),
        _t.Parameter(
            "coupons",
            "coupons",
            "query",
            "bool",
            False,
            description="Set to `true` to include coupon information in the response.",
        ),
        _t.Parameter(
            "loyalty",
            "loyalty",
            "query",
            "bool",
            False,
            description="Set to `true` to include loyalty information in the response.",
        ),
        _t.Parameter(
            "giveaways",
            "giveaways",
            "query",
            "bool",
            False,
            description="Set to `true` to include giveaways information in the response.",
        ),
        _t.Parameter(
            "achievements",
            "achievements",
            "query",
            "bool",
            False,
            description="Set to `true` to include achievement information in the response.",
        ),
    ),
    summary="List customer data",
    description="Return the customer inventory regarding entities referencing this customer profile's `integrationId`. Typical entities returned are: customer profile information, referral codes, loyalty points, loyalty cards and reserved coupons. Reserved coupons also include redeemed coupons.",
    deprecated=_DEPRECATED.get("getCustomerInventory"),
)
