"""The sandbox's rule engine: what a session's coupon and referral codes earn, and redeeming them.

A coupon campaign emits ``acceptCoupon`` (and ``setDiscount`` when it has a discount) or ``rejectCoupon``
with the coupon rejection reason in the event's meta; a referral campaign the same with ``acceptReferral`` /
``rejectReferral``. The effect names are data of the effects (``talon_integration.effects`` reads them),
the meta is the generated ``Meta`` model. Closing a session redeems what was accepted, cancelling a closed
one gives it back.
"""

from __future__ import annotations

from typing import Any

import attrs

from talon_integration_generated.models import CouponRejectionReason, Meta, ReferralRejectionReason

from ._state import CampaignRecord, CouponRecord, ReferralRecord, SandboxState, SessionRecord, empty_meta

__all__ = ["Outcome", "close", "coupon_problem", "evaluate", "give_back", "undo_close"]


@attrs.define
class Outcome:
    """What the rules made of a session: its effects, the event's meta, and the codes they accepted."""

    effects: list[Any] = attrs.Factory(list)
    meta: Meta = attrs.Factory(empty_meta)
    coupon: CouponRecord | None = None
    referral: ReferralRecord | None = None


def coupon_problem(state: SandboxState, coupon: CouponRecord, session: SessionRecord) -> str | None:
    """Why ``session`` cannot use ``coupon`` now (a ``CouponRejectionReason`` reason), or None."""
    now = state.clock()
    if coupon.start is not None and now < coupon.start:
        return "CouponStartDateInFuture"
    if coupon.expiry is not None and now >= coupon.expiry:
        return "CouponExpired"
    used = coupon.usage_counter - (1 if session.redeemed_coupon == coupon.value else 0)
    if coupon.usage_limit and used >= coupon.usage_limit:
        return "CouponLimitReached"
    if coupon.recipient is not None and coupon.recipient != session.profile_id:
        return "CouponRecipientDoesNotMatch"
    return None


def _referral_problem(state: SandboxState, referral: ReferralRecord, session: SessionRecord) -> str | None:
    now = state.clock()
    if referral.start is not None and now < referral.start:
        return "ReferralStartDateInFuture"
    if referral.expiry is not None and now >= referral.expiry:
        return "ReferralExpired"
    used = referral.usage_counter - (1 if session.redeemed_referral == referral.code else 0)
    if referral.usage_limit and used >= referral.usage_limit:
        return "ReferralLimitReached"
    if session.profile_id and session.profile_id == referral.advocate:
        return "ReferralRecipientIdSameAsAdvocate"
    if referral.friend is not None and referral.friend != session.profile_id:
        return "ReferralRecipientDoesNotMatch"
    return None


def evaluate(state: SandboxState, session: SessionRecord) -> Outcome:
    """The rules on the session's coupon and referral; sets ``session.discounts``."""
    out = Outcome()
    campaigns: dict[str, Any] = {}
    coupons: dict[str, Any] = {}
    out.meta = Meta(campaigns=campaigns, coupons=coupons)
    discounts: dict[str, float] = {}
    if session.coupon:
        code = session.coupon
        coupon = state.coupons.get(code)
        if coupon is None:
            out.effects.append([-1, 0, 0, ["rejectCoupon", code]])
            out.meta.coupon_rejection_reason = CouponRejectionReason(
                campaign_id=-1, coupon_id=0, reason="CouponNotFound"
            )
        else:
            campaign = state.campaigns[coupon.campaign_id]
            reason = coupon_problem(state, coupon, session)
            campaigns[str(campaign.id)] = {}
            if reason is not None:
                out.effects.append([campaign.id, campaign.ruleset_id, 0, ["rejectCoupon", code]])
                out.meta.coupon_rejection_reason = CouponRejectionReason(
                    campaign_id=campaign.id, coupon_id=coupon.id, reason=reason
                )
            else:
                out.coupon = coupon
                coupons[code] = {}
                out.effects.append([campaign.id, campaign.ruleset_id, 0, ["acceptCoupon", code]])
                _discount(campaign, session.total, out.effects, discounts)
    if session.referral:
        code = session.referral
        referral = state.referrals.get(code)
        if referral is None:
            out.effects.append([-1, 0, 0, ["rejectReferral", code]])
            out.meta.referral_rejection_reason = ReferralRejectionReason(
                campaign_id=-1, referral_id=0, reason="ReferralNotFound"
            )
        else:
            campaign = state.campaigns[referral.campaign_id]
            reason = _referral_problem(state, referral, session)
            campaigns[str(campaign.id)] = {}
            if reason is not None:
                out.effects.append([campaign.id, campaign.ruleset_id, 0, ["rejectReferral", code]])
                out.meta.referral_rejection_reason = ReferralRejectionReason(
                    campaign_id=campaign.id, referral_id=referral.id, reason=reason
                )
            else:
                out.referral = referral
                out.effects.append([campaign.id, campaign.ruleset_id, 0, ["acceptReferral", code]])
                _discount(campaign, session.total, out.effects, discounts)
    session.discounts = discounts
    return out


def _discount(campaign: CampaignRecord, total: float, effects: list[Any], discounts: dict[str, float]) -> None:
    amount = campaign.discount(total)
    if amount is not None:
        effects.append([campaign.id, campaign.ruleset_id, 0, ["setDiscount", campaign.name, amount]])
        discounts[campaign.name] = round(discounts.get(campaign.name, 0.0) + amount, 2)


def close(state: SandboxState, session: SessionRecord, outcome: Outcome) -> None:
    """open → closed: redeem what the rules accepted, and add the purchase to the profile's totals."""
    if outcome.coupon is not None:
        outcome.coupon.usage_counter += 1
        session.redeemed_coupon = outcome.coupon.value
    if outcome.referral is not None:
        outcome.referral.usage_counter += 1
        session.redeemed_referral = outcome.referral.code
    session.closed_total = session.total
    profile = state.profiles.get(session.profile_id) if session.profile_id else None
    if profile is not None:
        profile.closed_sessions += 1
        profile.total_sales = round(profile.total_sales + session.total, 2)


def give_back(state: SandboxState, session: SessionRecord) -> None:
    """The session's coupon and referral redemptions are undone (their usage counters go down)."""
    if session.redeemed_coupon is not None and session.redeemed_coupon in state.coupons:
        state.coupons[session.redeemed_coupon].usage_counter -= 1
    if session.redeemed_referral is not None and session.redeemed_referral in state.referrals:
        state.referrals[session.redeemed_referral].usage_counter -= 1
    session.redeemed_coupon = session.redeemed_referral = None


def undo_close(state: SandboxState, session: SessionRecord) -> None:
    """closed (or partially_returned) → cancelled: the purchase is undone (redemptions and totals rolled back)."""
    give_back(state, session)
    profile = state.profiles.get(session.profile_id) if session.profile_id else None
    if profile is not None:
        profile.closed_sessions = max(profile.closed_sessions - 1, 0)
        profile.total_sales = round(profile.total_sales - session.closed_total, 2)
