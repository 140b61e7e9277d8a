"""What each operation does to the sandbox's state: one rule per operation, in ``RULES`` by operation id.

A rule gets the state and the ``Call`` (the operation of the generated table, its decoded path parameter,
its body parsed into the generated request model) and returns the status and the answer, a generated
model (``None`` for no body); it raises ``Refused`` for an error answer. The dispatcher holds the
sandbox's lock around it. An operation of the spec without a rule here answers 501; to model one, write
its rule (a function named as the operation, ``Operation.name``) and add it to a table that ``_rulebook.RULES``
joins: ``V1_RULES`` here (the nine of 2019), ``_rules_v2.V2_RULES`` (today's checkout).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from talon_integration_generated.models import (
    CouponReservations,
    NewCustomerProfile,
    NewCustomerSession,
    NewEvent,
    NewReferral,
    ReservedCoupons,
    ReservedCustomers,
)
from talon_integration_generated.types import Model, Operation

from ._campaigns import close, coupon_problem, evaluate, undo_close
from ._replies import Refused, not_found, pointer, refuse
from ._state import CouponRecord, ReferralRecord, SandboxState, SessionRecord, empty_meta

__all__ = ["MAX_INTEGRATION_IDS", "V1_RULES", "Answer", "Call", "Rule"]

MAX_INTEGRATION_IDS = 1000
# API-FACTS.md's three, and today's service's partial return of a purchase (and its cancellation).
_TRANSITIONS = frozenset({
    ("open", "closed"), ("open", "cancelled"), ("closed", "cancelled"),
    ("closed", "partially_returned"), ("partially_returned", "cancelled"),
})  # fmt: skip
_ALLOWED_CHANGES = ", ".join(f"{a}→{b}" for a, b in sorted(_TRANSITIONS))
# The session fields a body sets, in the order a refusal names the first one changed.
_SESSION_FIELDS = ("coupon", "referral", "cart_items", "total", "identifiers", "attributes")

_M = TypeVar("_M", bound=Model)


@attrs.frozen
class Call:
    """One request as a rule sees it: the operation, its decoded path parameter ("" if none), its parsed body,
    and its query parameters checked and typed, by their Python names (``dry``, ``run_rule_engine``)."""

    operation: Operation[Any]
    param: str
    body: Model | None
    query: Mapping[str, Any] = attrs.field(factory=dict)
    document: Mapping[str, Any] = attrs.field(factory=dict)  # a free-form object body (no model), as JSON
    params: tuple[str, ...] = ()  # every path parameter in path order (``param`` is the last one)

    def flag(self, name: str) -> bool:
        """Whether the boolean query parameter ``name`` (its Python name) is ``true``."""
        return self.query.get(name) is True

    def parsed(self, model: type[_M]) -> _M:
        """The body, as the request model the operation declares."""
        if not isinstance(self.body, model):
            raise TypeError(f"{self.operation.operation_id} expects a {model.__name__} body")
        return self.body

    def not_found(self, what: str) -> Refused:
        """The 404 for the path parameter naming a ``what`` that does not exist."""
        return not_found(what, self.operation.path_parameter or "path", self.param)


Answer = tuple[int, Model | None]
"""A rule's status and answer body (a generated model, or None)."""
Rule = Callable[[SandboxState, Call], Answer]


def update_customer_profile(state: SandboxState, call: Call) -> Answer:
    """Merge the attributes into the profile (created on first use); records ``talon_profile_updated``."""
    body = call.parsed(NewCustomerProfile)
    profile = state.get_or_create_profile(call.param)
    profile.attributes.update(copy.deepcopy(body.attributes or {}))
    session = SessionRecord("", state.clock(), profile_id=call.param, first_session=not profile.session_ids)
    event = state.record_event(f"profile-{call.param}", call.param, "talon_profile_updated", {}, [], empty_meta())
    return 200, state.integration_state(session, event)


def update_customer_session(state: SandboxState, call: Call) -> Answer:
    """Create or update a session, move it through its states, and run the rules on it."""
    body = call.parsed(NewCustomerSession)
    session_id = call.param
    existing = state.sessions.get(session_id)
    session = copy.deepcopy(existing) if existing is not None else SessionRecord(session_id, state.clock())
    old_state = session.state
    new_state = body.state if body.state is not None else old_state
    if new_state != old_state and (old_state, new_state) not in _TRANSITIONS:
        raise refuse(
            "Invalid session state change",
            f"The session is {old_state} and cannot become {new_state} (allowed: {_ALLOWED_CHANGES})",
            pointer=pointer(NewCustomerSession, "state"),
        )
    profile_id = body.profile_id
    if profile_id is not None and profile_id != session.profile_id and existing is not None and session.profile_id:
        raise refuse(
            "The session belongs to another profile",
            f"Session {session_id!r} belongs to another profile and cannot be moved",
            pointer=pointer(NewCustomerSession, "profile_id"),
        )
    changed = _apply_session_fields(session, body)
    if profile_id and not session.profile_id:
        changed.append(pointer(NewCustomerSession, "profile_id"))
    if old_state != "open" and changed:
        raise refuse(
            f"The session is {old_state}: only its state can change",
            f"{changed[0]} cannot change on a {old_state} session",
            pointer=changed[0],
        )
    if profile_id and not session.profile_id:
        state.attach(session, profile_id)
    if session.profile_id:
        state.get_or_create_profile(session.profile_id)

    if new_state == "cancelled":
        if old_state in ("closed", "partially_returned"):  # a purchase, whole or in part: undone
            undo_close(state, session)
        session.discounts = {}
        effects: list[Any] = []
        meta = empty_meta()
    else:
        bought = session.discounts
        outcome = evaluate(state, session)
        if old_state != "open":  # a purchase keeps the discounts closing gave it, less what returns took back
            session.discounts = bought
        if old_state == "open" and new_state == "closed":
            close(state, session, outcome)
        effects, meta = outcome.effects, outcome.meta
    session.state = new_state
    session.updated = state.clock()
    state.sessions[session_id] = session
    event = state.record_event(session_id, session.profile_id, "talon_session_updated", {}, effects, meta)
    return 200, state.integration_state(session, event)


def _apply_session_fields(session: SessionRecord, body: NewCustomerSession) -> list[str]:
    """Copy the body's fields into the session; returns the pointers of the fields that changed."""
    before = [getattr(session, name) for name in _SESSION_FIELDS]
    if body.coupon is not None:
        session.coupon = body.coupon
    if body.referral is not None:
        session.referral = body.referral
    if body.cart_items is not None:
        session.cart_items = copy.deepcopy(body.cart_items)
        if body.total is None:
            session.total = round(sum(item.price * item.quantity for item in session.cart_items), 2)
            if not math.isfinite(session.total):  # no JSON number can carry it: a 400, not a 500 half applied
                raise refuse(
                    "Invalid request body",
                    "The cart's total (each item's price times its quantity, summed) is too large",
                    pointer=pointer(NewCustomerSession, "cart_items"),
                )
    if body.total is not None:
        session.total = body.total
    if body.identifiers is not None:
        session.identifiers = list(body.identifiers)
    if body.attributes is not None:
        session.attributes = copy.deepcopy(body.attributes)  # replaced, unlike a profile's (merged)
    return [
        pointer(NewCustomerSession, name)
        for name, old in zip(_SESSION_FIELDS, before, strict=True)
        if getattr(session, name) != old
    ]


def track_event(state: SandboxState, call: Call) -> Answer:
    """Record a custom event on a session (created on first use), attaching the session to the profile."""
    body = call.parsed(NewEvent)
    if body.type.startswith("talon_"):
        raise refuse("Invalid event type", f"{body.type!r} is a reserved event type", pointer=pointer(NewEvent, "type"))
    session_id, profile_id = body.session_id, body.profile_id or ""
    session = state.sessions.get(session_id)
    if session is not None and profile_id and session.profile_id and session.profile_id != profile_id:
        raise refuse(
            "The session belongs to another profile",
            f"Session {session_id!r} belongs to another profile",
            pointer=pointer(NewEvent, "profile_id"),
        )
    if session is None:
        session = SessionRecord(session_id, state.clock())
        state.sessions[session_id] = session
    if profile_id and not session.profile_id:
        state.attach(session, profile_id)
    elif session.profile_id:
        state.get_or_create_profile(session.profile_id)
    session.updated = state.clock()  # the most recent event on the session
    event = state.record_event(session_id, session.profile_id, body.type, body.attributes, [], empty_meta())
    event.store_integration_id = body.store_integration_id  # in the answer (the recorded event has none)
    return 201, state.integration_state(session, event)


def create_referral(state: SandboxState, call: Call) -> Answer:
    """A referral code of a referral campaign, for an advocate (and optionally one friend)."""
    body = call.parsed(NewReferral)
    campaign = state.campaigns.get(body.campaign_id)
    campaign_pointer = pointer(NewReferral, "campaign_id")
    if campaign is None:
        raise refuse(
            "Campaign not found", f"No campaign {body.campaign_id} exists", pointer=campaign_pointer, status=404
        )
    if campaign.kind != "referral":
        raise refuse(
            "Not a referral campaign", f"Campaign {campaign.id} is not a referral campaign", pointer=campaign_pointer
        )
    advocate, friend = body.advocate_profile_integration_id, body.friend_profile_integration_id
    if friend is not None and friend == advocate:
        raise refuse(
            "Invalid request body",
            "The friend cannot be the advocate",
            pointer=pointer(NewReferral, "friend_profile_integration_id"),
        )
    referral = ReferralRecord(
        next(state.ids), state.clock(), campaign.id, advocate, friend, body.start_date, body.expiry_date,
        state.new_code(), usage_limit=body.usage_limit or 0, attributes=copy.deepcopy(body.attributes or {}),
    )  # fmt: skip
    state.referrals[referral.code] = referral
    return 201, referral.to_model()


def delete_customer_data(state: SandboxState, call: Call) -> Answer:
    """Delete a profile: its sessions and events are kept, unlinked and without attributes; its loyalty cards too."""
    integration_id = call.param
    if state.profiles.pop(integration_id, None) is None:
        raise call.not_found("Profile")
    for session in state.sessions.values():
        if session.profile_id == integration_id:
            session.attributes = {}
            session.identifiers = None
            session.profile_id = ""  # history is kept but unlinked
    for event in state.events:
        if event.profile_id == integration_id:
            event.attributes = {}
            event.profile_id = ""
    for coupon in state.coupons.values():
        if integration_id in coupon.reserved_by:
            coupon.reserved_by.remove(integration_id)
    for program in state.card_programs.values():  # its loyalty cards keep their points, not the link to it
        for card in program.cards.values():
            card.profiles = [(linked, at) for linked, at in card.profiles if linked != integration_id]
    return 204, None


def _reservation_target(state: SandboxState, call: Call) -> tuple[CouponRecord, list[str]]:
    ids = call.parsed(CouponReservations).integration_ids
    if len(ids) > MAX_INTEGRATION_IDS:
        raise refuse(
            "Invalid request body",
            f"At most {MAX_INTEGRATION_IDS} integration IDs",
            pointer=pointer(CouponReservations, "integration_ids"),
        )
    coupon = state.coupons.get(call.param)
    if coupon is None:
        raise call.not_found("Coupon")
    return coupon, ids


def create_coupon_reservation(state: SandboxState, call: Call) -> Answer:
    """Reserve a coupon for profiles (created on first use); not for coupons with a recipient."""
    coupon, ids = _reservation_target(state, call)
    if coupon.recipient is not None:
        raise refuse(
            "Coupons created for one recipient cannot be reserved",
            f"Coupon {call.param!r} has a recipient",
            parameter=call.operation.path_parameter,
        )
    for integration_id in ids:
        state.get_or_create_profile(integration_id)
        if integration_id not in coupon.reserved_by:
            coupon.reserved_by.append(integration_id)
    return 201, coupon.to_model()


def delete_coupon_reservation(state: SandboxState, call: Call) -> Answer:
    """Remove reservations of a coupon."""
    coupon, ids = _reservation_target(state, call)
    coupon.reserved_by = [i for i in coupon.reserved_by if i not in set(ids)]
    return 204, None


def get_reserved_customers(state: SandboxState, call: Call) -> Answer:
    """The profiles that reserved a coupon."""
    coupon = state.coupons.get(call.param)
    if coupon is None:
        raise call.not_found("Coupon")
    data = [state.profiles[i].to_model() for i in coupon.reserved_by if i in state.profiles]
    return 200, ReservedCustomers(total_result_size=len(data), data=data)


def get_reserved_coupons(state: SandboxState, call: Call) -> Answer:
    """The coupons a profile reserved that it can use now."""
    integration_id = call.param
    if integration_id not in state.profiles:
        raise call.not_found("Profile")
    probe = SessionRecord("", state.clock(), profile_id=integration_id)
    data = [
        coupon.to_model()
        for coupon in state.coupons.values()
        if integration_id in coupon.reserved_by and coupon_problem(state, coupon, probe) is None
    ]
    return 200, ReservedCoupons(total_result_size=len(data), data=data)


V1_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        update_customer_profile,
        update_customer_session,
        track_event,
        create_referral,
        delete_customer_data,
        create_coupon_reservation,
        delete_coupon_reservation,
        get_reserved_customers,
        get_reserved_coupons,
    )
}
"""The 2019 operations, by the operation's ``name`` in the generated table (the rule's own name)."""
