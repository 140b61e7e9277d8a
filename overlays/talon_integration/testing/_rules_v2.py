"""Today's (v2) checkout rules: sessions (update, get, reopen, returns), profiles and events.

They share the sandbox's state with the 2019 rules: a v2 session update is the v1 rule on the same record
(``couponCodes[0]`` is the session's coupon, ``referralCode`` its referral), answered with v2 effect objects
(``_answers_v2``). Rules of the sandbox, beyond the v1 ones (API-FACTS.md), each documented where it is made:

- One coupon per session is evaluated, as the v1 session holds one: the first of ``couponCodes``; any further
  code is rejected (``rejectCoupon``, reason ``CouponRejectedByCondition``, saying so in ``details``).
- ``dry=true`` runs the same rules on a snapshot of the records and forgets it: nothing changes.
  ``now`` is the clock the rules see (coupon start and expiry dates).
- Reopen: only a ``closed`` session; it answers ``rollbackCoupon`` / ``rollbackReferral`` / ``rollbackDiscount``
  for what closing redeemed and gave, undoes the purchase (redemptions, the profile's totals), records
  ``talon_session_reopened`` and leaves the session ``open``.
- Returns: a ``closed`` or ``partially_returned`` session, at least one item (an empty list is a 400); each
  returned item names its cart item by
  ``position`` (its index) and a ``quantity`` (default: all that is left), checked against what was bought
  and not yet returned. Each returned item rolls back its share of every session discount
  (``rollbackDiscount`` with ``cartItemPosition``, what is left of it * item value / value not yet returned,
  so the shares add up to the discount); when nothing is left, the coupon and referral redemptions too.
  The profile's ``totalSales`` shrinks by the returned value,
  the cart items show ``returnedQuantity`` / ``remainingQuantity``, the session becomes ``partially_returned``
  and records ``talon_cart_items_returned``.
- A state conflict on reopen or return answers 400 naming the path parameter, not 409: the clients retry
  a 409 (the service's "request not applied, try again"), and retrying cannot change a session's state.
- Profiles v2: attributes merged as in v1; the rule engine runs (an event ``talon_profile_updated``) only
  with ``runRuleEngine=true``, and ``dry`` counts only then, as the service documents.
- Loyalty: a v2 close earns points, returns / reopen / cancel roll them back (``_loyalty``, documented there),
  a cancel through v1 too (``update_customer_session_v1``): v1 and v2 see the same points.
- Events v2: as v1's custom events, without a session; ``silent`` and ``forceCompleteEvaluation`` are accepted
  (no event campaign exists to evaluate, and the spec declares only the 200 answer).
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from typing import Any

from talon_integration_generated.models import (
    CustomerProfileIntegrationRequestV2,
    CustomerProfileIntegrationResponseV2,
    EffectV2,
    ErrorItem,
    ErrorSource,
    Event,
    IntegrationCustomerSessionResponse,
    IntegrationEventV2Request,
    IntegrationRequest,
    IntegrationState,
    IntegrationStateV2,
    NewCustomerSession,
    NewCustomerSessionV2,
    NewReturn,
    RejectCouponEffectProps,
    ReopenSessionResponse,
    ReturnedCartItem,
    ReturnIntegrationRequest,
    SessionReturn,
    TrackEventV2Response,
)

from ._answers_v2 import campaigns_of, coupons_of, event_v2, referral_of, select, v2_effects
from ._campaigns import give_back, undo_close
from ._loyalty import earn, loyalty_of, roll_back
from ._replies import Refused, pointer, refuse
from ._rules import Answer, Call, Rule, update_customer_session
from ._rules_audiences import change_audiences
from ._state import ACCOUNT_ID, SandboxState, SessionRecord, empty_meta, stamp

__all__ = ["V2_RULES"]

_SESSION_UPDATED = "talon_session_updated"
# The v1 session field each v2 field is (Python names), so that a refusal of the v1 rule points into the v2 body.
_V1_FIELDS = {
    "profile_id": "profile_id", "coupon": "coupon_codes", "referral": "referral_code", "state": "state",
    "cart_items": "cart_items", "identifiers": "identifiers", "attributes": "attributes",
}  # fmt: skip
_SESSION = pointer(IntegrationRequest, "customer_session")
_POINTERS = {
    pointer(NewCustomerSession, v1): _SESSION + pointer(NewCustomerSessionV2, v2) for v1, v2 in _V1_FIELDS.items()
}


@contextlib.contextmanager
def _conditions(state: SandboxState, call: Call, *, dry: bool) -> Iterator[None]:
    """The request's ``now`` as the rules' clock and, with ``dry``, every change forgotten afterwards."""
    saved = state.snapshot() if dry else None
    clock = state.clock
    now = call.query.get("now")
    if now is not None:
        state.clock = lambda: now
    try:
        yield
    finally:
        state.clock = clock
        if saved is not None:
            state.restore(saved)


def _repointed(refused: Refused) -> Refused:
    """A refusal of the v1 rule, its pointers moved into the v2 body (``/coupon``: the v2 field's pointer)."""
    for index, item in enumerate(refused.errors):
        source = item.source
        if source is not None and source.pointer in _POINTERS:
            refused.errors[index] = ErrorItem(
                title=item.title, details=item.details, source=ErrorSource(pointer=_POINTERS[source.pointer])
            )
    return refused


def _v1_body(new: NewCustomerSessionV2) -> NewCustomerSession:
    codes = new.coupon_codes
    return NewCustomerSession(
        profile_id=new.profile_id,
        coupon=(codes[0] if codes else "") if codes is not None else None,
        referral=new.referral_code,
        state=new.state,
        cart_items=new.cart_items,
        identifiers=new.identifiers,
        attributes=new.attributes,
    )


def _extra_coupon_effects(session: SessionRecord) -> list[EffectV2]:
    """``rejectCoupon`` (tied to no campaign) for the codes after the first: one coupon per session is evaluated."""
    details = "the sandbox evaluates one coupon code per session, the first"
    return [
        EffectV2(
            campaign_id=-1,
            ruleset_id=0,
            rule_index=0,
            rule_name="",
            effect_type="rejectCoupon",
            props=RejectCouponEffectProps(
                value=code, rejection_reason="CouponRejectedByCondition", details=details
            ).to_dict(),
        )
        for code in session.extra_coupons
    ]


def _session_state(
    state: SandboxState,
    session: SessionRecord,
    event: Event,
    content: list[Any] | None,
    *,
    extra: list[EffectV2] | None = None,
    returned: SessionReturn | None = None,
) -> IntegrationStateV2:
    """The v2 answer about a session after ``event``, with what ``responseContent`` asked for."""
    effects = v2_effects(state, event.effects, event.meta) + (extra or [])
    profile = state.profiles.get(session.profile_id) if session.profile_id else None
    parts: dict[str, Callable[[], Any]] = {
        "customer_session": lambda: state.number(session).to_model_v2(state.application_id),
        "customer_profile": lambda: profile.to_model() if profile is not None else None,
        "event": lambda: event_v2(state, event),
        "loyalty": lambda: loyalty_of(state, session.profile_id),
        "referral": lambda: referral_of(state, session),
        "coupons": lambda: coupons_of(state, session),
        "triggered_campaigns": lambda: campaigns_of(state, effects),
        "rule_failure_reasons": list,
        "awarded_giveaways": list,
        "previous_returns": lambda: [r for r in session.returns if r is not returned],
    }
    return select(
        IntegrationStateV2, content, parts,
        effects=effects, created_coupons=[], created_referrals=[], return_=returned,
    )  # fmt: skip


def update_customer_session_v2(state: SandboxState, call: Call) -> Answer:
    """The v1 session rule on the same record, answered with v2 effects; ``dry`` and ``now`` as documented."""
    body = call.parsed(IntegrationRequest)
    new = body.customer_session
    existing = state.sessions.get(call.param)
    if existing is not None:
        state.number(existing)  # its id stays the same whether or not this call is dry
    before = existing.state if existing is not None else "open"
    with _conditions(state, call, dry=call.flag("dry")):
        try:
            _, answer = update_customer_session(state, Call(call.operation, call.param, _v1_body(new)))
        except Refused as refused:
            raise _repointed(refused) from None
        assert isinstance(answer, IntegrationState) and answer.event is not None
        session = state.number(state.sessions[call.param])
        _loyalty_on_state_change(state, session, before, answer.event)
        if new.coupon_codes is not None:
            session.extra_coupons = list(new.coupon_codes[1:])
        if new.store_integration_id is not None:
            session.store_integration_id = new.store_integration_id
        extra = _extra_coupon_effects(session)
        return 200, _session_state(state, session, answer.event, body.response_content, extra=extra)


def update_customer_session_v1(state: SandboxState, call: Call) -> Answer:
    """v1's session rule (``_rules``, the 2019 facts), on the state v2 shares: cancelling a purchase that a v2
    close earned points for rolls them back, as a v2 cancel does (a v1 close earns nothing)."""
    existing = state.sessions.get(call.param)
    before = existing.state if existing is not None else "open"
    status, answer = update_customer_session(state, call)
    assert isinstance(answer, IntegrationState) and answer.event is not None
    _loyalty_on_state_change(state, state.sessions[call.param], before, answer.event, earning=False)
    return status, answer


def _loyalty_on_state_change(
    state: SandboxState, session: SessionRecord, before: str, event: Event, *, earning: bool = True
) -> None:
    """Points earned on closing (with ``earning``), rolled back on cancelling (``_loyalty``); the effects join the
    session's event."""
    if earning and before == "open" and session.state == "closed":
        added = earn(state, session)
    elif before != "cancelled" and session.state == "cancelled":
        added = roll_back(state, session)
    else:
        return
    event.effects.extend(added)
    recorded = state.events[-1]  # the event the v1 rule recorded (``event`` is its copy)
    if recorded.id == event.id:
        recorded.effects.extend(copy.deepcopy(added))


def _session(state: SandboxState, call: Call) -> SessionRecord:
    session = state.sessions.get(call.param)
    if session is None:
        raise call.not_found("Customer session")
    return state.number(session)


def get_customer_session(state: SandboxState, call: Call) -> Answer:
    """The session and the effects of its most recent evaluation (v1 or v2)."""
    session = _session(state, call)
    evaluated = [e for e in state.events if e.session_id == session.integration_id and e.type == _SESSION_UPDATED]
    effects = v2_effects(state, evaluated[-1].effects, evaluated[-1].meta) if evaluated else []
    return 200, IntegrationCustomerSessionResponse(
        customer_session=session.to_model_v2(state.application_id), effects=effects
    )


def _state_conflict(call: Call, session: SessionRecord, allowed: str) -> Refused:
    return refuse(
        "Invalid session state",
        f"The session is {session.state}; {call.operation.operation_id} needs a {allowed} session",
        parameter=call.operation.path_parameter,
    )


def _campaign_of(state: SandboxState, code: str, kind: str) -> tuple[int, int]:
    record = state.coupons.get(code) if kind == "coupon" else state.referrals.get(code)
    campaign = state.campaigns.get(record.campaign_id) if record is not None else None
    return (campaign.id, campaign.ruleset_id) if campaign is not None else (-1, 0)


def _discount_campaign(state: SandboxState, name: str) -> tuple[int, int]:
    for campaign in state.campaigns.values():
        if campaign.name == name:
            return campaign.id, campaign.ruleset_id
    return -1, 0


def _rollback_redemptions(state: SandboxState, session: SessionRecord) -> list[list[Any]]:
    """The v1 effects that give back the session's coupon and referral redemptions."""
    effects: list[list[Any]] = []
    if session.redeemed_coupon is not None:
        effects.append(
            [*_campaign_of(state, session.redeemed_coupon, "coupon"), 0, ["rollbackCoupon", session.redeemed_coupon]]
        )
    if session.redeemed_referral is not None:
        code = session.redeemed_referral
        effects.append([*_campaign_of(state, code, "referral"), 0, ["rollbackReferral", code]])
    return effects


def reopen_customer_session(state: SandboxState, call: Call) -> Answer:
    """closed → open, answering the effects that undo what closing did."""
    session = _session(state, call)
    if session.state != "closed":
        raise _state_conflict(call, session, "closed")
    effects = _rollback_redemptions(state, session)
    for name, amount in session.discounts.items():
        effects.append([*_discount_campaign(state, name), 0, ["rollbackDiscount", name, amount]])
    effects.extend(roll_back(state, session))
    undo_close(state, session)
    session.state = "open"
    session.updated = state.clock()
    event = state.record_event(
        session.integration_id, session.profile_id, "talon_session_reopened", {}, effects, empty_meta()
    )
    return 200, ReopenSessionResponse(effects=v2_effects(state, event.effects, event.meta))


def _returned(session: SessionRecord, items: list[ReturnedCartItem]) -> dict[int, int]:
    """The quantity returned per cart item position, checked against what was bought and not yet returned."""
    base = pointer(ReturnIntegrationRequest, "return_") + pointer(NewReturn, "returned_cart_items")
    if not items:  # a return of nothing would still make the session partially_returned, for good
        raise refuse("Invalid return", "A return names at least one cart item", pointer=base)
    wanted: dict[int, int] = {}
    for index, item in enumerate(items):
        at = f"{base}/{index}"
        if not 0 <= item.position < len(session.cart_items):
            raise refuse(
                "Invalid return",
                f"The session has no cart item at position {item.position} ({len(session.cart_items)} items)",
                pointer=at + pointer(ReturnedCartItem, "position"),
            )
        cart = session.cart_items[item.position]
        left = cart.quantity - (cart.returned_quantity or 0) - wanted.get(item.position, 0)
        quantity = item.quantity if item.quantity is not None else left
        if not 1 <= quantity <= left:
            raise refuse(
                "Invalid return",
                f"Cart item {item.position} has {left} left to return, not {quantity}",
                pointer=at + pointer(ReturnedCartItem, "quantity" if item.quantity is not None else "position"),
            )
        wanted[item.position] = wanted.get(item.position, 0) + quantity
    return wanted


def return_cart_items(state: SandboxState, call: Call) -> Answer:
    """Return cart items of a closed (or partially returned) session, rolling back their effects."""
    body = call.parsed(ReturnIntegrationRequest)
    session = _session(state, call)
    if session.state not in ("closed", "partially_returned"):
        raise _state_conflict(call, session, "closed or partially_returned")
    wanted = _returned(session, body.return_.returned_cart_items)
    with _conditions(state, call, dry=call.flag("dry")):
        session = state.sessions[call.param]
        effects: list[list[Any]] = []
        value = 0.0
        for position, quantity in sorted(wanted.items()):
            cart = session.cart_items[position]
            item_value = cart.price * quantity
            value += item_value
            effects.extend(roll_back(state, session, item_value / session.total if session.total else 0.0, position))
            # What is left of each discount, spread over what is left to return: the shares add up to the discount.
            left = session.total - sum(c.price * (c.returned_quantity or 0) for c in session.cart_items)
            for name, amount in list(session.discounts.items()):
                share = round(amount * min(item_value / left, 1.0), 2) if left > 0 else 0.0
                session.discounts[name] = round(amount - share, 2)
                effects.append([*_discount_campaign(state, name), 0, ["rollbackDiscount", name, share, position]])
            cart.returned_quantity = (cart.returned_quantity or 0) + quantity
        for cart in session.cart_items:  # every item shows what is returned and what is left
            cart.returned_quantity = cart.returned_quantity or 0
            cart.remaining_quantity = cart.quantity - cart.returned_quantity
        if all(cart.remaining_quantity == 0 for cart in session.cart_items):
            effects.extend(roll_back(state, session))  # what rounding left
            effects.extend(_rollback_redemptions(state, session))
            give_back(state, session)
        profile = state.profiles.get(session.profile_id) if session.profile_id else None
        if profile is not None:
            profile.total_sales = round(profile.total_sales - value, 2)
        session.closed_total = round(session.closed_total - value, 2)
        session.state = "partially_returned"
        session.updated = state.clock()
        event = state.record_event(
            session.integration_id, session.profile_id, "talon_cart_items_returned", {}, effects, empty_meta()
        )
        profile = state.profiles.get(session.profile_id) if session.profile_id else None
        returned = SessionReturn(
            id=next(state.ids), created=stamp(state.clock()), application_id=state.application_id,
            account_id=ACCOUNT_ID, event_id=event.id, session_id=session.number,
            session_integration_id=session.integration_id,
            returned_cart_items=[ReturnedCartItem(position=p, quantity=q) for p, q in sorted(wanted.items())],
            profile_id=profile.id if profile is not None else None,
            profile_integration_id=session.profile_id or None,
        )  # fmt: skip
        session.returns.append(returned)
        return 200, _session_state(state, session, event, body.response_content, returned=returned)


def update_customer_profile_v2(state: SandboxState, call: Call) -> Answer:
    """Merge the attributes into the profile (created on first use); the rule engine only when asked."""
    body = call.parsed(CustomerProfileIntegrationRequestV2)
    run = call.flag("run_rule_engine")
    with _conditions(state, call, dry=run and call.flag("dry")):
        change_audiences(state, call.param, body.audiences_changes)
        profile = state.get_or_create_profile(call.param)
        profile.attributes.update(copy.deepcopy(body.attributes or {}))
        event = None
        if run:
            event = state.record_event(
                f"profile-{call.param}", call.param, "talon_profile_updated", {}, [], empty_meta()
            )
        parts: dict[str, Callable[[], Any]] = {
            "customer_profile": profile.to_model,
            "event": lambda: event_v2(state, event) if event is not None else None,
            "loyalty": lambda: loyalty_of(state, call.param),
            "triggered_campaigns": list,
            "rule_failure_reasons": list,
            "awarded_giveaways": list,
        }
        return 200, select(
            CustomerProfileIntegrationResponseV2, body.response_content, parts,
            effects=[], created_coupons=[], created_referrals=[],
        )  # fmt: skip


def track_event_v2(state: SandboxState, call: Call) -> Answer:
    """Record a custom event for a profile (created on first use) or an anonymous one."""
    body = call.parsed(IntegrationEventV2Request)
    if body.type.startswith("talon_"):
        raise refuse(
            "Invalid event type", f"{body.type!r} is a reserved event type",
            pointer=pointer(IntegrationEventV2Request, "type"),
        )  # fmt: skip
    with _conditions(state, call, dry=call.flag("dry")):
        profile = state.get_or_create_profile(body.profile_id) if body.profile_id else None
        event = state.record_event("", body.profile_id or "", body.type, body.attributes or {}, [], empty_meta())
        event.store_integration_id = body.store_integration_id
        parts: dict[str, Callable[[], Any]] = {
            "customer_profile": lambda: profile.to_model() if profile is not None else None,
            "event": lambda: event_v2(state, event),
            "loyalty": lambda: loyalty_of(state, body.profile_id or ""),
            "triggered_campaigns": list,
            "rule_failure_reasons": list,
            "awarded_giveaways": list,
        }
        return 200, select(
            TrackEventV2Response, body.response_content, parts, effects=[], created_coupons=[], created_referrals=[]
        )


V2_RULES: dict[str, Rule] = {
    # The v1 operation too: its rule with today's loyalty (it replaces ``_rules.V1_RULES``' own in ``RULES``).
    "update_customer_session": update_customer_session_v1,
    **{rule.__name__: rule for rule in (
        update_customer_session_v2,
        get_customer_session,
        reopen_customer_session,
        return_cart_items,
        update_customer_profile_v2,
        track_event_v2,
    )},
}  # fmt: skip
"""Today's checkout operations the sandbox models, by operation name."""
