"""Loyalty reads against the sandbox, through our client, sync and async (issue 20, loyalty slice).

A v2 close earns points in the seeded profile program (id 1); they are read back as balances (with the
sandbox's tiers when asked), unused points and transactions, paged and filtered as the spec says; unknown
programs and profiles are 404s naming the path parameter, a bad page size a 400 naming the query parameter.
The rules are documented in ``talon_integration/testing/_loyalty_reads.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from _client_helpers import Api
from _client_helpers import effect_props as props

from talon_integration import errors
from talon_integration.testing import Sandbox

pytestmark = pytest.mark.anyio

HAT = {"sku": "hat-1", "name": "Hat", "quantity": 2, "price": 60.0}  # 120 points on close


class Clock:
    """The sandbox's clock for these tests: a fixed "now" that a test moves forward."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, days: float) -> None:
        self.now += dt.timedelta(days=days)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock: Clock) -> Sandbox:
    return Sandbox(clock=clock)


async def _close(api: Api, session: str = "s1", profile: str = "u1", items: list[Any] | None = None) -> Any:
    body = {"profile_id": profile, "state": "closed", "cart_items": items or [HAT]}
    return await api.update_customer_session_v2(session, customer_session=body)


async def test_balances_follow_closes_and_returns_with_tiers_when_asked(api: Api) -> None:
    await _close(api)
    plain = await api.get_loyalty_balances(1, "u1")
    assert plain.balance.active_points == 120.0 and plain.balance.current_tier is None
    assert (plain.balance.pending_points, plain.balance.expired_points, plain.balance.spent_points) == (0, 0, 0)
    tiers = await api.get_loyalty_balances(1, "u1", include_tiers=True, include_projected_tier=True)
    assert tiers.balance.current_tier.name == "Silver"
    assert (tiers.balance.next_tier_name, tiers.balance.points_to_next_tier) == ("Gold", 380.0)
    assert tiers.balance.projected_tier.projected_tier_name == "Silver"
    await api.return_cart_items("s1", return_={"returned_cart_items": [{"position": 0, "quantity": 1}]})
    after = await api.get_loyalty_balances(1, "u1", include_tiers=True)
    assert after.balance.active_points == 60.0 and after.balance.current_tier.name == "Bronze"
    before = await api.get_loyalty_balances(1, "u1", end_date=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert before.balance.active_points == 0.0


async def test_points_are_one_active_entry_per_session_with_what_is_left(api: Api) -> None:
    await _close(api, "s1")
    await _close(api, "s2", items=[{"sku": "x", "name": "X", "quantity": 1, "price": 30.0}])
    points = await api.get_loyalty_program_profile_points(1, "u1")
    assert [(p.customer_session_id, p.amount, p.start_date, p.expiry_date) for p in points.data] == [
        ("s2", 30.0, "immediate", "unlimited"),
        ("s1", 120.0, "immediate", "unlimited"),
    ]
    assert points.has_more is False
    first = await api.get_loyalty_program_profile_points(1, "u1", page_size=1)
    assert (len(first.data), first.has_more) == (1, True)
    assert (await api.get_loyalty_program_profile_points(1, "u1", status="pending")).data == []
    await api.reopen_customer_session("s2")
    assert [p.customer_session_id for p in (await api.get_loyalty_program_profile_points(1, "u1")).data] == ["s1"]


async def test_transactions_are_paged_and_filtered(api: Api) -> None:
    await _close(api)
    await api.return_cart_items("s1", return_={"returned_cart_items": [{"position": 0, "quantity": 1}]})
    log = await api.get_loyalty_program_profile_transactions(1, "u1")
    assert [(t.type, t.amount) for t in log.data] == [("subtraction", 60.0), ("addition", 120.0)]
    assert all(t.customer_session_id == "s1" and t.program_id == 1 for t in log.data)
    page = await api.get_loyalty_program_profile_transactions(1, "u1", page_size=1, skip=1)
    assert ([t.type for t in page.data], page.has_more) == (["addition"], False)
    page = await api.get_loyalty_program_profile_transactions(1, "u1", page_size=1)
    assert page.has_more is True
    manual = await api.get_loyalty_program_profile_transactions(1, "u1", loyalty_transaction_type="manual")
    assert manual.data == []
    future = await api.get_loyalty_program_profile_transactions(
        1, "u1", start_date=dt.datetime(2999, 1, 1, tzinfo=dt.UTC)
    )
    assert future.data == []
    other = await api.get_loyalty_program_profile_transactions(1, "u1", subledger_id="other")
    assert other.data == []


async def test_dry_closes_leave_nothing_to_read(api: Api) -> None:
    await api.update_customer_session_v2("s1", customer_session={"profile_id": "u1", "cart_items": [HAT]})
    await api.update_customer_session_v2("s1", customer_session={"state": "closed"}, dry=True)
    assert (await api.get_loyalty_program_profile_transactions(1, "u1")).data == []


async def test_unknown_program_or_profile_is_a_404_naming_the_parameter(api: Api) -> None:
    await _close(api)
    with pytest.raises(errors.NotFoundError) as caught:
        await api.get_loyalty_balances(99, "u1")
    assert caught.value.errors[0].parameter == "loyaltyProgramId"
    with pytest.raises(errors.NotFoundError) as caught:
        await api.get_loyalty_program_profile_points(1, "nobody")
    assert caught.value.errors[0].parameter == "integrationId"


def test_a_page_size_out_of_bounds_is_a_400_naming_it(sandbox: Sandbox) -> None:
    headers = {"Authorization": "ApiKey-v1 sandbox-key"}
    path = "/v1/loyalty_programs/1/profile/u1/transactions?pageSize=0"
    sandbox.handle("PUT", "/v2/customer_profiles/u1", {**headers, "Content-Type": "application/json"}, b"{}")
    status, _, body = sandbox.handle("GET", path, headers, b"")
    assert status == 400 and b'"parameter":"pageSize"' in body


# ---- cards (``_cards``) ------------------------------------------------------------------------------


async def test_cards_are_generated_with_an_identifier_and_linked_up_to_their_limit(api: Api) -> None:
    card = await api.generate_loyalty_card(2, card_identifier="CARD-1", customer_profile_ids=["u1"])
    assert (card.identifier, card.program_id, card.status, card.users_per_card_limit) == ("CARD-1", 2, "active", 2)
    assert [p.integration_id for p in card.profiles] == ["u1"]
    generated = await api.generate_loyalty_card(2)
    assert generated.identifier.startswith("CARD-") and generated.profiles == []
    linked = await api.link_loyalty_card_to_profile(2, "CARD-1", integration_id="u2")
    again = await api.link_loyalty_card_to_profile(2, "CARD-1", integration_id="u2")  # no change
    assert [p.integration_id for p in linked.profiles] == [p.integration_id for p in again.profiles] == ["u1", "u2"]
    with pytest.raises(errors.BadRequestError) as caught:
        await api.link_loyalty_card_to_profile(2, "CARD-1", integration_id="u3")
    assert caught.value.errors[0].pointer == "/integrationId"


async def test_card_refusals_name_what_is_wrong(sandbox: Sandbox, api: Api) -> None:
    await api.generate_loyalty_card(2, card_identifier="CARD-1")
    with sandbox.client(max_retries=0) as client:
        with pytest.raises(errors.ConflictError) as conflict:
            client.generate_loyalty_card(2, card_identifier="CARD-1")
        assert conflict.value.errors[0].pointer == "/cardIdentifier"
    with pytest.raises(errors.BadRequestError) as caught:
        await api.generate_loyalty_card(2, customer_profile_ids=["a", "b", "c"])
    assert caught.value.errors[0].pointer == "/customerProfileIds"
    for call, parameter in (
        (api.get_loyalty_card_balances(2, "NOPE"), "loyaltyCardId"),
        (api.get_loyalty_card_points(1, "CARD-1"), "loyaltyProgramId"),  # 1 is profile-based
        (api.link_loyalty_card_to_profile(2, "NOPE", integration_id="u1"), "loyaltyCardId"),
    ):
        with pytest.raises(errors.NotFoundError) as missing:
            await call
        assert missing.value.errors[0].parameter == parameter


async def test_a_linked_card_earns_on_close_and_returns_roll_its_points_back(api: Api) -> None:
    await api.generate_loyalty_card(2, card_identifier="CARD-1", customer_profile_ids=["u1"])
    closed = await _close(api)
    added = [props(e) for e in closed.effects if e.effect_type == "addLoyaltyPoints"]
    assert [(p["programId"], p["value"], p.get("cardIdentifier")) for p in added] == [
        (1, 120.0, None),
        (2, 120.0, "CARD-1"),
    ]
    back = await api.return_cart_items("s1", return_={"returned_cart_items": [{"position": 0, "quantity": 1}]})
    card_back = [props(e) for e in back.effects if props(e).get("cardIdentifier") == "CARD-1"]
    assert [(p["value"], p["cartItemPosition"]) for p in card_back] == [(60.0, 0)]
    balances = await api.get_loyalty_card_balances(2, "CARD-1")
    assert balances.balance.active_points == 60.0 and [p.integration_id for p in balances.profiles] == ["u1"]
    points = await api.get_loyalty_card_points(2, "CARD-1")
    assert [(p.amount, p.customer_profile_id, p.customer_session_id) for p in points.data] == [(60.0, "u1", "s1")]
    log = await api.get_loyalty_card_transactions(2, "CARD-1", page_size=1)
    assert ([(t.type, t.amount, t.card_identifier) for t in log.data], log.has_more) == (
        [("subtraction", 60.0, "CARD-1")],
        True,
    )
    await api.update_customer_session_v2("s1", customer_session={"state": "cancelled"})  # rolls back what is left
    assert (await api.get_loyalty_card_balances(2, "CARD-1")).balance.active_points == 0.0


async def test_a_dry_close_leaves_the_card_as_it_was(api: Api) -> None:
    await api.generate_loyalty_card(2, card_identifier="CARD-1", customer_profile_ids=["u1"])
    await api.update_customer_session_v2("s1", customer_session={"profile_id": "u1", "cart_items": [HAT]})
    dry = await api.update_customer_session_v2("s1", customer_session={"state": "closed"}, dry=True)
    assert any(props(e).get("cardIdentifier") == "CARD-1" for e in dry.effects)
    assert (await api.get_loyalty_card_transactions(2, "CARD-1")).data == []
    closed = await api.update_customer_session_v2("s1", customer_session={"state": "closed"})
    assert any(props(e).get("cardIdentifier") == "CARD-1" for e in closed.effects)


def test_programs_can_be_added_profile_based_or_card_based() -> None:
    sandbox = Sandbox()
    assert sandbox.add_loyalty_program("Gold club") == 3
    cards = sandbox.add_loyalty_program("Family cards", card_based=True, users_per_card_limit=4)
    with sandbox.client() as client:
        client.update_customer_profile_v2("u1", attributes={})
        assert client.get_loyalty_balances(3, "u1").balance.active_points == 0.0
        card = client.generate_loyalty_card(cards, customer_profile_ids=["a", "b", "c", "d"])
        assert (card.program_title, card.users_per_card_limit, len(card.profiles)) == ("Family cards", 4, 4)
    with pytest.raises(errors.InvalidInputError):
        sandbox.add_loyalty_program("")
    with pytest.raises(errors.InvalidInputError):
        sandbox.add_loyalty_program("x", card_based=True, users_per_card_limit=0)


# ---- point states: pending, active, expired (``_loyalty``) -----------------------------------------------


def _states(balance: Any) -> tuple[float, float, float, float]:
    return balance.active_points, balance.pending_points, balance.expired_points, balance.spent_points


async def test_pending_points_become_active_once_the_clock_reaches_their_start_date(
    sandbox: Sandbox, clock: Clock, api: Api
) -> None:
    club = sandbox.add_loyalty_program("Club", pending_days=14)
    closed = await _close(api)
    start = clock.now + dt.timedelta(days=14)
    added = {props(e)["programId"]: props(e) for e in closed.effects if e.effect_type == "addLoyaltyPoints"}
    assert (added[club]["value"], dt.datetime.fromisoformat(added[club]["startDate"])) == (120.0, start)
    assert "expiryDate" not in added[club]
    assert "startDate" not in added[1]  # the seeded program: active at once, as before
    assert _states((await api.get_loyalty_balances(1, "u1")).balance) == (120, 0, 0, 0)
    assert _states((await api.get_loyalty_balances(club, "u1")).balance) == (0, 120, 0, 0)
    assert (await api.get_loyalty_program_profile_points(club, "u1")).data == []  # status active by default
    pending = (await api.get_loyalty_program_profile_points(club, "u1", status="pending")).data
    assert [(p.amount, p.customer_session_id, p.expiry_date) for p in pending] == [(120.0, "s1", "unlimited")]
    assert dt.datetime.fromisoformat(pending[0].start_date) == start
    loyalty = await api.update_customer_profile_v2("u1", attributes={}, response_content=["loyalty"])
    ledger = loyalty.loyalty.programs[str(club)].ledger
    assert (ledger.current_balance, ledger.pending_balance) == (0.0, 120.0)
    clock.advance(13.9)
    assert _states((await api.get_loyalty_balances(club, "u1")).balance) == (0, 120, 0, 0)
    clock.advance(0.1)
    tiers = (await api.get_loyalty_balances(club, "u1", include_tiers=True)).balance
    assert _states(tiers) == (120, 0, 0, 0) and tiers.current_tier.name == "Silver"
    assert (await api.get_loyalty_program_profile_points(club, "u1", status="pending")).data == []
    assert [p.amount for p in (await api.get_loyalty_program_profile_points(club, "u1")).data] == [120.0]


async def test_points_expire_their_validity_after_becoming_active(sandbox: Sandbox, clock: Clock, api: Api) -> None:
    club = sandbox.add_loyalty_program("Club", pending_days=7, expiry_days=30)
    earned_at = clock.now
    closed = await _close(api)
    added = next(props(e) for e in closed.effects if props(e).get("programId") == club)
    assert dt.datetime.fromisoformat(added["expiryDate"]) == earned_at + dt.timedelta(days=37)
    clock.advance(36)
    assert _states((await api.get_loyalty_balances(club, "u1")).balance) == (120, 0, 0, 0)
    clock.advance(1)
    assert _states((await api.get_loyalty_balances(club, "u1")).balance) == (0, 0, 120, 0)
    assert (await api.get_loyalty_program_profile_points(club, "u1")).data == []
    expired = (await api.get_loyalty_program_profile_points(club, "u1", status="expired")).data
    assert [(p.amount, dt.datetime.fromisoformat(p.expiry_date)) for p in expired] == [
        (120.0, earned_at + dt.timedelta(days=37))
    ]
    assert (await api.get_loyalty_program_profile_points(club, "u1", status="spent")).data == []
    log = (await api.get_loyalty_program_profile_transactions(club, "u1")).data
    assert [(t.type, dt.datetime.fromisoformat(t.start_date)) for t in log] == [
        ("addition", earned_at + dt.timedelta(days=7))
    ]
    # endDate: the points added until then, in the state they were in at that date
    active_then = await api.get_loyalty_balances(club, "u1", end_date=earned_at + dt.timedelta(days=10))
    assert _states(active_then.balance) == (120, 0, 0, 0)
    assert _states((await api.get_loyalty_balances(1, "u1")).balance) == (120, 0, 0, 0)  # never expires


async def test_a_return_takes_pending_points_back_before_they_become_active(
    sandbox: Sandbox, clock: Clock, api: Api
) -> None:
    club = sandbox.add_loyalty_program("Club", pending_days=14)
    await _close(api)
    back = await api.return_cart_items("s1", return_={"returned_cart_items": [{"position": 0, "quantity": 1}]})
    rolled = [props(e) for e in back.effects if e.effect_type == "rollbackAddedLoyaltyPoints"]
    assert [(p["programId"], p["value"]) for p in rolled] == [(1, 60.0), (club, 60.0)]
    assert _states((await api.get_loyalty_balances(club, "u1")).balance) == (0, 60, 0, 0)
    log = (await api.get_loyalty_program_profile_transactions(club, "u1")).data
    assert [(t.type, t.amount) for t in log] == [("subtraction", 60.0), ("addition", 120.0)]
    assert log[0].start_date == log[1].start_date != "immediate"  # taken back from the pending addition
    clock.advance(14)
    assert _states((await api.get_loyalty_balances(club, "u1")).balance) == (60, 0, 0, 0)
    await api.update_customer_session_v2("s1", customer_session={"state": "cancelled"})  # what is left, now active
    assert _states((await api.get_loyalty_balances(club, "u1")).balance) == (0, 0, 0, 0)


async def test_a_card_program_with_a_pending_period_keeps_its_points_pending(
    sandbox: Sandbox, clock: Clock, api: Api
) -> None:
    cards = sandbox.add_loyalty_program("Family cards", card_based=True, pending_days=3)
    await api.generate_loyalty_card(cards, card_identifier="CARD-9", customer_profile_ids=["u1"])
    await _close(api)
    assert _states((await api.get_loyalty_card_balances(cards, "CARD-9")).balance) == (0, 120, 0, 0)
    assert [p.amount for p in (await api.get_loyalty_card_points(cards, "CARD-9", status="pending")).data] == [120.0]
    clock.advance(3)
    assert _states((await api.get_loyalty_card_balances(cards, "CARD-9")).balance) == (120, 0, 0, 0)
    assert [p.amount for p in (await api.get_loyalty_card_points(cards, "CARD-9")).data] == [120.0]


def test_program_settings_are_checked() -> None:
    sandbox = Sandbox()
    for bad in ({"pending_days": -1}, {"pending_days": 1.5}, {"expiry_days": 0}, {"expiry_days": True}):
        with pytest.raises(errors.InvalidInputError):
            sandbox.add_loyalty_program("x", **bad)
    with pytest.raises(errors.InvalidInputError):
        Sandbox(clock="now")  # type: ignore[arg-type]


# ---- catalog sync (``_catalog``) ----------------------------------------------------------------------


async def test_catalog_sync_adds_edits_and_removes_items_all_or_nothing(sandbox: Sandbox, api: Api) -> None:
    add = [
        {"type": "ADD", "payload": {"sku": "hat-1", "price": 60, "attributes": {"color": "red"}}},
        {"type": "ADD", "payload": {"sku": "hat-2", "price": 50, "attributes": {"color": "red"}}},
        {"type": "ADD", "payload": {"sku": "shoe-1", "price": 20}},
    ]
    catalog = await api.sync_catalog(1, actions=add)
    assert (catalog.id, catalog.version) == (1, 2)
    edits = [
        {"type": "PATCH", "payload": {"sku": "shoe-1", "price": 25, "attributes": {"size": 42}}},
        {"type": "PATCH_MANY", "payload": {"filters": [{"attr": "color", "op": "EQ", "value": "red"}],
                                           "attributes": {"sale": True}}},
        {"type": "REMOVE", "payload": {"sku": "hat-2"}},
    ]  # fmt: skip
    assert (await api.sync_catalog(1, actions=edits, version=2)).version == 3
    items = sandbox._state.catalogs[1].items
    assert items == {
        "hat-1": {"price": 60.0, "attributes": {"color": "red", "sale": True}},
        "shoe-1": {"price": 25.0, "attributes": {"size": 42}},
    }
    with pytest.raises(errors.NotFoundError) as missing:  # the first action applied, then refused: nothing kept
        await api.sync_catalog(1, actions=[{"type": "REMOVE", "payload": {"sku": "hat-1"}},
                                           {"type": "PATCH", "payload": {"sku": "nope", "price": 1}}])  # fmt: skip
    assert missing.value.errors[0].pointer == "/actions/1/payload/sku" and "hat-1" in items
    remove = [{"type": "REMOVE_MANY", "payload": {"filters": [{"attr": "sale", "op": "EQ", "value": True}]}}]
    await api.sync_catalog(1, actions=remove)
    assert list(sandbox._state.catalogs[1].items) == ["shoe-1"]


def test_catalog_sync_keeps_price_adjustments_on_the_item(sandbox: Sandbox) -> None:
    # ADD_PRICE_ADJUSTMENT used to be refused (400 at /actions/0/type) though the spec's enum lists it; found
    # by schemathesis (a schema-valid request rejected).
    adjustment = {"priceType": "members", "referenceId": "ref-1", "price": 40, "effectiveFrom": "2026-12-01T00:00:00Z"}
    with sandbox.client(max_retries=0) as client:
        client.sync_catalog(1, actions=[{"type": "ADD", "payload": {"sku": "hat-1", "price": 60}}])
        catalog = client.sync_catalog(
            1, actions=[{"type": "ADD_PRICE_ADJUSTMENT", "payload": {"sku": "hat-1", "adjustments": [adjustment]}}]
        )
    assert catalog.version == 3
    assert sandbox._state.catalogs[1].items["hat-1"] == {"price": 60.0, "attributes": {}, "adjustments": [adjustment]}


def test_catalog_sync_refusals_point_at_the_action(sandbox: Sandbox) -> None:
    with sandbox.client(max_retries=0) as client:
        client.sync_catalog(1, actions=[{"type": "ADD", "payload": {"sku": "a", "price": 1}}])
        for actions, version, error, where in (
            ([{"type": "ADD", "payload": {"sku": "a"}}], None, errors.ConflictError, "/actions/0/payload/sku"),
            ([{"type": "ADD", "payload": {"price": 1}}], None, errors.BadRequestError, "/actions/0/payload/sku"),
            ([{"type": "ADD", "payload": {"sku": "b", "price": -1}}], None, errors.BadRequestError,
             "/actions/0/payload/price"),
            ([{"type": "ADD_PRICE_ADJUSTMENT", "payload": {}}], None, errors.BadRequestError,
             "/actions/0/payload/sku"),
            ([{"type": "ADD_PRICE_ADJUSTMENT", "payload": {"sku": "a", "adjustments": [{"priceType": "members"}]}}],
             None, errors.BadRequestError, "/actions/0/payload/adjustments/0/referenceId"),
            ([{"type": "ADD_PRICE_ADJUSTMENT", "payload": {"sku": "zz", "adjustments": []}}], None,
             errors.NotFoundError, "/actions/0/payload/sku"),
            ([], 1, errors.ConflictError, "/version"),
        ):  # fmt: skip
            with pytest.raises(error) as caught:
                client.sync_catalog(1, actions=actions, version=version)
            assert caught.value.errors[0].pointer == where
        replaced = client.sync_catalog(1, actions=[{"type": "ADD", "payload": {"sku": "a", "replaceIfExists": True}}])
        assert replaced.version == 3
        with pytest.raises(errors.NotFoundError) as missing:
            client.sync_catalog(7, actions=[])
        assert missing.value.errors[0].parameter == "catalogId"


# ---- achievements and inventory (``_achievements``) ---------------------------------------------------


async def test_the_seeded_achievement_follows_closed_sessions(api: Api) -> None:
    await api.update_customer_profile_v2("u1", attributes={})
    start = await api.get_customer_achievements("u1")
    assert [(a.id, a.target, a.current_progress.status) for a in start.data] == [(1, 3.0, "not_started")]
    for number in range(3):
        await _close(api, f"s{number}")
        now = (await api.get_customer_achievements("u1")).data[0].current_progress
        assert now.progress == number + 1
    assert now.status == "completed" and now.completion_date is not None
    history = await api.get_customer_achievement_history("u1", 1)
    assert (history.total_result_size, [h.status for h in history.data]) == (1, ["completed"])
    assert (await api.get_customer_achievements("u1", current_progress_status=["inprogress"])).data == []
    assert (await api.get_customer_achievement_history("u1", 1, progress_status=["inprogress"])).data == []
    paged = await api.get_customer_achievements("u1", page_size=1, skip=1)
    assert (paged.total_result_size, paged.data) == (1, [])
    await api.update_customer_session_v2("s2", customer_session={"state": "cancelled"})
    assert (await api.get_customer_achievements("u1")).data[0].current_progress.status == "inprogress"


async def test_achievement_refusals_name_the_parameter(api: Api) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await api.get_customer_achievements("nobody")
    assert caught.value.errors[0].parameter == "integrationId"
    await api.update_customer_profile_v2("u1", attributes={})
    with pytest.raises(errors.NotFoundError) as caught:
        await api.get_customer_achievement_history("u1", 7)
    assert caught.value.errors[0].parameter == "achievementId"


async def test_the_inventory_answers_what_the_profile_holds_as_asked(sandbox: Sandbox, api: Api) -> None:
    sandbox.add_coupon_campaign("gift", coupons=["GIFT-1"], discount_amount=5, recipient_integration_id="u1")
    sandbox.add_coupon_campaign("other", coupons=["OTHER-1"], discount_amount=5)
    referral_campaign = sandbox.add_referral_campaign("Refer a friend", discount_amount=5)
    body = {"profile_id": "u1", "coupon_codes": ["GIFT-1"], "state": "closed", "cart_items": [HAT]}
    await api.update_customer_session_v2("s1", customer_session=body)
    await api.create_referral(campaign_id=referral_campaign, advocate_profile_integration_id="u1")
    await api.create_coupon_reservation("OTHER-1", integration_ids=["u1"])
    nothing = await api.get_customer_inventory("u1")
    assert (nothing.profile, nothing.coupons, nothing.loyalty, nothing.achievements) == (None, None, None, None)
    everything = await api.get_customer_inventory(
        "u1", profile=True, referrals=True, coupons=True, loyalty=True, giveaways=True, achievements=True
    )
    assert everything.profile.integration_id == "u1"
    assert [(c.value, c.profile_redemption_count, c.state) for c in everything.coupons] == [
        ("GIFT-1", 1, "active"),
        ("OTHER-1", 0, "active"),
    ]
    assert [r.advocate_profile_integration_id for r in everything.referrals] == ["u1"]
    assert everything.loyalty.programs["1"].ledger.current_balance == 115.0
    assert everything.giveaways == [] and everything.achievements[0].progress == 1.0
    with pytest.raises(errors.NotFoundError):
        await api.get_customer_inventory("nobody")
