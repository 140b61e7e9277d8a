"""``talon-integration demo``: a scripted v2 checkout through the real client against a local sandbox.

The sandbox is served over HTTP on a free loopback port and the steps go through ``IntegrationClient``
exactly as a shop's checkout would today, with the v2 operations only (so no ``DeprecationWarning``): update
the customer profile, open a session with a cart and a coupon (accepted, discounted), close it (loyalty
points added in the seeded program 1, read back with ``get_loyalty_balances``), return an item (the discount
and the points of its share rolled back) and read the balance again. Each step prints its call, the key facts
and the typed effects (``talon_integration.effects``). Every step checks what it expects; a surprise ends the
demo with exit code 1.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, TypeVar

from ._client import IntegrationClient
from ._display import customer_summary, effects_table_v2, money, pairs, printable
from .effects import (
    AcceptCouponV2,
    AddLoyaltyPointsV2,
    EffectV2,
    RollbackAddedLoyaltyPointsV2,
    RollbackDiscountV2,
    SetDiscountV2,
)
from .errors import TalonError
from .models import CartItemDict, IntegrationStateV2

__all__ = ["run_demo"]

API_KEY = "sandbox-key"
CUSTOMER = "ada"
SESSION = "ada-checkout-1"
PROGRAM = 1  # the sandbox's seeded profile-based loyalty program: 1 point per currency unit paid, on close
CART: tuple[CartItemDict, ...] = (
    {"sku": "shoe-42", "name": "Trail shoe", "quantity": 2, "price": 59.90, "category": "shoes"},
    {"sku": "socks-7", "name": "Wool socks", "quantity": 1, "price": 9.90, "category": "socks"},
)
SESSION_CONTENT: tuple[Any, ...] = ("customerSession",)  # responseContent: the session too, to show its state
RETURNED = 1  # the position of the cart item the customer sends back (the socks)
INDENT = "   "

_E = TypeVar("_E", bound=EffectV2)


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
        print("Talon.One Integration API demo: a v2 checkout through IntegrationClient")
        print(f"sandbox   {server.url}, API key auth, seeded with:")
        print(f"{INDENT}coupon campaign {seed.coupon_campaign_id} (10% off): coupons {', '.join(seed.coupons)}")
        print(f"{INDENT}loyalty program {PROGRAM} (Points): 1 point per currency unit paid, added on close")
        with IntegrationClient(server.url, api_key=API_KEY, timeout=5.0, max_retries=0) as client:
            _checkout(client, seed.coupons[0])
    except (TalonError, DemoFailure) as exc:
        print(f"\ndemo failed: {exc}", file=sys.stderr)
        return 1
    finally:
        server.shutdown()
    print("\ndone: all steps behaved as expected; the sandbox is shut down.")
    return 0


def _checkout(client: IntegrationClient, coupon_code: str) -> None:
    _step(1, "Update the customer profile", f"PUT /v2/customer_profiles/{CUSTOMER}")
    profile = client.update_customer_profile_v2(
        CUSTOMER, attributes={"Name": "Ada Lovelace", "Newsletter": True}, response_content=["customerProfile"]
    )
    if profile.customer_profile is None:
        raise DemoFailure("the profile update answered without customerProfile")
    _print(pairs([("customer", customer_summary(profile.customer_profile))]))

    total = round(sum(float(item["price"]) * item["quantity"] for item in CART), 2)
    _step(2, f"Open a session with a cart and coupon {coupon_code}", f"PUT /v2/customer_sessions/{SESSION}")
    cart = [printable(f"{i['quantity']} x {i['name']} ({i['sku']}) at {money(float(i['price']))}") for i in CART]
    _print(pairs([("cart", "\n".join(cart)), ("total", money(total))]))
    state = client.update_customer_session_v2(
        SESSION,
        customer_session={"profile_id": CUSTOMER, "coupon_codes": [coupon_code], "cart_items": CART},
        response_content=SESSION_CONTENT,
    )
    _show(state)
    accepted = _expect(state, AcceptCouponV2, f"acceptCoupon for {coupon_code}")
    discount = _expect(state, SetDiscountV2, "a setDiscount for the valid coupon")
    _result(
        f"coupon {accepted.props.value} accepted: {discount.props.name} takes {money(discount.props.value)} "
        f"off {money(total)}, {money(total - discount.props.value)} to pay"
    )

    _step(3, "Pay: close the session", f"PUT /v2/customer_sessions/{SESSION} with state closed")
    state = client.update_customer_session_v2(
        SESSION, customer_session={"state": "closed"}, response_content=SESSION_CONTENT
    )
    _show(state)
    added = _expect(state, AddLoyaltyPointsV2, f"addLoyaltyPoints in program {PROGRAM}")
    earned = added.props.value
    balance = _balance(client, f"after earning {earned:g} points")
    if balance != earned:
        raise DemoFailure(f"the balance is {balance:g} active points, not the {earned:g} just earned")
    _result(f"{earned:g} points earned ({money(total - discount.props.value)} paid); balance {balance:g} active points")

    item = CART[RETURNED]
    _step(4, f"Return the {item['name']}", f"POST /v2/customer_sessions/{SESSION}/returns")
    state = client.return_cart_items(
        SESSION, return_={"returned_cart_items": [{"position": RETURNED}]}, response_content=SESSION_CONTENT
    )
    _show(state)
    _expect(state, RollbackDiscountV2, "a rollbackDiscount for the returned item's share")
    rolled = _expect(state, RollbackAddedLoyaltyPointsV2, "rollbackAddedLoyaltyPoints for the returned item")
    back = rolled.props.value
    after = _balance(client, f"after rolling back {back:g} points")
    if after != balance - back:
        raise DemoFailure(f"the balance is {after:g} active points, not {balance:g} - {back:g}")
    _result(f"{back:g} points rolled back for the {item['name']}; balance {balance:g} -> {after:g} active points")


def _balance(client: IntegrationClient, when: str) -> float:
    """The customer's active points in the program, printed with the call that read them."""
    found = client.get_loyalty_balances(PROGRAM, CUSTOMER).balance
    if found is None or found.active_points is None:
        raise DemoFailure("the loyalty balance came without activePoints")
    print(f"{INDENT}GET /v1/loyalty_programs/{PROGRAM}/profile/{CUSTOMER}/balances")
    _print(pairs([("balance", f"{found.active_points:g} active, {found.pending_points or 0:g} pending ({when})")]))
    return found.active_points


def _step(number: int, title: str, call: str) -> None:
    print(f"\n{number}. {title}\n{INDENT}{call}")


def _print(lines: Sequence[str]) -> None:
    print("\n".join(f"{INDENT}{line}" for line in lines))


def _result(text: str) -> None:
    print(f"{INDENT}=> {printable(text)}")


def _show(state: IntegrationStateV2) -> None:
    """The session's state and the effects, one row each: campaign, effect type, props (as ``--format table``)."""
    session = state.customer_session
    facts = [("session", printable(f"{session.integration_id} ({session.state})"))] if session is not None else []
    _print([*pairs(facts), *effects_table_v2(state.effects)])


def _expect(state: IntegrationStateV2, kind: type[_E], what: str) -> _E:
    for effect in state.effects:
        if isinstance(effect, kind):
            return effect
    names = ", ".join(e.effect_type for e in state.effects) or "none"
    raise DemoFailure(f"expected {what}, got effects: {names}")
