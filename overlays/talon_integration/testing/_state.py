"""The sandbox's state: its records (campaigns, coupons, referrals, profiles, sessions, events) and the store.

Each record answers as the generated model of the spec (``to_model()``), filled with snake_case attributes:
a response field the spec adds appears in the answers once the record has a value for it, and no wire name
is written here. Timestamps are ``Instant``s, whose ``isoformat()`` (what ``to_dict()`` calls) is the
service's spelling: UTC, milliseconds, ``Z``.

``SandboxState`` holds the records and the helpers the rules share (profiles created on first use,
sessions attached to profiles, events recorded). It has no lock of its own: the ``Sandbox`` holds one
around every use.
"""

from __future__ import annotations

import copy
import datetime as _dt
import itertools
import random
from collections.abc import Callable
from typing import Any

import attrs
from dateutil.parser import isoparse

from talon_integration_generated.models import (
    AudienceMembership,
    CartItem,
    Coupon,
    CustomerProfile,
    CustomerSession,
    CustomerSessionV2,
    Event,
    IntegrationState,
    Meta,
    Referral,
    SessionReturn,
)

from ..errors import InvalidInputError
from ._records_today import seeded_card_programs, seeded_catalogs
from ._state_audiences import AudienceRecord

__all__ = [
    "ACCOUNT_ID",
    "CampaignRecord",
    "CouponRecord",
    "DemoSeed",
    "Instant",
    "LoyaltyProgramRecord",
    "ProfileRecord",
    "ReferralRecord",
    "SandboxState",
    "SessionRecord",
    "aware",
    "empty_meta",
    "stamp",
    "utcnow",
]

ACCOUNT_ID = 1
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class Instant(_dt.datetime):
    """A UTC ``datetime`` written as the service writes one: ``2026-01-31T12:00:00.000Z``."""

    def isoformat(self, sep: str = "T", timespec: str = "milliseconds") -> str:
        """RFC 3339 in UTC with milliseconds and ``Z`` (what the generated ``to_dict()`` writes)."""
        return super().isoformat(sep, timespec).replace("+00:00", "Z")


def stamp(value: _dt.datetime) -> Instant:
    """``value`` (timezone-aware) as an ``Instant`` in UTC."""
    utc = value.astimezone(_dt.UTC)
    return Instant.combine(utc.date(), utc.timetz())


def utcnow() -> _dt.datetime:
    """The sandbox's default clock."""
    return _dt.datetime.now(_dt.UTC)


def aware(name: str, value: _dt.datetime | str | None) -> _dt.datetime | None:
    """A set-up argument as an aware datetime (an ISO 8601 string parsed; naive means UTC)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = isoparse(value)
    if not isinstance(value, _dt.datetime):
        raise InvalidInputError(f"{name} must be a datetime or an ISO 8601 string, got {type(value).__name__}")
    return value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)


def _stamp_or_none(value: _dt.datetime | None) -> Instant | None:
    return stamp(value) if value is not None else None


@attrs.frozen
class DemoSeed:
    """What ``Sandbox.seed_demo`` created: the two campaign ids and the coupon codes."""

    coupon_campaign_id: int
    referral_campaign_id: int
    coupons: tuple[str, ...]


# ---- records -----------------------------------------------------------------------------------------


@attrs.define
class CampaignRecord:
    """A campaign: coupon or referral, with an optional fixed or percentage discount."""

    id: int
    ruleset_id: int
    name: str
    kind: str  # "coupon" or "referral"
    discount_amount: float | None
    discount_percent: float | None

    def discount(self, total: float) -> float | None:
        """The discount on a session of this ``total`` (None: the campaign gives none)."""
        if self.discount_amount is not None:
            return self.discount_amount
        if self.discount_percent is not None:
            return round(total * self.discount_percent / 100.0, 2)
        return None


@attrs.define
class CouponRecord:
    """A coupon code, its limits and who reserved it."""

    id: int
    created: _dt.datetime
    campaign_id: int
    value: str
    usage_limit: int
    start: _dt.datetime | None
    expiry: _dt.datetime | None
    recipient: str | None
    usage_counter: int = 0
    reserved_by: list[str] = attrs.Factory(list)

    def to_model(self) -> Coupon:
        """The coupon as the spec's ``Coupon``."""
        return Coupon(
            id=self.id,
            created=stamp(self.created),
            campaign_id=self.campaign_id,
            value=self.value,
            usage_limit=self.usage_limit,
            usage_counter=self.usage_counter,
            attributes={},
            reservation=True,  # reservable for many customers (a shared code, not a personal one)
            is_reservation_mandatory=False,  # anyone may redeem it, reserved or not
            implicitly_reserved=False,
            reservation_counter=len(self.reserved_by),
            start_date=_stamp_or_none(self.start),
            expiry_date=_stamp_or_none(self.expiry),
            recipient_integration_id=self.recipient,
        )


@attrs.define
class ReferralRecord:
    """A referral code created by ``create_referral``."""

    id: int
    created: _dt.datetime
    campaign_id: int
    advocate: str
    friend: str | None
    start: _dt.datetime | None
    expiry: _dt.datetime | None
    code: str
    usage_counter: int = 0
    usage_limit: int = 0
    attributes: dict[str, Any] = attrs.Factory(dict)

    def to_model(self) -> Referral:
        """The referral as the spec's ``Referral``."""
        return Referral(
            id=self.id,
            created=stamp(self.created),
            campaign_id=self.campaign_id,
            advocate_profile_integration_id=self.advocate,
            code=self.code,
            usage_counter=self.usage_counter,
            usage_limit=self.usage_limit,
            attributes=copy.deepcopy(self.attributes),
            friend_profile_integration_id=self.friend,
            start_date=_stamp_or_none(self.start),
            expiry_date=_stamp_or_none(self.expiry),
        )


@attrs.define
class LoyaltyProgramRecord:
    """A profile-based loyalty program: its settings and what each closed session earned (one ledger)."""

    id: int
    name: str
    title: str
    points_per_unit: float = 1.0  # points per whole currency unit of a closed session's total after discounts
    pending_days: int = 0  # days from earning until points are active (0: at once)
    expiry_days: int | None = None  # days points stay valid once active (None: forever)
    # By session integration id: what its closing added (transaction, points) and how much was rolled back since.
    earned: dict[str, tuple[str, float]] = attrs.Factory(dict)
    returned: dict[str, float] = attrs.Factory(dict)


@attrs.define
class ProfileRecord:
    """A customer profile."""

    id: int  # the service's own numeric ID (0 for the stand-in profile of an anonymous session)
    integration_id: str
    created: _dt.datetime
    last_activity: _dt.datetime
    attributes: dict[str, Any] = attrs.Factory(dict)
    closed_sessions: int = 0
    total_sales: float = 0.0
    session_ids: list[str] = attrs.Factory(list)
    audience_memberships: list[AudienceMembership] = attrs.Factory(list)  # kept by ``_rules_audiences``

    def to_model(self) -> CustomerProfile:
        """The profile as the spec's ``CustomerProfile``."""
        return CustomerProfile(
            id=self.id,
            integration_id=self.integration_id,
            created=stamp(self.created),
            attributes=copy.deepcopy(self.attributes),
            account_id=ACCOUNT_ID,
            closed_sessions=self.closed_sessions,
            total_sales=self.total_sales,
            loyalty_memberships=[],
            audience_memberships=copy.deepcopy(self.audience_memberships),
            last_activity=stamp(self.last_activity),
            sandbox=True,
        )


@attrs.define
class SessionRecord:
    """A customer session, with what closing it redeemed (so that cancelling it can give it back)."""

    integration_id: str
    created: _dt.datetime
    profile_id: str = ""
    coupon: str = ""
    referral: str = ""
    state: str = "open"
    cart_items: list[CartItem] = attrs.Factory(list)
    identifiers: list[str] | None = None
    total: float = 0.0
    attributes: dict[str, Any] = attrs.Factory(dict)
    first_session: bool = True
    discounts: dict[str, float] = attrs.Factory(dict)
    redeemed_coupon: str | None = None  # set while closed: what closing redeemed, undone by cancelling
    redeemed_referral: str | None = None
    closed_total: float = 0.0
    updated: _dt.datetime | None = None  # the most recent update or event (created, until then)
    number: int = 0  # the service's numeric id (v2 answers); given on first use by ``SandboxState.number``
    extra_coupons: list[str] = attrs.Factory(list)  # v2 couponCodes after the first (rejected by the rules)
    store_integration_id: str | None = None
    returns: list[SessionReturn] = attrs.Factory(list)  # the returns of cart items, oldest first

    def to_model(self, application_id: int) -> CustomerSession:
        """The session as the spec's ``CustomerSession``."""
        return CustomerSession(
            integration_id=self.integration_id,
            created=stamp(self.created),
            application_id=application_id,
            profile_id=self.profile_id,
            coupon=self.coupon,
            referral=self.referral,
            state=self.state,
            cart_items=copy.deepcopy(self.cart_items),
            total=self.total,
            attributes=copy.deepcopy(self.attributes),
            first_session=self.first_session,
            discounts=dict(self.discounts),
            updated=stamp(self.updated or self.created),
            identifiers=list(self.identifiers) if self.identifiers is not None else None,
        )

    def to_model_v2(self, application_id: int) -> CustomerSessionV2:
        """The session as the spec's ``CustomerSessionV2`` (its ``number`` given already)."""
        codes = ([self.coupon] if self.coupon else []) + self.extra_coupons
        return CustomerSessionV2(
            id=self.number,
            created=stamp(self.created),
            integration_id=self.integration_id,
            application_id=application_id,
            profile_id=self.profile_id,
            state=self.state,
            cart_items=copy.deepcopy(self.cart_items),
            attributes=copy.deepcopy(self.attributes),
            first_session=self.first_session,
            total=self.total,
            cart_item_total=self.total,
            additional_cost_total=0.0,
            updated=stamp(self.updated or self.created),
            store_integration_id=self.store_integration_id,
            coupon_codes=codes,
            referral_code=self.referral or None,
            identifiers=list(self.identifiers) if self.identifiers is not None else None,
        )


def empty_meta() -> Meta:
    """The ``meta`` of an event no campaign rule looked at."""
    return Meta(campaigns={}, coupons={})


# ---- the store ---------------------------------------------------------------------------------------


class SandboxState:
    """Every record of one sandbox, the id counters and the clock; the helpers the rules share.

    Not thread-safe by itself: the ``Sandbox`` holds its lock around every use.
    """

    def __init__(self, application_id: int) -> None:
        self.application_id = application_id
        self.clock: Callable[[], _dt.datetime] = utcnow
        self.random = random.Random(0)
        self.ids = itertools.count(1)
        self.request_ids = itertools.count(1)
        self.campaigns: dict[int, CampaignRecord] = {}
        self.coupons: dict[str, CouponRecord] = {}
        self.referrals: dict[str, ReferralRecord] = {}
        self.profiles: dict[str, ProfileRecord] = {}
        self.sessions: dict[str, SessionRecord] = {}
        self.events: list[Event] = []
        self.audiences: dict[int, AudienceRecord] = {}
        # The seeded profile-based loyalty program (its id is its own, not from ``ids``).
        self.loyalty_programs: dict[int, LoyaltyProgramRecord] = {1: LoyaltyProgramRecord(1, "points", "Points")}
        self.card_programs = seeded_card_programs()  # the card-based programs and their cards (``_cards``)
        self.catalogs = seeded_catalogs(utcnow())  # the cart item catalogs (``_catalog``)

    def snapshot(self) -> tuple[Any, ...]:
        """A deep copy of every record a rule may change (what ``restore`` puts back after a dry run)."""
        return copy.deepcopy(
            (self.coupons, self.referrals, self.profiles, self.sessions, self.events, self.loyalty_programs,
             self.card_programs)
        )  # fmt: skip

    def restore(self, saved: tuple[Any, ...]) -> None:
        """Put back the records of a ``snapshot``: what a dry run did is forgotten (ids stay used)."""
        (self.coupons, self.referrals, self.profiles, self.sessions, self.events, self.loyalty_programs,
         self.card_programs) = saved  # fmt: skip

    def number(self, session: SessionRecord) -> SessionRecord:
        """The session, with its numeric id given on first use (v1 sessions have none until v2 reads them)."""
        if not session.number:
            session.number = next(self.ids)
        return session

    def next_request_id(self) -> str:
        """The ``x-request-id`` of the next answer (``sbx-1``, ``sbx-2``, ...)."""
        return f"sbx-{next(self.request_ids)}"

    def add_campaign(
        self, name: str, kind: str, discount_amount: float | None, discount_percent: float | None
    ) -> CampaignRecord:
        """A new campaign (its arguments already checked)."""
        campaign_id = next(self.ids)
        campaign = CampaignRecord(
            campaign_id,
            next(self.ids),
            name,
            kind,
            float(discount_amount) if discount_amount is not None else None,
            float(discount_percent) if discount_percent is not None else None,
        )
        self.campaigns[campaign_id] = campaign
        return campaign

    def code_taken(self, code: str) -> bool:
        """Whether a coupon or a referral already has this code."""
        return code in self.coupons or code in self.referrals

    def new_code(self) -> str:
        """A fresh referral code (``REF-`` and six letters or digits), unused by any coupon or referral."""
        while True:
            code = "REF-" + "".join(self.random.choice(_CODE_ALPHABET) for _ in range(6))
            if not self.code_taken(code):
                return code

    def get_or_create_profile(self, integration_id: str) -> ProfileRecord:
        """The profile, created on first use; its last activity is now."""
        profile = self.profiles.get(integration_id)
        now = self.clock()
        if profile is None:
            profile = ProfileRecord(next(self.ids), integration_id, now, now)
            self.profiles[integration_id] = profile
        profile.last_activity = now
        return profile

    def attach(self, session: SessionRecord, profile_id: str) -> None:
        """Link an (anonymous or new) session to a profile, creating the profile on first use."""
        profile = self.get_or_create_profile(profile_id)
        session.profile_id = profile_id
        session.first_session = not profile.session_ids
        if session.integration_id not in profile.session_ids:
            profile.session_ids.append(session.integration_id)

    def record_event(
        self,
        session_id: str,
        profile_id: str,
        event_type: str,
        attributes: dict[str, Any],
        effects: list[Any],
        meta: Meta,
    ) -> Event:
        """Record an event; returns a copy of it (the answer may add to it)."""
        event = Event(
            id=next(self.ids),
            created=stamp(self.clock()),
            application_id=self.application_id,
            profile_id=profile_id,
            session_id=session_id,
            type=event_type,
            attributes=copy.deepcopy(attributes),
            effects=effects,
            ledger_entries=[],
            meta=meta,
        )
        self.events.append(event)
        return copy.deepcopy(event)

    def integration_state(self, session: SessionRecord, event: Event) -> IntegrationState:
        """The answer of the session and profile updates and of events: the session, its profile, the event.

        An anonymous session's profile is a stand-in (id 0, no integration id).
        """
        profile = self.profiles.get(session.profile_id) if session.profile_id else None
        if profile is None:
            profile = ProfileRecord(0, "", self.clock(), self.clock())
        return IntegrationState(session=session.to_model(self.application_id), profile=profile.to_model(), event=event)
