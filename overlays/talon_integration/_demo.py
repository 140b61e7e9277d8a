"""``talon-integration demo``: a scripted checkout through the real client against a local sandbox.

The sandbox is served over HTTP on a free loopback port and the steps go through ``IntegrationClient``
exactly as a shop's checkout would: profile, a cart with a valid coupon (accepted, discounted), an
unknown coupon (rejected, with its reason), a coupon reservation, a custom event, a referral used by a
friend, closing the purchase, and deleting the customer's data. Each step prints its call, the key
facts and the effects. Every step checks what it expects; a surprise ends the demo with exit code 1.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from typing import Any

import attrs

from ._client import IntegrationClient
from ._display import compact, customer_summary, effects_table, money, pairs, printable, state_facts
from .effects import AcceptCoupon, AcceptReferral, RejectCoupon, SetDiscount
from .errors import NotFoundError, TalonError
from .models import CartItemDict, IntegrationState

__all__ = ["run_demo"]

API_KEY = "sandbox-key"
CUSTOMER, FRIEND = "ada", "grace"
SESSION, FRIEND_SESSION = "ada-checkout-1", "grace-checkout-1"
UNKNOWN_COUPON = "NOPE-2026"
CART: tuple[CartItemDict, ...] = (
    {"sku": "shoe-42", "name": "Trail shoe", "quantity": 2, "price": 59.90, "category": "shoes"},
    {"sku": "socks-7", "name": "Wool socks", "quantity": 1, "price": 9.90, "category": "socks"},
)
INDENT = "   "


class DemoFailure(Exception):
    """A step did not get the answer the script expects."""


def run_demo() -> int:
    """Serve a seeded sandbox on a free loopback port, run the checkout over HTTP, shut down; 0 or 1."""
    from .testing import Sandbox

    sandbox = Sandbox(api_key=API_KEY)
    seed = sandbox.seed_demo()
    try:
        server = sandbox.serve("127.0.0.1", 0)
    except OSError as exc:
        print(f"demo failed: cannot start the sandbox: {exc}", file=sys.stderr)
        return 1
    try:
        print("Talon.One Integration API demo: a scripted checkout through IntegrationClient")
        print(f"sandbox   {server.url}, API key auth, seeded with:")
        print(f"{INDENT}coupon campaign {seed.coupon_campaign_id}: coupons {', '.join(seed.coupons)}")
        print(f"{INDENT}referral campaign {seed.referral_campaign_id}")
        with (
            IntegrationClient(server.url, api_key=API_KEY, timeout=5.0, max_retries=0) as client,
            warnings.catch_warnings(),
        ):
            # The script still shows the v1 operations, which the service deprecated (their DeprecationWarning
            # would be noise here, or a traceback under -W error); its move to the v2 ones is under way.
            warnings.simplefilter("ignore", DeprecationWarning)
            _checkout(client, _Seed(seed.coupons[0], seed.coupons[-1], seed.referral_campaign_id))
    except (TalonError, DemoFailure) as exc:
        print(f"\ndemo failed: {exc}", file=sys.stderr)
        return 1
    finally:
        server.shutdown()
    print("\ndone: all steps behaved as expected; the sandbox is shut down.")
    return 0


@attrs.frozen
class _Seed:
    coupon: str  # used at checkout
    spare_coupon: str  # reserved for the customer
    referral_campaign: int


def _checkout(client: IntegrationClient, seed: _Seed) -> None:
    coupon_code, spare = seed.coupon, seed.spare_coupon
    _step(1, "Create the customer profile", f"PUT /v1/customer_profiles/{CUSTOMER}")
    state = client.update_customer_profile(CUSTOMER, attributes={"Name": "Ada Lovelace", "Newsletter": True})
    _show([("customer", customer_summary(state.profile))], state)
    sales_before, closed_before = state.profile.total_sales, state.profile.closed_sessions

    total = round(sum(float(item["price"]) * item["quantity"] for item in CART), 2)
    _step(2, f"Open a session with a cart and coupon {coupon_code}", f"PUT /v1/customer_sessions/{SESSION}")
    state = client.update_customer_session(
        SESSION, profile_id=CUSTOMER, coupon=coupon_code, cart_items=CART, total=total
    )
    _show_state(state)
    discount = _expect_one(state, SetDiscount, "a setDiscount for the valid coupon")
    _expect_one(state, AcceptCoupon, f"acceptCoupon for {coupon_code}")
    _result(f"coupon {coupon_code} accepted: {discount.name} takes {money(discount.value)} off {money(total)}")

    _step(3, f"Try an unknown coupon {UNKNOWN_COUPON}", f"PUT /v1/customer_sessions/{SESSION}")
    state = client.update_customer_session(
        SESSION, profile_id=CUSTOMER, coupon=UNKNOWN_COUPON, cart_items=CART, total=total
    )
    _show_state(state)
    _expect_one(state, RejectCoupon, f"rejectCoupon for {UNKNOWN_COUPON}")
    reason = state.coupon_rejection_reason
    if reason is None:
        raise DemoFailure("the rejected coupon came without event.meta.couponRejectionReason")
    _result(f"coupon {UNKNOWN_COUPON} rejected: {reason.reason} (campaign {reason.campaign_id})")

    _step(4, f"Reserve coupon {spare} for {CUSTOMER} and list it", f"POST /v1/coupon_reservations/{spare}")
    coupon = client.create_coupon_reservation(spare, integration_ids=[CUSTOMER])
    _print(pairs([("reserved", f"{coupon.value} (campaign {coupon.campaign_id})")]))
    customers = client.get_reserved_customers(spare)
    coupons = client.get_reserved_coupons(CUSTOMER)
    _print(pairs([
        (f"GET .../customerprofiles/{spare}", ", ".join(p.integration_id for p in customers) or "none"),
        (f"GET .../coupons/{CUSTOMER}", ", ".join(c.value for c in coupons) or "none"),
    ]))  # fmt: skip
    if CUSTOMER not in [p.integration_id for p in customers] or spare not in [c.value for c in coupons]:
        raise DemoFailure(f"the reservation of {spare} for {CUSTOMER} is not listed")
    _result(f"{spare} is reserved for {CUSTOMER}")

    _step(5, "Track a custom event", "POST /v1/events")
    state = client.track_event(
        session_id=SESSION, profile_id=CUSTOMER, type="viewed_promotions", attributes={"page": "checkout"}
    )
    event = state.event
    _show([("event", f"{event.type} on session {event.session_id}, attributes {compact(event.attributes)}")], state)

    _step(6, f"{CUSTOMER} refers a friend, {FRIEND}, who uses the code", "POST /v1/referrals")
    referral = client.create_referral(
        campaign_id=seed.referral_campaign,
        advocate_profile_integration_id=CUSTOMER,
        friend_profile_integration_id=FRIEND,
    )
    _print(pairs([("referral code", f"{referral.code} (campaign {referral.campaign_id}, friend {FRIEND})")]))
    friend_cart: list[CartItemDict] = [{**CART[0], "quantity": 1}]
    state = client.update_customer_session(
        FRIEND_SESSION, profile_id=FRIEND, referral=referral.code, cart_items=friend_cart, total=float(CART[0]["price"])
    )
    print(f"{INDENT}PUT /v1/customer_sessions/{FRIEND_SESSION} with referral {referral.code}")
    _show_state(state)
    _expect_one(state, AcceptReferral, f"acceptReferral for {referral.code}")
    _result(f"referral {referral.code} accepted for {FRIEND}")

    _step(7, f"Pay with coupon {coupon_code}: close the session", f"PUT /v1/customer_sessions/{SESSION} state=closed")
    state = client.close_customer_session(
        SESSION, profile_id=CUSTOMER, coupon=coupon_code, cart_items=CART, total=total
    )
    _show_state(state)
    profile = state.profile
    if state.session.state != "closed" or profile.closed_sessions != closed_before + 1:
        raise DemoFailure(f"closing did not count a closed session (closedSessions {profile.closed_sessions})")
    _result(
        f"closedSessions {closed_before} -> {profile.closed_sessions}, "
        f"totalSales {money(sales_before)} -> {money(profile.total_sales)}"
    )

    _step(8, f"Delete {CUSTOMER}'s personal data", f"DELETE /v1/customer_data/{CUSTOMER}")
    client.delete_customer_data(CUSTOMER)
    try:
        client.get_reserved_coupons(CUSTOMER)
    except NotFoundError as exc:
        _print(pairs([(f"GET .../coupons/{CUSTOMER}", f"{exc.status_code} {exc.message}")]))
    else:
        raise DemoFailure(f"the profile {CUSTOMER} can still be read after deleting its data")
    _result(f"204: {CUSTOMER}'s profile is gone, her sessions' attributes are wiped")


def _step(number: int, title: str, call: str) -> None:
    print(f"\n{number}. {title}\n{INDENT}{call}")


def _print(lines: Sequence[str]) -> None:
    print("\n".join(f"{INDENT}{line}" for line in lines))


def _result(text: str) -> None:
    print(f"{INDENT}=> {printable(text)}")


def _show(facts: Sequence[tuple[str, str]], state: IntegrationState) -> None:
    _print([*pairs(facts), *effects_table(state.effects)])


def _show_state(state: IntegrationState) -> None:
    _show([f for f in state_facts(state) if f[0] not in ("event", "attributes")], state)


def _expect_one(state: IntegrationState, kind: type[Any], what: str) -> Any:
    for effect in state.effects:
        if isinstance(effect, kind):
            return effect
    names = ", ".join(e.effect_type for e in state.effects) or "none"
    raise DemoFailure(f"expected {what}, got effects: {names}")
