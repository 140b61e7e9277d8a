"""Canned, deterministic request inputs and response bodies for the benchmark (standard library only).

Imported by the server, by every client worker (including the official SDK's, in its own venv) and by
``run.py``, which validates every response body against ``openapi.yaml`` once per run. Sizes follow the
issue: a ~5.5 KB IntegrationState with 20 cart items, a ~70 KB one with 200 cart items and 50 effects, an
IntegrationStateV2 with the same 20 cart items (the spec's example for updateCustomerSessionV2, scaled),
1- and 1000-profile ReservedCustomers lists (~400 KB), a Coupon and a Referral (201), 204 answers.

Besides the fields of ``openapi.yaml`` the bodies carry a few fields the live service also sends
(``session.updated``, ``profile.id``, the loyalty program's ``id`` and all its balances): the official SDK
refuses a session without ``updated``, a profile without ``id`` or a balance without ``pendingBalance``,
and our client must keep such unknown fields in ``additional_properties`` anyway.
"""

from __future__ import annotations

import json
from typing import Any

# Path IDs the server routes on (and the clients call).
SMALL_SESSION = "sess-small"
LARGE_SESSION = "sess-large"
V2_SESSION = "sess-v2"
ONE_PROFILE_COUPON = "ONE-PROFILE"
MANY_PROFILES_COUPON = "MANY-PROFILES"
PROFILE_ID = "user-42"
COUPON_VALUE = "XMAS-2026"
RESERVATION_IDS = ["user-42", "user-77"]
API_KEY = "bench-api-key-0123456789abcdef"

_CATEGORIES = ("shoes", "shirts", "bags", "socks", "hats")
_COLORS = ("red", "blue", "green", "black", "white")


def dumps(data: Any) -> bytes:
    """Compact UTF-8 JSON, as the service sends it."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def request_cart_item(i: int) -> dict[str, Any]:
    """One cart line as a shop sends it (JSON field names)."""
    return {
        "sku": f"SKU-{i:06d}",
        "name": f"Product {i}",
        "quantity": 1 + i % 3,
        "price": round(9.99 + i * 1.25, 2),
        "category": _CATEGORIES[i % len(_CATEGORIES)],
        "attributes": {
            "color": _COLORS[i % len(_COLORS)],
            "size": str(36 + i % 10),
            "brand": f"Brand {i % 13}",
            "material": "cotton" if i % 2 else "leather",
        },
    }


def request_cart(n: int = 20) -> list[dict[str, Any]]:
    return [request_cart_item(i) for i in range(n)]


def _response_cart_item(i: int, rich: bool) -> dict[str, Any]:
    item = request_cart_item(i)
    item["weight"] = round(0.25 + (i % 7) * 0.1, 2)
    item["position"] = i
    if rich:
        item["height"] = 10 + i % 5
        item["width"] = 20 + i % 4
        item["length"] = 30 + i % 3
        item["attributes"].update(
            {
                "collection": "winter-2026",
                "season": "AW26",
                "description": f"Line {i}: a product with a short marketing text",
            }
        )
    return item


def _effect(i: int, coupon: str) -> list[Any]:
    campaign, ruleset = 59 + i % 5, 124 + i % 5
    kind = i % 5
    if i == 0:
        body: list[Any] = ["acceptCoupon", coupon]
    elif kind == 1:
        body = ["setDiscount", f"{5 + i}% off", round(1.5 + i * 0.25, 2)]
    elif kind == 2:
        body = ["setDiscountPerItem", f"Item discount {i}", round(0.5 + i * 0.1, 2), i, 0]
    elif kind == 3:
        body = ["addLoyaltyPoints", "Points for buying", 7, 5 + i, f"sub-{i}"]
    elif kind == 4:
        body = ["setDiscount", f"Shipping {i}", 4.99]
    else:
        body = ["triggerWebhook", 3, f"webhook-{i}"]
    return [campaign, ruleset, i % 3, body]


def _profile(i: int) -> dict[str, Any]:
    return {
        "id": 100000 + i,
        "integrationId": f"user-{i:06d}",
        "created": "2026-11-20T09:30:00Z",
        "attributes": {
            "Name": f"Customer {i}",
            "Email": f"customer{i}@example.com",
            "ShippingCountry": "DE",
            "Phone": "+49 30 1234567",
            "BirthDate": "1990-01-01T00:00:00Z",
        },
        "accountId": 3,
        "closedSessions": i % 17,
        "totalSales": round(129.8 + i * 3.5, 2),
        "loyaltyMemberships": [{"joined": "2026-01-20T09:30:00.123Z", "loyaltyProgramId": 7}],
        "lastActivity": "2026-11-25T10:00:00Z",
    }


def _balance(current: float) -> dict[str, Any]:
    # The live service sends every balance; the SDK requires all but the negative ones.
    return {
        "currentBalance": current,
        "pendingBalance": 0,
        "expiredBalance": 0,
        "spentBalance": 20,
        "tentativeCurrentBalance": current,
    }


def integration_state(n_items: int, n_effects: int, *, rich: bool = False, session_id: str = SMALL_SESSION) -> dict:
    """An IntegrationState after a session update: the cart echoed back, effects, a ledger, loyalty."""
    items = [_response_cart_item(i, rich) for i in range(n_items)]
    total = round(sum(it["price"] * it["quantity"] for it in items), 2)
    effects = [_effect(i, COUPON_VALUE) for i in range(n_effects)]
    discounts = {e[3][1]: e[3][2] for e in effects if e[3][0] == "setDiscount"}
    return {
        "session": {
            "integrationId": session_id,
            "created": "2026-11-25T10:00:00Z",
            "updated": "2026-11-25T10:00:05.250Z",
            "applicationId": 12,
            "profileId": PROFILE_ID,
            "coupon": COUPON_VALUE,
            "referral": "",
            "state": "open",
            "cartItems": items,
            "identifiers": ["device-1"],
            "total": total,
            "attributes": {"ShippingMethod": "express", "Channel": "web", "StoreId": "berlin-01"},
            "firstSession": False,
            "discounts": discounts,
        },
        "profile": _profile(42) | {"integrationId": PROFILE_ID},
        "event": {
            "id": 90002,
            "created": "2026-11-25T10:00:05Z",
            "applicationId": 12,
            "profileId": PROFILE_ID,
            "sessionId": session_id,
            "type": "talon_session_updated",
            "attributes": {},
            "effects": effects,
            "ledgerEntries": [
                {
                    "id": 12,
                    "created": "2026-11-25T10:00:05Z",
                    "profileId": PROFILE_ID,
                    "accountId": 3,
                    "loyaltyProgramId": 7,
                    "eventId": 90002,
                    "amount": 5,
                    "reason": "Points for buying",
                    "expiryDate": "2027-11-25T10:00:05Z",
                }
            ],
            "meta": {"campaigns": {"59": {"Channel": "web"}}, "coupons": {COUPON_VALUE: {}}},
        },
        "loyalty": {
            "programs": {
                "7": {
                    "id": 7,
                    "title": "Shoe club",
                    "name": "shoe_club",
                    "ledger": _balance(105),
                    "subLedgers": {"eu": _balance(5)},
                }
            }
        },
    }


def request_session_v2(n_items: int = 20) -> dict[str, Any]:
    """A v2 session update's body (IntegrationRequest): the v1 case's cart and coupon, as today's API takes them."""
    return {
        "customerSession": {"profileId": PROFILE_ID, "couponCodes": [COUPON_VALUE], "cartItems": request_cart(n_items)}
    }


def integration_state_v2(n_items: int, session_id: str = V2_SESSION) -> dict[str, Any]:
    """An IntegrationStateV2: openapi.yaml's example ``couponAccepted`` for updateCustomerSessionV2, its cart scaled
    to ``n_items`` lines (the v1 case's), its two effects (acceptCoupon, setDiscount: objects with ``props``)."""
    items = [_response_cart_item(i, False) for i in range(n_items)]
    subtotal = round(sum(it["price"] * it["quantity"] for it in items), 2)
    discount = round(subtotal * 0.1, 2)
    rule = {"campaignId": 59, "rulesetId": 124, "ruleIndex": 0, "ruleName": "10% off with XMAS-2026",
            "triggeredByCoupon": 501}  # fmt: skip
    return {
        "customerSession": {
            "id": 5001,
            "created": "2026-11-25T10:00:00Z",
            "integrationId": session_id,
            "applicationId": 12,
            "profileId": PROFILE_ID,
            "couponCodes": [COUPON_VALUE],
            "state": "open",
            "cartItems": items,
            "attributes": {"ShippingMethod": "express"},
            "firstSession": False,
            "total": round(subtotal - discount, 2),
            "cartItemTotal": round(subtotal - discount, 2),
            "additionalCostTotal": 0,
            "updated": "2026-11-25T10:00:00Z",
        },
        "effects": [
            {**rule, "effectType": "acceptCoupon", "props": {"value": COUPON_VALUE}},
            {**rule, "effectType": "setDiscount", "props": {"name": "10% off", "value": discount}},
        ],
        "createdCoupons": [],
        "createdReferrals": [],
    }


def reserved_customers(n: int) -> dict[str, Any]:
    return {"totalResultSize": n, "data": [_profile(i) for i in range(n)]}


def coupon() -> dict[str, Any]:
    return {
        "id": 501,
        "created": "2026-11-01T08:00:00Z",
        "campaignId": 59,
        "value": COUPON_VALUE,
        "usageLimit": 100,
        "usageCounter": 3,
        "startDate": "2026-11-01T00:00:00Z",
        "expiryDate": "2026-12-31T23:59:59Z",
        "attributes": {},
        "reservation": True,
        "batchId": "xmas",
    }


def referral() -> dict[str, Any]:
    return {
        "id": 3301,
        "created": "2026-11-25T10:00:00Z",
        "campaignId": 78,
        "advocateProfileIntegrationId": PROFILE_ID,
        "friendProfileIntegrationId": "user-77",
        "startDate": "2026-12-01T00:00:00Z",
        "expiryDate": "2027-01-31T23:59:59Z",
        "code": "REF-7Q2X",
        "usageCounter": 0,
        "usageLimit": 1,
    }


def routes() -> dict[tuple[str, str], tuple[int, Any]]:
    """(method, path) -> (status, JSON body or None): every operation of openapi.yaml has an answer."""
    small = integration_state(20, 4, session_id=SMALL_SESSION)
    large = integration_state(200, 50, rich=True, session_id=LARGE_SESSION)
    profile_state = integration_state(0, 0, session_id="profile-user-42")
    event_state = integration_state(3, 2, session_id=SMALL_SESSION)
    return {
        ("PUT", f"/v1/customer_profiles/{PROFILE_ID}"): (200, profile_state),
        ("PUT", f"/v1/customer_sessions/{SMALL_SESSION}"): (200, small),
        ("PUT", f"/v1/customer_sessions/{LARGE_SESSION}"): (200, large),
        ("PUT", f"/v2/customer_sessions/{V2_SESSION}"): (200, integration_state_v2(20)),
        ("POST", "/v1/events"): (201, event_state),
        ("POST", "/v1/referrals"): (201, referral()),
        ("DELETE", f"/v1/customer_data/{PROFILE_ID}"): (204, None),
        ("POST", f"/v1/coupon_reservations/{COUPON_VALUE}"): (201, coupon()),
        ("DELETE", f"/v1/coupon_reservations/{COUPON_VALUE}"): (204, None),
        ("GET", f"/v1/coupon_reservations/customerprofiles/{ONE_PROFILE_COUPON}"): (200, reserved_customers(1)),
        ("GET", f"/v1/coupon_reservations/customerprofiles/{MANY_PROFILES_COUPON}"): (200, reserved_customers(1000)),
        ("GET", f"/v1/coupon_reservations/coupons/{PROFILE_ID}"): (200, {"totalResultSize": 1, "data": [coupon()]}),
    }


if __name__ == "__main__":
    for (method, path), (status, body) in routes().items():
        size = 0 if body is None else len(dumps(body))
        print(f"{method:6} {path:55} {status} {size / 1024:8.1f} KB")
