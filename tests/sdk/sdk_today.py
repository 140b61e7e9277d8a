"""Today's checkout as a shop drives it through the official SDK's ``IntegrationApi`` (imported by sdk_probe.py).

Every call goes through ``Probe.call``: the SDK method by name, its reply parsed by the SDK into the method's
return type (a method that returns nothing must answer its documented 2xx). The order is a shop's: the customer's
profile, a loyalty card registered and linked, a v2 session opened with a coupon and a cart, read back, an event,
the purchase (closed), reopened, closed again, an item returned; then the loyalty reads (card and profile), the
audiences, a batch profile update, achievements, the inventory, referrals, a coupon reservation, a catalog sync,
and the customer's data deleted last. The served sandbox's seeds: the profile loyalty program 1, the card program
2, achievement 1 and catalog 1 (``talon_integration/testing``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from talon_one import models as M

if TYPE_CHECKING:  # the probe imports this module, not the other way round
    import argparse

    from sdk_probe import Probe

PROFILE_PROGRAM = 1
CARD_PROGRAM = 2
ACHIEVEMENT = 1
CATALOG = 1


def _effects(state: Any) -> list[str]:
    return [e.effect_type for e in (state.effects or [])]


def _session(state: Any) -> str:
    session = state.customer_session
    return f"session={session.integration_id!r} state={session.state} effects={_effects(state)}"


def shop(p: Probe, args: argparse.Namespace) -> None:
    """The whole checkout, each of the SDK's ``IntegrationApi`` methods at least once."""
    rid = args.run_id
    shopper, other = f"probe-{rid}-shopper", f"probe-{rid}-neighbour"
    sess = f"probe-{rid}-v2"
    cart = [
        M.CartItem(name="Probe shoe", sku="probe-shoe-1", quantity=1, price=50.0, category="shoes"),
        M.CartItem(name="Probe socks", sku="probe-sock-1", quantity=2, price=5.0, category="socks"),
    ]
    everything = ["customerSession", "customerProfile", "coupons", "loyalty", "event", "triggeredCampaigns"]

    p.call(
        "update_customer_profile_v2",
        shopper,
        M.CustomerProfileIntegrationRequestV2(attributes={}, response_content=["customerProfile"]),
        run_rule_engine=True,
        describe=lambda r: f"profile={r.customer_profile.integration_id!r}",
    )
    card = p.call(
        "generate_loyalty_card",
        CARD_PROGRAM,
        M.GenerateLoyaltyCard(status="active", customer_profile_ids=[]),
        describe=lambda c: f"card={c.identifier!r} status={c.status} programId={c.program_id}",
    )
    card_id = card.identifier if card is not None else f"probe-{rid}-no-card"
    p.call(
        "link_loyalty_card_to_profile",
        CARD_PROGRAM,
        card_id,
        M.LoyaltyCardRegistration(integration_id=shopper),
        describe=lambda c: f"card={c.identifier!r} profiles={[x.integration_id for x in c.profiles or []]}",
    )

    opened = M.NewCustomerSessionV2(
        profile_id=shopper, coupon_codes=[args.coupon], cart_items=cart, state="open", attributes={}
    )
    p.call(
        "update_customer_session_v2",
        sess,
        M.IntegrationRequest(customer_session=opened, response_content=everything),
        label="(open, coupon)",
        describe=_session,
    )
    p.call(
        "get_customer_session",
        sess,
        describe=lambda r: f"state={r.customer_session.state} effects={[e.effect_type for e in r.effects or []]}",
    )
    p.call(
        "track_event_v2",
        M.IntegrationEventV2Request(
            profile_id=shopper, type=args.event_type, attributes={}, response_content=["customerProfile", "event"]
        ),
        silent="no",
        describe=lambda r: f"event={r.event.type} profile={r.customer_profile.integration_id!r}",
    )
    close = M.IntegrationRequest(customer_session=M.NewCustomerSessionV2(state="closed"), response_content=everything)
    p.call("update_customer_session_v2", sess, close, label="(close)", describe=_session)
    p.call(
        "reopen_customer_session",
        sess,
        describe=lambda r: f"effects={[e.effect_type for e in r.effects or []]}",
    )
    p.call("update_customer_session_v2", sess, close, label="(close again)", describe=_session)
    socks_back = M.NewReturn(returned_cart_items=[M.ReturnedCartItem(position=1, quantity=2)])
    p.call(
        "return_cart_items",
        sess,
        M.ReturnIntegrationRequest(_return=socks_back, response_content=["customerSession", "loyalty"]),
        describe=_session,
    )

    p.call(
        "get_loyalty_card_balances",
        CARD_PROGRAM,
        card_id,
        describe=lambda r: f"active={r.balance.active_points} profiles={[x.integration_id for x in r.profiles or []]}",
    )
    p.call(
        "get_loyalty_card_points",
        CARD_PROGRAM,
        card_id,
        describe=lambda r: f"amounts={[x.amount for x in r.data]} hasMore={r.has_more}",
    )
    p.call(
        "get_loyalty_card_transactions",
        CARD_PROGRAM,
        card_id,
        describe=lambda r: f"{[(x.type, x.amount) for x in r.data]}",
    )
    p.call(
        "get_loyalty_balances",
        PROFILE_PROGRAM,
        shopper,
        include_tiers=True,
        describe=lambda r: f"active={r.balance.active_points} tier={r.balance.current_tier.name}",
    )
    p.call(
        "get_loyalty_program_profile_points",
        PROFILE_PROGRAM,
        shopper,
        describe=lambda r: f"amounts={[x.amount for x in r.data]}",
    )
    p.call(
        "get_loyalty_program_profile_transactions",
        PROFILE_PROGRAM,
        shopper,
        describe=lambda r: f"{[(x.type, x.amount) for x in r.data]}",
    )

    audience = p.call(
        "create_audience_v2",
        M.NewAudience(name=f"probe-{rid}-regulars", description="Probe regulars"),
        describe=lambda a: f"id={a.id} name={a.name!r}",
    )
    audience_id = audience.id if audience is not None else 0
    p.call(
        "update_audience_v2",
        audience_id,
        M.UpdateAudience(name=f"probe-{rid}-vips"),
        describe=lambda a: f"id={a.id} name={a.name!r}",
    )
    join = M.CustomerProfileAudienceRequestItem(action="add", profile_integration_id=shopper, audience_id=audience_id)
    p.call("update_customer_profile_audiences", M.CustomerProfileAudienceRequest(data=[join]))
    p.call("update_audience_customers_attributes", audience_id, {"Segment": "vip"})
    p.call(
        "update_customer_profile_v2",
        shopper,
        M.CustomerProfileIntegrationRequestV2(response_content=["customerProfile"]),
        label="(audiences)",
        describe=lambda r: f"audiences={[m.id for m in r.customer_profile.audience_memberships or []]}",
    )
    p.call("delete_audience_memberships_v2", audience_id)
    p.call("delete_audience_v2", audience_id)
    p.call(
        "update_customer_profiles_v2",
        M.MultipleCustomerProfileIntegrationRequest(
            customer_profiles=[
                M.MultipleCustomerProfileIntegrationRequestItem(integration_id=shopper, attributes={}),
                M.MultipleCustomerProfileIntegrationRequestItem(integration_id=other, attributes={}),
            ]
        ),
        silent="no",
        describe=lambda r: f"profiles={[s.customer_profile.integration_id for s in r.integration_states]}",
    )

    p.call(
        "get_customer_achievements",
        shopper,
        describe=lambda r: f"{[(a.name, a.current_progress.status) for a in r.data]}",
    )
    p.call(
        "get_customer_achievement_history",
        shopper,
        ACHIEVEMENT,
        describe=lambda r: f"{[(a.status, a.progress) for a in r.data]}",
    )
    p.call(
        "get_customer_inventory",
        shopper,
        profile=True,
        referrals=True,
        coupons=True,
        loyalty=True,
        giveaways=True,
        achievements=True,
        describe=lambda r: f"profile={r.profile.integration_id!r} achievements={len(r.achievements or [])}",
    )

    p.call(
        "create_referral",
        M.NewReferral(campaign_id=args.referral_campaign_id, advocate_profile_integration_id=shopper),
        label="(shopper)",
        describe=lambda r: f"code={r.code}",
    )
    p.call(
        "create_referrals_for_multiple_advocates",
        M.NewReferralsForMultipleAdvocates(
            usage_limit=1, campaign_id=args.referral_campaign_id, advocate_profile_integration_ids=[shopper, other]
        ),
        silent="no",
        describe=lambda r: f"codes={[x.code for x in r.data]}",
    )

    ids = M.CouponReservations(integration_i_ds=[shopper])
    p.call("create_coupon_reservation", args.reserve_coupon, ids, label="(shopper)", describe=lambda c: c.value)
    p.call(
        "get_reserved_customers",
        args.reserve_coupon,
        label="(shopper)",
        describe=lambda r: f"ids={[x.integration_id for x in r.data]}",
    )
    p.call("delete_coupon_reservation", args.reserve_coupon, ids, label="(shopper)")

    add = M.CatalogAction(type="ADD", payload={"sku": f"probe-{rid}-hat", "price": 20.0, "attributes": {}})
    p.call(
        "sync_catalog",
        CATALOG,
        M.CatalogSyncRequest(actions=[add]),
        describe=lambda c: f"catalog={c.id} version={c.version}",
    )

    p.call("delete_customer_data", shopper, label="(shopper)")
