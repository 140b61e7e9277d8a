"""Today's checkout against the sandbox, through our client, sync and async (issue 20, first slice).

A v2 session with a coupon answers ``acceptCoupon`` and ``setDiscount`` as v2 effect objects; it is read back,
closed, one item returned (rollback effects, ``partially_returned``), and a closed session reopened (the effects
that undo closing). ``dry=true`` changes nothing; bad returns are refused with a JSON pointer; v1 and v2 calls
see one state. The rules are documented in ``talon_integration/testing/_rules_v2.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from _client_helpers import Api
from _client_helpers import effect_props as props

from talon_integration import errors
from talon_integration.testing import Sandbox

pytestmark = pytest.mark.anyio

SHOES = {"sku": "shoe-1", "name": "Red shoe", "quantity": 2, "price": 20.0}
HAT = {"sku": "hat-1", "name": "Hat", "quantity": 1, "price": 60.0}  # the cart's total: 100
ALL = ["customerSession", "customerProfile", "coupons", "event", "triggeredCampaigns", "referral"]


@pytest.fixture
def sandbox() -> Sandbox:
    sandbox = Sandbox()
    sandbox.add_coupon_campaign("Ten off", coupons=["TEN-OFF"], discount_amount=10)
    return sandbox


def _effects(state: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(effect.effect_type, props(effect)) for effect in state.effects]


async def _closed(api: Api, session_id: str = "s1") -> Any:
    await api.update_customer_session_v2(
        session_id, customer_session={"profile_id": "u1", "coupon_codes": ["TEN-OFF"], "cart_items": [SHOES, HAT]}
    )
    return await api.update_customer_session_v2(session_id, customer_session={"state": "closed"})


async def test_a_v2_session_with_a_coupon_answers_v2_effect_objects(api: Api, sandbox: Sandbox) -> None:
    state = await api.update_customer_session_v2(
        "s1",
        customer_session={"profile_id": "u1", "coupon_codes": ["TEN-OFF"], "cart_items": [SHOES, HAT]},
        response_content=ALL,
    )
    assert _effects(state) == [
        ("acceptCoupon", {"value": "TEN-OFF"}),
        ("setDiscount", {"name": "Ten off", "value": 10.0}),
    ]
    first = state.effects[0]
    assert (first.campaign_id, first.rule_index, first.rule_name) == (1, 0, "Ten off") and first.ruleset_id > 0
    assert state.customer_session.state == "open" and state.customer_session.total == 100.0
    assert state.customer_session.coupon_codes == ["TEN-OFF"] and state.customer_session.id > 0
    assert state.customer_profile.integration_id == "u1"
    assert [c.value for c in state.coupons] == ["TEN-OFF"]
    assert [e.effect_type for e in state.event.effects] == ["acceptCoupon", "setDiscount"]
    assert [c.name for c in state.triggered_campaigns] == ["Ten off"]
    assert state.referral is None and state.created_coupons == [] and state.created_referrals == []


async def test_response_content_selects_what_the_answer_holds(api: Api) -> None:
    state = await api.update_customer_session_v2("s1", customer_session={"profile_id": "u1"})
    assert state.customer_session is None and state.customer_profile is None and state.event is None
    state = await api.update_customer_session_v2("s1", customer_session={}, response_content=["customerProfile"])
    assert state.customer_session is None and state.customer_profile.integration_id == "u1"


async def test_rejections_carry_their_reason_in_the_props(api: Api) -> None:
    state = await api.update_customer_session_v2("s1", customer_session={"coupon_codes": ["NOPE-1", "TEN-OFF"]})
    assert _effects(state)[0] == ("rejectCoupon", {"value": "NOPE-1", "rejectionReason": "CouponNotFound"})
    assert state.effects[0].campaign_id == -1
    extra = state.effects[-1]  # one coupon per session is evaluated: the first
    assert (extra.effect_type, props(extra)["value"], props(extra)["rejectionReason"]) == (
        "rejectCoupon", "TEN-OFF", "CouponRejectedByCondition"
    )  # fmt: skip


async def test_get_reads_the_session_and_its_last_effects(api: Api) -> None:
    await api.update_customer_session_v2("s1", customer_session={"coupon_codes": ["TEN-OFF"], "cart_items": [HAT]})
    got = await api.get_customer_session("s1")
    assert got.customer_session.integration_id == "s1" and got.customer_session.state == "open"
    assert [e.effect_type for e in got.effects] == ["acceptCoupon", "setDiscount"]
    with pytest.raises(errors.NotFoundError) as caught:
        await api.get_customer_session("nope")
    assert caught.value.errors[0].parameter == "customerSessionId"


async def test_v1_and_v2_see_one_state(api: Api, sandbox: Sandbox) -> None:
    await api.update_customer_session("s1", profile_id="u1", coupon="TEN-OFF", total=50)
    got = await api.get_customer_session("s1")
    assert got.customer_session.profile_id == "u1" and got.customer_session.coupon_codes == ["TEN-OFF"]
    await api.update_customer_session_v2("s1", customer_session={"state": "closed"})
    assert sandbox.session("s1")["state"] == "closed"  # type: ignore[index]
    assert sandbox.coupon("TEN-OFF")["usageCounter"] == 1  # type: ignore[index]
    await api.update_customer_profile_v2("u1", attributes={"Name": "Ada"})
    state = await api.update_customer_profile("u1", attributes={"Age": 36})
    assert state.profile.attributes == {"Name": "Ada", "Age": 36}


async def test_close_return_one_item_rolls_back_its_discount_share(api: Api, sandbox: Sandbox) -> None:
    await _closed(api)
    assert sandbox.profile("u1")["totalSales"] == 100.0  # type: ignore[index]
    state = await api.return_cart_items(
        "s1", return_={"returned_cart_items": [{"position": 0, "quantity": 1}]}, response_content=["customerSession"]
    )
    points, discount = _effects(state)
    assert discount == ("rollbackDiscount", {"name": "Ten off", "value": 2.0, "cartItemPosition": 0.0})
    assert points[0] == "rollbackAddedLoyaltyPoints" and points[1]["value"] == 18.0  # 90 points * 20 / 100
    session = state.customer_session
    assert session.state == "partially_returned"
    assert [(i.returned_quantity, i.remaining_quantity) for i in session.cart_items] == [(1, 1), (0, 1)]
    assert [(i.position, i.quantity) for i in state.return_.returned_cart_items] == [(0, 1)]
    assert state.return_.session_integration_id == "s1"
    assert sandbox.profile("u1")["totalSales"] == 80.0  # type: ignore[index]
    assert sandbox.events()[-1]["type"] == "talon_cart_items_returned"


async def test_returning_everything_rolls_back_the_coupon(api: Api, sandbox: Sandbox) -> None:
    await _closed(api)
    await api.return_cart_items("s1", return_={"returned_cart_items": [{"position": 0, "quantity": 1}]})
    state = await api.return_cart_items(
        "s1",
        return_={"returned_cart_items": [{"position": 0}, {"position": 1}]},
        response_content=["previousReturns"],
    )
    assert [e.effect_type for e in state.effects] == [
        "rollbackAddedLoyaltyPoints", "rollbackDiscount", "rollbackAddedLoyaltyPoints", "rollbackDiscount",
        "rollbackCoupon",
    ]  # fmt: skip
    assert sandbox.coupon("TEN-OFF")["usageCounter"] == 0  # type: ignore[index]
    assert sandbox.profile("u1")["totalSales"] == 0.0  # type: ignore[index]
    assert len(state.previous_returns) == 1


@pytest.mark.parametrize(
    ("returned", "where"),
    [
        ([{"position": 0, "quantity": 3}], "/return/returnedCartItems/0/quantity"),
        ([{"position": 0, "quantity": 1}, {"position": 0, "quantity": 2}], "/return/returnedCartItems/1/quantity"),
        ([{"position": 5, "quantity": 1}], "/return/returnedCartItems/0/position"),
    ],
)
async def test_bad_returns_are_refused_with_a_pointer(
    api: Api, sandbox: Sandbox, returned: list[dict[str, int]], where: str
) -> None:
    await _closed(api)
    with pytest.raises(errors.BadRequestError) as caught:
        await api.return_cart_items("s1", return_={"returned_cart_items": returned})
    assert caught.value.errors[0].pointer == where
    assert sandbox.session("s1")["state"] == "closed"  # type: ignore[index]


async def test_only_closed_sessions_take_returns_or_reopen(api: Api) -> None:
    await api.update_customer_session_v2("s1", customer_session={"cart_items": [HAT]})
    with pytest.raises(errors.BadRequestError) as caught:
        await api.return_cart_items("s1", return_={"returned_cart_items": [{"position": 0}]})
    assert caught.value.errors[0].parameter == "customerSessionId"
    with pytest.raises(errors.BadRequestError):
        await api.reopen_customer_session("s1")
    with pytest.raises(errors.NotFoundError):
        await api.reopen_customer_session("nope")


async def test_reopen_answers_the_effects_that_undo_closing(api: Api, sandbox: Sandbox) -> None:
    await _closed(api)
    reopened = await api.reopen_customer_session("s1")
    assert _effects(reopened)[:2] == [
        ("rollbackCoupon", {"value": "TEN-OFF"}),
        ("rollbackDiscount", {"name": "Ten off", "value": 10.0}),
    ]
    assert reopened.effects[2].effect_type == "rollbackAddedLoyaltyPoints" and props(reopened.effects[2])["value"] == 90
    assert sandbox.session("s1")["state"] == "open"  # type: ignore[index]
    assert sandbox.coupon("TEN-OFF")["usageCounter"] == 0  # type: ignore[index]
    assert sandbox.profile("u1")["closedSessions"] == 0 and sandbox.profile("u1")["totalSales"] == 0.0  # type: ignore[index]
    assert sandbox.events()[-1]["type"] == "talon_session_reopened"
    again = await api.update_customer_session_v2("s1", customer_session={"state": "closed"})  # and close again
    assert [e.effect_type for e in again.effects] == ["acceptCoupon", "setDiscount", "addLoyaltyPoints"]
    assert sandbox.coupon("TEN-OFF")["usageCounter"] == 1  # type: ignore[index]


async def test_dry_runs_change_nothing(api: Api, sandbox: Sandbox) -> None:
    await api.update_customer_session_v2(
        "s1", customer_session={"profile_id": "u1", "coupon_codes": ["TEN-OFF"], "cart_items": [SHOES, HAT]}
    )
    events = len(sandbox.events())
    dry = await api.update_customer_session_v2(
        "s1", customer_session={"state": "closed"}, dry=True, response_content=["customerSession"]
    )
    assert dry.customer_session.state == "closed" and dry.effects[0].effect_type == "acceptCoupon"
    assert sandbox.session("s1")["state"] == "open" and len(sandbox.events()) == events  # type: ignore[index]
    assert sandbox.coupon("TEN-OFF")["usageCounter"] == 0  # type: ignore[index]
    await api.update_customer_session_v2("s1", customer_session={"state": "closed"})
    dry_return = await api.return_cart_items("s1", return_={"returned_cart_items": [{"position": 1}]}, dry=True)
    assert dry_return.return_ is not None
    assert sandbox.session("s1")["state"] == "closed"  # type: ignore[index]
    assert sandbox.profile("u1")["totalSales"] == 100.0  # type: ignore[index]
    await api.update_customer_session_v2("new", customer_session={"profile_id": "u2"}, dry=True)
    assert sandbox.session("new") is None and sandbox.profile("u2") is None


async def test_now_is_the_clock_the_coupon_rules_see(api: Api, sandbox: Sandbox) -> None:
    sandbox.add_coupon_campaign("Later", coupons=["LATER-1"], discount_amount=5, start_date="2030-01-01T00:00:00Z")
    state = await api.update_customer_session_v2("s1", customer_session={"coupon_codes": ["LATER-1"]})
    assert props(state.effects[0])["rejectionReason"] == "CouponStartDateInFuture"
    state = await api.update_customer_session_v2(
        "s2", customer_session={"coupon_codes": ["LATER-1"]}, now="2030-06-01T00:00:00Z"
    )
    assert state.effects[0].effect_type == "acceptCoupon"


async def test_a_bad_state_change_points_into_the_v2_body(api: Api) -> None:
    await api.update_customer_session_v2("s1", customer_session={"state": "cancelled"})
    with pytest.raises(errors.BadRequestError) as caught:
        await api.update_customer_session_v2("s1", customer_session={"state": "closed"})
    assert caught.value.errors[0].pointer == "/customerSession/state"


async def test_profile_v2_merges_and_runs_the_rule_engine_only_when_asked(api: Api, sandbox: Sandbox) -> None:
    answer = await api.update_customer_profile_v2(
        "u1", attributes={"Name": "Ada"}, response_content=["customerProfile", "event"]
    )
    assert answer.customer_profile.attributes == {"Name": "Ada"} and answer.event is None
    assert answer.effects == [] and sandbox.events() == []
    answer = await api.update_customer_profile_v2(
        "u1", attributes={"Age": 36}, run_rule_engine=True, response_content=["event"]
    )
    assert answer.event.type == "talon_profile_updated" and len(sandbox.events()) == 1
    await api.update_customer_profile_v2("u1", attributes={"Age": 99}, run_rule_engine=True, dry=True)
    assert sandbox.profile("u1")["attributes"] == {"Name": "Ada", "Age": 36}  # type: ignore[index]


async def test_track_event_v2_records_and_dry_does_not(api: Api, sandbox: Sandbox) -> None:
    answer = await api.track_event_v2(
        type="viewed_product", profile_id="u1", attributes={"sku": "hat-1"}, response_content=["event"]
    )
    assert answer.event.type == "viewed_product" and answer.event.session_id is None
    assert sandbox.events()[-1]["type"] == "viewed_product" and sandbox.profile("u1") is not None
    await api.track_event_v2(type="viewed_product", profile_id="u2", dry=True, force_complete_evaluation=True)
    assert len(sandbox.events()) == 1 and sandbox.profile("u2") is None
    with pytest.raises(errors.BadRequestError) as caught:
        await api.track_event_v2(type="talon_session_updated")
    assert caught.value.errors[0].pointer == "/type"


def test_a_bad_query_parameter_is_refused_naming_it(sandbox: Sandbox) -> None:
    headers = {"Authorization": "ApiKey-v1 sandbox-key", "Content-Type": "application/json"}
    status, _, body = sandbox.handle("PUT", "/v2/customer_sessions/s1?dry=maybe", headers, b'{"customerSession": {}}')
    assert status == 400 and b'"parameter":"dry"' in body


def test_boolean_query_parameters_take_the_official_sdks_spelling(sandbox: Sandbox) -> None:
    """Talon.One's Python SDK 9.0.0 sends ``dry=True`` (Python's ``str(True)``); the service accepts it."""
    headers = {"Authorization": "ApiKey-v1 sandbox-key", "Content-Type": "application/json"}
    for flag, changed in (("True", False), ("FALSE", True)):
        path = f"/v2/customer_sessions/s-{flag}?dry={flag}"
        status, _, _ = sandbox.handle("PUT", path, headers, b'{"customerSession": {"profileId": "u1"}}')
        assert status == 200 and (sandbox.session(f"s-{flag}") is not None) is changed, flag


def _balance(state: Any) -> float:
    balance: float = state.loyalty.programs["1"].ledger.current_balance
    return balance


async def test_closing_earns_loyalty_points_and_returns_roll_them_back(api: Api) -> None:
    closed = await _closed(api)
    added = closed.effects[-1]
    assert added.effect_type == "addLoyaltyPoints"
    assert (props(added)["programId"], props(added)["value"], props(added)["recipientIntegrationId"]) == (1, 90.0, "u1")
    loyalty = await api.update_customer_profile_v2("u1", attributes={}, response_content=["loyalty"])
    assert _balance(loyalty) == 90.0
    back = await api.return_cart_items(
        "s1", return_={"returned_cart_items": [{"position": 1}]}, response_content=["loyalty"]
    )
    rollback = back.effects[0]
    assert rollback.effect_type == "rollbackAddedLoyaltyPoints"
    assert props(rollback)["transactionUUID"] == props(added)["transactionUUID"] and props(rollback)["value"] == 54.0
    assert _balance(back) == 36.0
    await api.update_customer_session_v2("s1", customer_session={"state": "cancelled"})
    event = await api.track_event_v2(type="viewed_product", profile_id="u1", response_content=["loyalty"])
    assert _balance(event) == 0.0


async def test_no_points_for_dry_runs_anonymous_sessions_or_v1_closes(api: Api) -> None:
    await api.update_customer_session_v2("s1", customer_session={"profile_id": "u1", "cart_items": [HAT]})
    dry = await api.update_customer_session_v2("s1", customer_session={"state": "closed"}, dry=True)
    assert dry.effects[-1].effect_type == "addLoyaltyPoints"
    anonymous = await api.update_customer_session_v2("s2", customer_session={"cart_items": [HAT], "state": "closed"})
    assert anonymous.effects == []
    await api.update_customer_session("s3", profile_id="u1", total=80, state="closed")  # 2019 rules: no points
    state = await api.update_customer_profile_v2("u1", attributes={}, response_content=["loyalty"])
    assert _balance(state) == 0.0
