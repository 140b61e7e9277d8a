"""Today's (v2) answers from the sandbox's records: effect objects, ``EventV2`` and ``responseContent``.

The rules keep one kind of effect in the recorded events, the 2019 4-tuple ``[campaignId, rulesetId, ruleIndex,
[name, *args]]`` (v1 answers read them as they are); a v2 answer turns each into an ``EffectV2`` object whose
``props`` are the spec's ``*EffectProps`` model of that effect type, ``to_dict()``-ed. The rejection reason,
which v1 keeps in the event's meta, goes into the ``rejectCoupon`` / ``rejectReferral`` props.

``select`` builds a v2 answer model with only the entities the request's ``responseContent`` asked for: each
value of that enum is the wire name of the answer's field, so the fields are found in the generated ``FIELDS``.
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from talon_integration_generated.models import (
    AcceptCouponEffectProps,
    AcceptReferralEffectProps,
    AddLoyaltyPointsEffectProps,
    Campaign,
    EffectV2,
    Event,
    EventV2,
    IntegrationCoupon,
    InventoryReferral,
    Meta,
    RejectCouponEffectProps,
    RejectReferralEffectProps,
    RollbackAddedLoyaltyPointsEffectProps,
    RollbackCouponEffectProps,
    RollbackDiscountEffectProps,
    RollbackReferralEffectProps,
    SetDiscountEffectProps,
)
from talon_integration_generated.types import Model

from ._state import Instant, SandboxState, SessionRecord, stamp

__all__ = ["campaigns_of", "coupons_of", "effect", "event_v2", "referral_of", "select", "v2_effects"]

_M = TypeVar("_M", bound=Model)


def _props(name: str, args: Sequence[Any], meta: Meta | None) -> dict[str, Any]:
    """The props of a v1 effect ``[name, *args]``, through the effect type's props model."""
    if name in ("acceptCoupon", "rollbackCoupon", "acceptReferral", "rollbackReferral"):
        model = {
            "acceptCoupon": AcceptCouponEffectProps, "rollbackCoupon": RollbackCouponEffectProps,
            "acceptReferral": AcceptReferralEffectProps, "rollbackReferral": RollbackReferralEffectProps,
        }[name]  # fmt: skip
        return model(value=str(args[0])).to_dict()
    if name == "rejectCoupon":
        found = meta.coupon_rejection_reason if meta is not None else None
        reason = found.reason if found is not None else "CouponNotFound"
        details = str(args[1]) if len(args) > 1 else None
        return RejectCouponEffectProps(value=str(args[0]), rejection_reason=reason, details=details).to_dict()
    if name == "rejectReferral":
        found_referral = meta.referral_rejection_reason if meta is not None else None
        reason = found_referral.reason if found_referral is not None else "ReferralNotFound"
        return RejectReferralEffectProps(value=str(args[0]), rejection_reason=reason).to_dict()
    if name == "setDiscount":
        return SetDiscountEffectProps(name=str(args[0]), value=float(args[1])).to_dict()
    if name == "rollbackDiscount":
        position = float(args[2]) if len(args) > 2 else None
        return RollbackDiscountEffectProps(
            name=str(args[0]), value=float(args[1]), cart_item_position=position
        ).to_dict()
    if name == "addLoyaltyPoints":  # program, points, recipient, transaction, name[, card[, start, expiry]]
        start, expiry = (_date(args, i) for i in (6, 7))
        return AddLoyaltyPointsEffectProps(
            program_id=int(args[0]), sub_ledger_id="", value=float(args[1]), recipient_integration_id=str(args[2]),
            transaction_uuid=str(args[3]), name=str(args[4]),
            card_identifier=str(args[5]) if len(args) > 5 and args[5] is not None else None,
            start_date=start, expiry_date=expiry,
        ).to_dict()  # fmt: skip
    if name == "rollbackAddedLoyaltyPoints":  # program, points, recipient, transaction[, position[, card]]
        return RollbackAddedLoyaltyPointsEffectProps(
            program_id=int(args[0]), sub_ledger_id="", value=float(args[1]), recipient_integration_id=str(args[2]),
            transaction_uuid=str(args[3]), cart_item_position=float(args[4]) if len(args) > 4 and args[4] is not None
            else None, card_identifier=str(args[5]) if len(args) > 5 else None,
        ).to_dict()  # fmt: skip
    return {"arguments": list(args)}  # an effect the sandbox's rules do not write (none today)


def _date(args: Sequence[Any], index: int) -> Instant | None:
    """A date argument of an effect tuple (ISO 8601, or None / absent) as the service writes it."""
    return stamp(_dt.datetime.fromisoformat(args[index])) if len(args) > index and args[index] else None


def effect(state: SandboxState, item: Sequence[Any], meta: Meta | None = None) -> EffectV2:
    """One v1 effect tuple as the spec's ``EffectV2`` object (its rule named after its campaign)."""
    campaign_id, ruleset_id, rule_index, (name, *args) = item
    campaign = state.campaigns.get(campaign_id)
    return EffectV2(
        campaign_id=campaign_id,
        ruleset_id=ruleset_id,
        rule_index=rule_index,
        rule_name=campaign.name if campaign is not None else "",
        effect_type=name,
        props=_props(name, args, meta),
    )


def v2_effects(state: SandboxState, effects: Iterable[Sequence[Any]], meta: Meta | None) -> list[EffectV2]:
    """The effects of a recorded event as ``EffectV2`` objects, in their order."""
    return [effect(state, item, meta) for item in effects]


def event_v2(state: SandboxState, event: Event) -> EventV2:
    """A recorded event as the spec's ``EventV2`` (effects as objects; an event of no session has no session id)."""
    return EventV2(
        id=event.id,
        created=event.created,
        application_id=event.application_id,
        type=event.type,
        attributes=copy.deepcopy(event.attributes),
        effects=v2_effects(state, event.effects, event.meta),
        profile_id=event.profile_id,
        store_integration_id=event.store_integration_id,
        session_id=event.session_id or None,
        ledger_entries=copy.deepcopy(event.ledger_entries),
        meta=copy.deepcopy(event.meta),
    )


def coupons_of(state: SandboxState, session: SessionRecord) -> list[IntegrationCoupon]:
    """The session's coupon codes that exist, as ``IntegrationCoupon`` (with the profile's redemptions of each)."""
    found = []
    for code in ([session.coupon] if session.coupon else []) + session.extra_coupons:
        coupon = state.coupons.get(code)
        if coupon is None:
            continue
        redeemed = sum(
            1
            for other in state.sessions.values()
            if session.profile_id and other.profile_id == session.profile_id and other.redeemed_coupon == code
        )
        found.append(IntegrationCoupon(
            id=coupon.id, created=stamp(coupon.created), campaign_id=coupon.campaign_id, value=coupon.value,
            usage_limit=coupon.usage_limit, usage_counter=coupon.usage_counter, profile_redemption_count=redeemed,
            start_date=stamp(coupon.start) if coupon.start else None,
            expiry_date=stamp(coupon.expiry) if coupon.expiry else None,
            recipient_integration_id=coupon.recipient,
        ))  # fmt: skip
    return found


def referral_of(state: SandboxState, session: SessionRecord) -> InventoryReferral | None:
    """The session's referral code, if it exists, as ``InventoryReferral``."""
    referral = state.referrals.get(session.referral) if session.referral else None
    if referral is None:
        return None
    return InventoryReferral(
        id=referral.id, created=stamp(referral.created), usage_limit=referral.usage_limit,
        campaign_id=referral.campaign_id, advocate_profile_integration_id=referral.advocate, code=referral.code,
        usage_counter=referral.usage_counter, referred_customers=[referral.friend] if referral.friend else [],
    )  # fmt: skip


def campaigns_of(state: SandboxState, effects: Iterable[EffectV2]) -> list[Campaign]:
    """The campaigns that triggered (gave an accepting or discount effect), as ``Campaign``."""
    triggered = {e.campaign_id for e in effects if e.effect_type in ("acceptCoupon", "acceptReferral", "setDiscount")}
    return [
        Campaign(
            id=campaign.id,
            created=stamp(state.clock()),
            application_id=state.application_id,
            user_id=1,
            name=campaign.name,
            description="",
            state="enabled",
            tags=[],
            features=["coupons" if campaign.kind == "coupon" else "referrals"],
            limits=[],
            type="advanced",
            frontend_state="running",
            stores_imported=False,
            active_ruleset_id=campaign.ruleset_id,
        )
        for campaign in state.campaigns.values()
        if campaign.id in triggered
    ]


def select(model: type[_M], content: Sequence[str] | None, parts: dict[str, Callable[[], Any]], **always: Any) -> _M:
    """``model`` with the ``always`` fields, and each of ``parts`` (by Python name) that ``content`` names.

    ``content`` holds wire names (``responseContent``'s values are the answer's field names).
    """
    asked = set(content or ())
    chosen = {field.name: parts[field.name]() for field in model.FIELDS if field.wire in asked and field.name in parts}
    return model(**always, **chosen)
