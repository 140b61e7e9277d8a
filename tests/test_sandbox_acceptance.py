"""Defects an acceptance test of issue 20 found in the sandbox, each through the public client.

A shop tries today's checkout as it would against Talon.One (sessions, returns, loyalty, cards, audiences,
catalogs); each test here failed before its fix.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from talon_integration import errors
from talon_integration.testing import Sandbox

SHOES = {"sku": "shoe-1", "name": "Red shoe", "quantity": 2, "price": 25.0}
SOCKS = {"sku": "sock-1", "name": "Socks", "quantity": 3, "price": 5.0}  # the cart's total: 65


@pytest.fixture
def sandbox() -> Sandbox:
    sandbox = Sandbox()
    sandbox.add_coupon_campaign("Ten off", coupons=["TEN-OFF"], discount_amount=10)
    return sandbox


def _rolled_back(state: Any) -> float:
    return sum(float(e.props.value) for e in state.effects if e.effect_type == "rollbackDiscount")


def test_returning_everything_piece_by_piece_rolls_back_the_whole_discount(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        cart = {"profile_id": "u1", "coupon_codes": ["TEN-OFF"], "cart_items": [SHOES, SOCKS], "state": "closed"}
        client.update_customer_session_v2("s1", customer_session=cart)
        rolled_back = 0.0
        for position in (1, 1, 1, 0, 0):
            returned = client.return_cart_items(
                "s1", return_={"returned_cart_items": [{"position": position, "quantity": 1}]}
            )
            rolled_back += _rolled_back(returned)
    assert round(rolled_back, 2) == 10.0
    assert sandbox.session("s1")["discounts"] == {"Ten off": 0.0}


def _deleted_after_a_purchase(sandbox: Sandbox, client: Any) -> None:
    cart = {"profile_id": "ada", "cart_items": [SHOES], "state": "closed"}
    client.update_customer_session_v2("s1", customer_session=cart)
    assert client.get_loyalty_balances(1, "ada").balance.active_points == 50
    client.delete_customer_data("ada")


def test_a_profile_made_again_after_its_deletion_starts_without_the_old_points(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        _deleted_after_a_purchase(sandbox, client)
        client.update_customer_profile_v2("ada", attributes={})
        assert client.get_loyalty_balances(1, "ada").balance.active_points == 0
        assert client.get_loyalty_program_profile_points(1, "ada").data == []
        assert client.get_loyalty_program_profile_transactions(1, "ada").data == []


def test_deleting_a_profile_unlinks_it_from_its_loyalty_cards(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        client.generate_loyalty_card(2, card_identifier="CARD-ADA", customer_profile_ids=["ada"])
        _deleted_after_a_purchase(sandbox, client)
        card = client.get_loyalty_card_balances(2, "CARD-ADA")
    assert [p.integration_id for p in card.profiles or []] == []
    assert card.balance.active_points == 50  # the card's points are the card's


def test_cancelling_a_partly_returned_purchase_undoes_it(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        cart = {"profile_id": "ada", "coupon_codes": ["TEN-OFF"], "cart_items": [SHOES, SOCKS], "state": "closed"}
        client.update_customer_session_v2("s1", customer_session=cart)
        client.return_cart_items("s1", return_={"returned_cart_items": [{"position": 1, "quantity": 1}]})
        client.update_customer_session_v2("s1", customer_session={"state": "cancelled"})
        achievements = client.get_customer_achievements("ada")
    profile = sandbox.profile("ada")
    assert profile is not None
    assert (profile["closedSessions"], profile["totalSales"]) == (0, 0.0)
    assert (sandbox.coupon("TEN-OFF") or {})["usageCounter"] == 0
    progress = achievements.data[0].current_progress
    assert progress is not None and progress.progress == 0


def test_cancelling_through_v1_a_purchase_closed_through_v2_rolls_back_its_points(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        cart = {"profile_id": "ada", "cart_items": [SHOES], "state": "closed"}
        client.update_customer_session_v2("s1", customer_session=cart)
        assert client.get_loyalty_balances(1, "ada").balance.active_points == 50
        cancelled = client.update_customer_session("s1", state="cancelled")
        assert client.get_loyalty_balances(1, "ada").balance.active_points == 0
        transactions = client.get_loyalty_program_profile_transactions(1, "ada").data
    names = [effect.effect_type for effect in cancelled.effects]
    assert "rollbackAddedLoyaltyPoints" in names
    assert [(t.type, t.amount) for t in transactions] == [("subtraction", 50.0), ("addition", 50.0)]


def test_a_now_late_in_9999_with_a_pending_period_is_answered(sandbox: Sandbox) -> None:
    program = sandbox.add_loyalty_program("Slow", pending_days=2, expiry_days=30)
    with sandbox.client() as client:
        cart = {"profile_id": "ada", "cart_items": [SHOES], "state": "closed"}
        state = client.update_customer_session_v2("s1", customer_session=cart, now="9999-12-31T00:00:00Z")
        points = client.get_loyalty_program_profile_points(program, "ada", status="pending")
    added = [e.props for e in state.effects if e.effect_type == "addLoyaltyPoints" and e.props.program_id == program]
    assert added and added[0].start_date is not None and added[0].start_date.year == 9999
    assert [p.amount for p in points.data or []] == [50]


def test_a_query_date_time_beyond_utcs_range_is_a_400_naming_it(sandbox: Sandbox) -> None:
    body = {"customerSession": {"profileId": "ada", "cartItems": [SHOES]}}
    headers = {"Authorization": "ApiKey-v1 sandbox-key"}
    with sandbox.serve() as server, httpx.Client(base_url=server.url, headers=headers, timeout=10) as http:
        answer = http.put("/v2/customer_sessions/s1", params={"now": "9999-12-31T23:59:59-01:00"}, json=body)
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["source"] == {"parameter": "now"}
    assert sandbox.session("s1") is None


def test_an_update_of_a_partly_returned_session_keeps_what_its_returns_rolled_back(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        cart = {"profile_id": "ada", "coupon_codes": ["TEN-OFF"], "cart_items": [SHOES], "state": "closed"}
        client.update_customer_session_v2("s1", customer_session=cart)
        one = {"returned_cart_items": [{"position": 0, "quantity": 1}]}
        rolled_back = _rolled_back(client.return_cart_items("s1", return_=one))
        client.update_customer_session_v2("s1", customer_session={})  # e.g. a retried or repeated read-through
        rolled_back += _rolled_back(client.return_cart_items("s1", return_=one))
    assert round(rolled_back, 2) == 10.0


def test_a_cart_whose_total_overflows_is_a_400_that_changes_nothing(sandbox: Sandbox) -> None:
    huge = {"sku": "gold", "name": "Gold", "quantity": 10**15, "price": 1e300}
    with sandbox.client() as client, pytest.raises(errors.BadRequestError) as refused:
        client.update_customer_session_v2(
            "s1", customer_session={"profile_id": "ada", "cart_items": [huge, huge], "state": "closed"}
        )
    assert refused.value.errors[0].pointer == "/customerSession/cartItems"
    assert (sandbox.session("s1"), sandbox.profile("ada")) == (None, None)


def test_a_number_beyond_a_doubles_range_is_refused_not_answered_as_infinity(sandbox: Sandbox) -> None:
    headers = {"Authorization": "ApiKey-v1 sandbox-key", "Content-Type": "application/json"}
    body = b'{"attributes": {"points": 1e400}, "responseContent": ["customerProfile"]}'
    with sandbox.serve() as server, httpx.Client(base_url=server.url, headers=headers, timeout=10) as http:
        answer = http.put("/v2/customer_profiles/ada", content=body)
    assert answer.status_code == 400
    assert "Infinity" not in answer.text
    assert sandbox.profile("ada") is None


def test_a_return_of_nothing_is_refused_and_changes_nothing(sandbox: Sandbox) -> None:
    with sandbox.client(max_retries=0) as client:
        client.update_customer_session_v2(
            "s1", customer_session={"profile_id": "ada", "cart_items": [SHOES], "state": "closed"}
        )
        with pytest.raises(errors.BadRequestError) as caught:
            client.return_cart_items("s1", return_={"returned_cart_items": []})
        assert caught.value.errors[0].pointer == "/return/returnedCartItems"
        assert client.reopen_customer_session("s1") is not None  # still closed: it can be reopened
    session = sandbox.session("s1")
    assert session is not None and session["state"] == "open"
