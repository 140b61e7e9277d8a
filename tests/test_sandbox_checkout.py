"""A shop's whole checkout on today's API against the sandbox, through our client, sync and async, typed.

The same sequence ``make sdk-compat`` drives through Talon.One's own SDK (``tests/sdk/sdk_today.py``), here with
``IntegrationClient`` and ``AsyncIntegrationClient`` (the ``api`` fixture runs the one body with each): the
customer's profile, a loyalty card generated and linked, a v2 session opened with a coupon and a cart, read back,
an event, the purchase (closed), reopened, closed again, an item returned; the card's and the profile's loyalty
reads; audiences; a batch profile update; achievements; the inventory; referrals; a coupon reservation; a catalog
sync; and the customer's data deleted last. Every step asserts its business result (session states, effects,
points earned and rolled back, memberships, catalog versions, ...), and every answer conforms to the spec
(``response_problems`` empty). The run calls all 31 operations of today's API (``spec_facts_2026``), a floor: an
operation a later spec adds leaves it green.
"""

from __future__ import annotations

from typing import Any

import pytest
from _client_helpers import Api
from _client_helpers import effect_props as props
from spec_facts_2026 import SDK_OPERATIONS

from talon_integration import errors, response_problems
from talon_integration.testing import DemoSeed, Sandbox

pytestmark = pytest.mark.anyio

SHOE = {"sku": "shoe-1", "name": "Red shoe", "quantity": 1, "price": 50.0}
SOCKS = {"sku": "sock-1", "name": "Socks", "quantity": 2, "price": 5.0}
# 60.00 in the cart, 10 % off with XMAS-2026 (6.00): 54 points on closing, in the profile program and on the card;
# the socks' return (10.00 of 60.00) takes back round(54 * 10 / 60) = 9 of each.
PAID, SOCKS_POINTS = 54.0, 9.0
PROFILE_PROGRAM, CARD_PROGRAM, ACHIEVEMENT, CATALOG = 1, 2, 1, 1
SHOPPER, NEIGHBOUR, SESSION = "shopper", "neighbour", "sess-1"
# Today's API as the facts record it (a floor: an operation a later spec adds has no step in this checkout yet,
# and `make test` must stay green when the spec gains one).
CURRENT = {fact.sdk_name for fact in SDK_OPERATIONS}


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture
def seed(sandbox: Sandbox) -> DemoSeed:
    """The demo campaigns: XMAS-2026 and WELCOME-2026 (10 % off) and the referral campaign."""
    return sandbox.seed_demo()


class Shop:
    """The client behind ``api``; each call's answer must conform, and the operations called are recorded."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.called: set[str] = set()

    async def __call__(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        result = await getattr(self.api, operation)(*args, **kwargs)
        self.called.add(operation)
        if result is not None:
            assert response_problems(result) == (), (operation, response_problems(result))
        return result


def _types(effects: Any) -> list[str]:
    return [effect.effect_type for effect in effects]


def _points(effects: Any, name: str) -> list[float]:
    return [props(e)["value"] for e in effects if e.effect_type == name]


def _balance(state: Any) -> float:
    balance: float = state.loyalty.programs[str(PROFILE_PROGRAM)].ledger.current_balance
    return balance


async def _session_and_card(shop: Shop, sandbox: Sandbox) -> str:
    """Profile, card, the session opened, read, an event, closed, reopened, closed again, socks returned."""
    profile = await shop("update_customer_profile_v2", SHOPPER, attributes={}, run_rule_engine=True,
                         response_content=["customerProfile"])  # fmt: skip
    assert profile.customer_profile.integration_id == SHOPPER

    card = await shop("generate_loyalty_card", CARD_PROGRAM, status="active", customer_profile_ids=[])
    assert card.identifier.startswith("CARD-") and (card.status, card.program_id) == ("active", CARD_PROGRAM)
    linked = await shop("link_loyalty_card_to_profile", CARD_PROGRAM, card.identifier, integration_id=SHOPPER)
    assert [p.integration_id for p in linked.profiles] == [SHOPPER]
    fresh = await shop("get_loyalty_card_balances", CARD_PROGRAM, card.identifier)
    assert fresh.balance.active_points == 0.0 and [p.integration_id for p in fresh.profiles] == [SHOPPER]

    cart = {"profile_id": SHOPPER, "coupon_codes": ["XMAS-2026"], "cart_items": [SHOE, SOCKS], "state": "open"}
    content = ["customerSession", "customerProfile", "coupons", "loyalty", "event", "triggeredCampaigns"]
    opened = await shop("update_customer_session_v2", SESSION, customer_session=cart, response_content=content)
    assert opened.customer_session.state == "open" and _types(opened.effects) == ["acceptCoupon", "setDiscount"]
    assert props(opened.effects[0])["value"] == "XMAS-2026" and props(opened.effects[1])["value"] == 6.0
    assert [c.value for c in opened.coupons] == ["XMAS-2026"] and _balance(opened) == 0.0
    read = await shop("get_customer_session", SESSION)
    assert read.customer_session.state == "open" and _types(read.effects) == ["acceptCoupon", "setDiscount"]
    event = await shop("track_event_v2", type="viewed_product", profile_id=SHOPPER, attributes={"sku": "shoe-1"},
                       response_content=["event", "customerProfile"], silent="no")  # fmt: skip
    assert (event.event.type, event.customer_profile.integration_id) == ("viewed_product", SHOPPER)

    close = {"state": "closed"}
    closed = await shop("update_customer_session_v2", SESSION, customer_session=close, response_content=content)
    assert closed.customer_session.state == "closed"
    assert _points(closed.effects, "addLoyaltyPoints") == [PAID, PAID] and _balance(closed) == PAID  # profile, card
    assert sandbox.coupon("XMAS-2026")["usageCounter"] == 1

    reopened = await shop("reopen_customer_session", SESSION)
    assert _types(reopened.effects) == [
        "rollbackCoupon", "rollbackDiscount", "rollbackAddedLoyaltyPoints", "rollbackAddedLoyaltyPoints",
    ]  # fmt: skip
    assert _points(reopened.effects, "rollbackAddedLoyaltyPoints") == [PAID, PAID]
    assert (await shop("get_customer_session", SESSION)).customer_session.state == "open"
    assert sandbox.coupon("XMAS-2026")["usageCounter"] == 0

    again = await shop("update_customer_session_v2", SESSION, customer_session=close, response_content=content)
    assert again.customer_session.state == "closed" and _balance(again) == PAID
    back = await shop("return_cart_items", SESSION, return_={"returned_cart_items": [{"position": 1, "quantity": 2}]},
                      response_content=["customerSession", "loyalty"])  # fmt: skip
    assert back.customer_session.state == "partially_returned"
    assert _points(back.effects, "rollbackAddedLoyaltyPoints") == [SOCKS_POINTS, SOCKS_POINTS]
    assert _balance(back) == PAID - SOCKS_POINTS
    assert [(i.returned_quantity, i.remaining_quantity) for i in back.customer_session.cart_items] == [(0, 1), (2, 0)]
    return str(card.identifier)


async def _loyalty_reads(shop: Shop, card: str) -> None:
    """The card's and the profile's balances, unused points and transactions after the purchase and the return."""
    left = PAID - SOCKS_POINTS
    history = [("subtraction", SOCKS_POINTS), ("addition", PAID), ("subtraction", PAID), ("addition", PAID)]
    balances = await shop("get_loyalty_card_balances", CARD_PROGRAM, card)
    assert balances.balance.active_points == left
    points = await shop("get_loyalty_card_points", CARD_PROGRAM, card)
    assert [(p.amount, p.customer_session_id) for p in points.data] == [(left, SESSION)] and points.has_more is False
    log = await shop("get_loyalty_card_transactions", CARD_PROGRAM, card)
    assert [(t.type, t.amount) for t in log.data] == history and {t.card_identifier for t in log.data} == {card}

    mine = await shop("get_loyalty_balances", PROFILE_PROGRAM, SHOPPER, include_tiers=True)
    assert mine.balance.active_points == left and mine.balance.current_tier.name == "Bronze"
    assert (mine.balance.next_tier_name, mine.balance.points_to_next_tier) == ("Silver", 100.0 - left)
    points = await shop("get_loyalty_program_profile_points", PROFILE_PROGRAM, SHOPPER)
    assert [(p.amount, p.customer_session_id) for p in points.data] == [(left, SESSION)]
    log = await shop("get_loyalty_program_profile_transactions", PROFILE_PROGRAM, SHOPPER)
    assert [(t.type, t.amount) for t in log.data] == history


async def _audiences_and_profiles(shop: Shop) -> None:
    """An audience created, renamed, joined (visible in the profile), its members' attributes set, emptied, gone."""
    created = await shop("create_audience_v2", name="regulars", description="Regular customers")
    assert created.name == "regulars" and created.id > 0
    renamed = await shop("update_audience_v2", created.id, name="vips")
    assert (renamed.id, renamed.name) == (created.id, "vips")
    join = {"action": "add", "profile_integration_id": SHOPPER, "audience_id": created.id}
    assert await shop("update_customer_profile_audiences", data=[join]) is None
    assert await shop("update_audience_customers_attributes", created.id, body={"Segment": "vip"}) is None
    seen = await shop("update_customer_profile_v2", SHOPPER, response_content=["customerProfile"])
    assert [(m.id, m.name) for m in seen.customer_profile.audience_memberships] == [(created.id, "vips")]
    assert seen.customer_profile.attributes["Segment"] == "vip"
    assert await shop("delete_audience_memberships_v2", created.id) is None
    left = await shop("update_customer_profile_v2", SHOPPER, response_content=["customerProfile"])
    assert left.customer_profile.audience_memberships == []
    assert await shop("delete_audience_v2", created.id) is None
    with pytest.raises(errors.NotFoundError):
        await shop("update_audience_v2", created.id, name="gone")

    batch = await shop("update_customer_profiles_v2", silent="no", customer_profiles=[
        {"integration_id": SHOPPER, "attributes": {"Newsletter": True}}, {"integration_id": NEIGHBOUR},
    ])  # fmt: skip
    states = [(s.customer_profile.integration_id, s.customer_profile.attributes) for s in batch.integration_states]
    assert states[0] == (SHOPPER, {"Segment": "vip", "Newsletter": True}) and states[1][0] == NEIGHBOUR


async def _achievements_and_inventory(shop: Shop) -> None:
    """One closed session so far (closed, reopened, closed again): the achievement is in progress, 1 of 3."""
    mine = await shop("get_customer_achievements", SHOPPER)
    assert [(a.id, a.current_progress.status, a.current_progress.progress) for a in mine.data] == [
        (ACHIEVEMENT, "inprogress", 1.0)
    ]
    history = await shop("get_customer_achievement_history", SHOPPER, ACHIEVEMENT)
    assert [(h.status, h.progress) for h in history.data] == [("inprogress", 1.0)]
    held = await shop("get_customer_inventory", SHOPPER, profile=True, referrals=True, coupons=True, loyalty=True,
                      giveaways=True, achievements=True)  # fmt: skip
    assert held.profile.integration_id == SHOPPER and held.giveaways == [] and held.referrals == []
    assert held.loyalty.programs[str(PROFILE_PROGRAM)].ledger.current_balance == PAID - SOCKS_POINTS
    assert [(a.achievement_id, a.progress) for a in held.achievements] == [(ACHIEVEMENT, 1.0)]


async def _referrals_reservations_catalog(shop: Shop, referral_campaign: int) -> None:
    """Referrals (one advocate, then two), a reservation made, read and deleted, and two catalog syncs."""
    one = await shop("create_referral", campaign_id=referral_campaign, advocate_profile_integration_id=SHOPPER)
    assert one.code.startswith("REF-") and one.advocate_profile_integration_id == SHOPPER
    many = await shop("create_referrals_for_multiple_advocates", usage_limit=1, campaign_id=referral_campaign,
                      advocate_profile_integration_ids=[SHOPPER, NEIGHBOUR], silent="no")  # fmt: skip
    assert many.total_result_size == 2
    assert [r.advocate_profile_integration_id for r in many.data] == [SHOPPER, NEIGHBOUR]
    held = await shop("get_customer_inventory", SHOPPER, referrals=True)
    assert sorted(r.code for r in held.referrals) == sorted([one.code, many.data[0].code])

    reserved = await shop("create_coupon_reservation", "WELCOME-2026", integration_ids=[SHOPPER])
    assert reserved.value == "WELCOME-2026"
    customers = await shop("get_reserved_customers", "WELCOME-2026")
    assert [c.integration_id for c in customers.data] == [SHOPPER]
    held = await shop("get_customer_inventory", SHOPPER, coupons=True)
    assert [(c.value, c.state, c.profile_redemption_count) for c in held.coupons] == [("WELCOME-2026", "active", 0)]
    assert await shop("delete_coupon_reservation", "WELCOME-2026", integration_ids=[SHOPPER]) is None
    assert (await shop("get_reserved_customers", "WELCOME-2026")).data == []

    hat = {"type": "ADD", "payload": {"sku": "hat-1", "price": 20.0, "attributes": {"colour": "red"}}}
    synced = await shop("sync_catalog", CATALOG, actions=[hat])
    assert synced.id == CATALOG
    patch = {"type": "PATCH", "payload": {"sku": "hat-1", "price": 18.0}}
    again = await shop("sync_catalog", CATALOG, actions=[patch], version=synced.version)
    assert again.version == synced.version + 1 and again.modified >= synced.modified
    with pytest.raises(errors.ConflictError):  # an old version is refused
        await shop("sync_catalog", CATALOG, actions=[patch], version=synced.version)


async def test_a_shops_whole_checkout_on_todays_api(api: Api, sandbox: Sandbox, seed: DemoSeed) -> None:
    shop = Shop(api)
    card = await _session_and_card(shop, sandbox)
    await _loyalty_reads(shop, card)
    await _audiences_and_profiles(shop)
    await _achievements_and_inventory(shop)
    await _referrals_reservations_catalog(shop, seed.referral_campaign_id)

    assert await shop("delete_customer_data", SHOPPER) is None
    assert sandbox.profile(SHOPPER) is None
    with pytest.raises(errors.NotFoundError):
        await shop("get_customer_inventory", SHOPPER)
    assert shop.called >= CURRENT, f"not called: {sorted(CURRENT - shop.called)}"
