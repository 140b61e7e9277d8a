"""The nine operations: method, path, idempotency and result of each, and how arguments become a request.

Builders here are pure: they check the arguments (``_inputs``) and return a ``Call`` (operation,
encoded path, body bytes). Sync and async clients both send these; nothing here does I/O.
A test checks every entry against the generated package and ``openapi.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Generic, TypedDict, TypeVar

import attrs

from . import _inputs as check
from .models import CartItem, Coupon, IntegrationState, Referral, ReservedCoupons, ReservedCustomers

T = TypeVar("T")

DateLike = Any  # datetime.datetime or an ISO 8601 string
CartItemLike = CartItem | Mapping[str, Any]


class SessionFields(TypedDict, total=False):
    """The keywords of ``update_customer_session`` other than ``state`` (for close/cancel)."""

    profile_id: str | None
    coupon: str | None
    referral: str | None
    cart_items: Sequence[CartItemLike] | None
    identifiers: Sequence[str] | None
    total: float | Decimal | None
    attributes: Mapping[str, Any] | None


@attrs.frozen
class Operation(Generic[T]):
    """One API operation: ``path`` is a template with ``{}`` for the one path parameter."""

    operation_id: str
    method: str
    path: str
    path_template: str  # as in openapi.yaml, for logs
    idempotent: bool
    parse: Callable[[dict[str, Any]], T] | None  # None: no body expected (204)
    signed_empty_body: bool = False  # send `{}` when the body is signed (Content-Signature auth)


@attrs.frozen
class Call(Generic[T]):
    """A checked, encoded request ready to send."""

    operation: Operation[T]
    path: str
    content: bytes | None


UPDATE_CUSTOMER_PROFILE = Operation(
    "updateCustomerProfile", "PUT", "/v1/customer_profiles/{}", "/v1/customer_profiles/{integrationId}",
    True, IntegrationState.from_dict,
)  # fmt: skip
UPDATE_CUSTOMER_SESSION = Operation(
    "updateCustomerSession", "PUT", "/v1/customer_sessions/{}", "/v1/customer_sessions/{customerSessionId}",
    True, IntegrationState.from_dict,
)  # fmt: skip
TRACK_EVENT = Operation("trackEvent", "POST", "/v1/events", "/v1/events", False, IntegrationState.from_dict)
CREATE_REFERRAL = Operation("createReferral", "POST", "/v1/referrals", "/v1/referrals", False, Referral.from_dict)
DELETE_CUSTOMER_DATA: Operation[None] = Operation(
    "deleteCustomerData", "DELETE", "/v1/customer_data/{}", "/v1/customer_data/{integrationId}", True, None,
    signed_empty_body=True,
)  # fmt: skip
CREATE_COUPON_RESERVATION = Operation(
    "createCouponReservation", "POST", "/v1/coupon_reservations/{}", "/v1/coupon_reservations/{couponValue}",
    True, Coupon.from_dict,
)  # fmt: skip
DELETE_COUPON_RESERVATION: Operation[None] = Operation(
    "deleteCouponReservation", "DELETE", "/v1/coupon_reservations/{}", "/v1/coupon_reservations/{couponValue}",
    True, None,
)  # fmt: skip
GET_RESERVED_CUSTOMERS = Operation(
    "getReservedCustomers", "GET", "/v1/coupon_reservations/customerprofiles/{}",
    "/v1/coupon_reservations/customerprofiles/{couponValue}", True, ReservedCustomers.from_dict,
)  # fmt: skip
GET_RESERVED_COUPONS = Operation(
    "getReservedCoupons", "GET", "/v1/coupon_reservations/coupons/{}",
    "/v1/coupon_reservations/coupons/{integrationId}", True, ReservedCoupons.from_dict,
)  # fmt: skip

OPERATIONS: tuple[Operation[Any], ...] = (
    UPDATE_CUSTOMER_PROFILE,
    UPDATE_CUSTOMER_SESSION,
    TRACK_EVENT,
    CREATE_REFERRAL,
    DELETE_CUSTOMER_DATA,
    CREATE_COUPON_RESERVATION,
    DELETE_COUPON_RESERVATION,
    GET_RESERVED_CUSTOMERS,
    GET_RESERVED_COUPONS,
)


def update_customer_profile(integration_id: str, *, attributes: Mapping[str, Any] | None) -> Call[IntegrationState]:
    path = UPDATE_CUSTOMER_PROFILE.path.format(check.path_segment("integration_id", integration_id))
    payload: dict[str, Any] = {}
    if attributes is not None:
        payload["attributes"] = check.attributes("attributes", attributes)
    return Call(UPDATE_CUSTOMER_PROFILE, path, check.encode(payload))


def update_customer_session(
    customer_session_id: str,
    *,
    profile_id: str | None,
    coupon: str | None,
    referral: str | None,
    state: str | None,
    cart_items: Sequence[CartItemLike] | None,
    identifiers: Sequence[str] | None,
    total: float | Decimal | None,
    attributes: Mapping[str, Any] | None,
) -> Call[IntegrationState]:
    path = UPDATE_CUSTOMER_SESSION.path.format(check.path_segment("customer_session_id", customer_session_id))
    payload: dict[str, Any] = {}
    if profile_id is not None:
        payload["profileId"] = check.text("profile_id", profile_id)
    if coupon is not None:
        payload["coupon"] = check.text("coupon", coupon)
    if referral is not None:
        payload["referral"] = check.text("referral", referral)
    if state is not None:
        payload["state"] = check.session_state(state)
    if cart_items is not None:
        payload["cartItems"] = check.cart_items(cart_items)
    if identifiers is not None:
        payload["identifiers"] = check.string_list("identifiers", identifiers)
    if total is not None:
        payload["total"] = check.number("total", total)
    if attributes is not None:
        payload["attributes"] = check.attributes("attributes", attributes)
    return Call(UPDATE_CUSTOMER_SESSION, path, check.encode(payload))


def track_event(
    *, session_id: str, type: str, attributes: Mapping[str, Any] | None, profile_id: str | None
) -> Call[IntegrationState]:
    payload: dict[str, Any] = {
        "sessionId": check.text("session_id", session_id, allow_empty=False),
        "type": check.text("type", type, allow_empty=False),
        # The service requires the attributes object; an event without attributes sends {}.
        "attributes": check.attributes("attributes", attributes) if attributes is not None else {},
    }
    if profile_id is not None:
        payload["profileId"] = check.text("profile_id", profile_id)
    return Call(TRACK_EVENT, TRACK_EVENT.path, check.encode(payload))


def create_referral(
    *,
    campaign_id: int,
    advocate_profile_integration_id: str,
    friend_profile_integration_id: str | None,
    start_date: DateLike | None,
    expiry_date: DateLike | None,
) -> Call[Referral]:
    payload: dict[str, Any] = {
        "campaignId": check.integer("campaign_id", campaign_id, minimum=1),
        "advocateProfileIntegrationId": check.text(
            "advocate_profile_integration_id", advocate_profile_integration_id, allow_empty=False
        ),
    }
    if friend_profile_integration_id is not None:
        payload["friendProfileIntegrationId"] = check.text(
            "friend_profile_integration_id", friend_profile_integration_id, allow_empty=False
        )
    if start_date is not None:
        payload["startDate"] = check.timestamp("start_date", start_date)
    if expiry_date is not None:
        payload["expiryDate"] = check.timestamp("expiry_date", expiry_date)
    return Call(CREATE_REFERRAL, CREATE_REFERRAL.path, check.encode(payload))


def delete_customer_data(integration_id: str) -> Call[None]:
    path = DELETE_CUSTOMER_DATA.path.format(check.path_segment("integration_id", integration_id))
    # No body: with Content-Signature auth the client sends and signs `{}` instead (signed_empty_body).
    return Call(DELETE_CUSTOMER_DATA, path, None)


def _reservation(op: Operation[T], coupon_value: str, integration_ids: Sequence[str]) -> Call[T]:
    path = op.path.format(check.path_segment("coupon_value", coupon_value))
    ids = check.string_list(
        "integration_ids", integration_ids, allow_empty_list=False, maximum=check.MAX_INTEGRATION_IDS
    )
    return Call(op, path, check.encode({"integrationIDs": ids}))


def create_coupon_reservation(coupon_value: str, *, integration_ids: Sequence[str]) -> Call[Coupon]:
    return _reservation(CREATE_COUPON_RESERVATION, coupon_value, integration_ids)


def delete_coupon_reservation(coupon_value: str, *, integration_ids: Sequence[str]) -> Call[None]:
    return _reservation(DELETE_COUPON_RESERVATION, coupon_value, integration_ids)


def get_reserved_customers(coupon_value: str) -> Call[ReservedCustomers]:
    path = GET_RESERVED_CUSTOMERS.path.format(check.path_segment("coupon_value", coupon_value))
    return Call(GET_RESERVED_CUSTOMERS, path, None)


def get_reserved_coupons(integration_id: str) -> Call[ReservedCoupons]:
    path = GET_RESERVED_COUPONS.path.format(check.path_segment("integration_id", integration_id))
    return Call(GET_RESERVED_COUPONS, path, None)
