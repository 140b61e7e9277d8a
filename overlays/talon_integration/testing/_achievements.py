"""The sandbox's achievements and a profile's inventory (what it holds: coupons, referrals, loyalty, achievements).

One achievement is seeded (``ACHIEVEMENT``): id 1, ``three_purchases``, "Close 3 sessions", target 3, no
recurrence, activated by the customer's action, tied to no campaign (``campaignId`` 0: the sandbox's rules are
not campaigns). Its progress is the profile's closed sessions (v1 or v2; a cancelled one is taken back, as it
is from ``closedSessions``), capped at the target: ``not_started`` at 0, ``inprogress`` below the target,
``completed`` at it. Rules of the sandbox:

- ``getCustomerAchievements``: the achievement with the profile's ``currentProgress``, filtered by
  ``achievementIds``, ``campaignIds``, ``achievementStatus`` (``active``) and ``currentProgressStatus``
  (one value each: the sandbox reads the last one given), paged (``pageSize``, ``skip``, ``totalResultSize``).
- ``getCustomerAchievementHistory``: the profile's progress entries for the achievement (one: it does not
  recur), filtered by ``progressStatus`` and by start date (``startDate`` / ``endDate``), paged.
- ``getCustomerInventory``: the parts the query asks for (``profile``, ``referrals``, ``coupons``, ``loyalty``,
  ``giveaways``, ``achievements``): referrals the profile advocates, coupons given to it (its
  ``recipientIntegrationId``) or reserved for it, its loyalty (``_loyalty``), no giveaways (the sandbox has
  none). Coupons' ``state``: ``expired`` past their expiry, ``pending`` before their start, ``used`` at their
  usage limit, else ``active``.
- An unknown profile is a 404 naming ``integrationId``; an unknown achievement one naming ``achievementId``.
"""

from __future__ import annotations

from typing import Any

import attrs

from talon_integration_generated.models import (
    AchievementProgress,
    AchievementProgressWithDefinition,
    AchievementStatusEntry,
    CustomerAchievementHistory,
    CustomerAchievements,
    CustomerInventory,
    InventoryCoupon,
    InventoryReferral,
)

from ._loyalty import loyalty_of
from ._loyalty_reads import in_dates, page
from ._replies import not_found
from ._rules import Answer, Call, Rule
from ._state import CouponRecord, ProfileRecord, SandboxState, stamp

__all__ = ["ACHIEVEMENT", "INVENTORY_RULES", "Achievement"]


@attrs.frozen
class Achievement:
    """An achievement's definition."""

    id: int
    name: str
    title: str
    description: str
    target: float
    campaign_id: int = 0


ACHIEVEMENT = Achievement(1, "three_purchases", "Three purchases", "Close 3 sessions", 3.0)
"""The seeded achievement: its progress is the profile's closed sessions."""


def _profile(state: SandboxState, call: Call) -> ProfileRecord:
    integration_id = call.params[0] if call.params else call.param
    profile = state.profiles.get(integration_id)
    if profile is None:
        raise not_found("Customer profile", "integrationId", integration_id)
    return profile


def _progress(profile: ProfileRecord) -> AchievementProgress:
    done = float(min(profile.closed_sessions, ACHIEVEMENT.target))
    status = "completed" if done >= ACHIEVEMENT.target else "inprogress" if done else "not_started"
    return AchievementProgress(
        status=status, progress=done, start_date=stamp(profile.created),
        completion_date=stamp(profile.last_activity) if status == "completed" else None,
    )  # fmt: skip


def _wanted(call: Call, name: str, value: object) -> bool:
    """Whether ``value`` passes the array query parameter ``name`` (absent: every value passes)."""
    given = call.query.get(name)
    return given is None or str(given) == str(value)


def get_customer_achievements(state: SandboxState, call: Call) -> Answer:
    """The achievement, with the profile's current progress, filtered and paged."""
    profile = _profile(state, call)
    progress = _progress(profile)
    entry = AchievementStatusEntry(
        id=ACHIEVEMENT.id, created=stamp(profile.created), name=ACHIEVEMENT.name, title=ACHIEVEMENT.title,
        description=ACHIEVEMENT.description, target=ACHIEVEMENT.target, recurrence_policy="no_recurrence",
        activation_policy="user_action", campaign_id=ACHIEVEMENT.campaign_id, status="active",
        current_progress=progress,
    )  # fmt: skip
    keep = (
        _wanted(call, "achievement_ids", ACHIEVEMENT.id)
        and _wanted(call, "campaign_ids", ACHIEVEMENT.campaign_id)
        and _wanted(call, "achievement_status", "active")
        and _wanted(call, "current_progress_status", progress.status)
    )
    entries = [entry] if keep else []
    data, _ = page(call, entries)
    return 200, CustomerAchievements(total_result_size=len(entries), data=data)


def get_customer_achievement_history(state: SandboxState, call: Call) -> Answer:
    """The profile's progress entries for the achievement (one, it does not recur), filtered and paged."""
    profile = _profile(state, call)
    if call.param != str(ACHIEVEMENT.id):
        raise not_found("Achievement", "achievementId", call.param)
    progress = _progress(profile)
    keep = _wanted(call, "progress_status", progress.status) and in_dates(call, progress.start_date or profile.created)
    entries = [progress] if keep else []
    data, _ = page(call, entries)
    return 200, CustomerAchievementHistory(total_result_size=len(entries), data=data)


def _coupon_state(state: SandboxState, coupon: CouponRecord) -> str:
    now = state.clock()
    if coupon.expiry is not None and coupon.expiry < now:
        return "expired"
    if coupon.start is not None and coupon.start > now:
        return "pending"
    if coupon.usage_limit and coupon.usage_counter >= coupon.usage_limit:
        return "used"
    return "active"


def _coupons(state: SandboxState, profile: ProfileRecord) -> list[InventoryCoupon]:
    held = [c for c in state.coupons.values() if profile.integration_id in (c.recipient, *c.reserved_by)]
    redeemed: dict[str, int] = {}
    for session in state.sessions.values():
        if session.profile_id == profile.integration_id and session.redeemed_coupon is not None:
            redeemed[session.redeemed_coupon] = redeemed.get(session.redeemed_coupon, 0) + 1
    found = []
    for coupon in held:
        base = coupon.to_model()  # the fields a coupon and an inventory coupon share, from the generated model
        model: dict[str, Any] = {
            f.name: getattr(base, f.name)
            for f in attrs.fields(InventoryCoupon)
            if not f.name.startswith("_") and hasattr(base, f.name)
        }
        model.update(profile_redemption_count=redeemed.get(coupon.value, 0), state=_coupon_state(state, coupon))
        found.append(InventoryCoupon(**model))
    return found


def _referrals(state: SandboxState, profile: ProfileRecord) -> list[InventoryReferral]:
    found = []
    for referral in state.referrals.values():
        if referral.advocate != profile.integration_id:
            continue
        found.append(
            InventoryReferral(
                id=referral.id,
                created=stamp(referral.created),
                usage_limit=referral.usage_limit,
                campaign_id=referral.campaign_id,
                advocate_profile_integration_id=referral.advocate,
                code=referral.code,
                usage_counter=referral.usage_counter,
                referred_customers=[referral.friend] if referral.friend else [],
                start_date=stamp(referral.start) if referral.start else None,
                expiry_date=stamp(referral.expiry) if referral.expiry else None,
                friend_profile_integration_id=referral.friend,
                attributes=dict(referral.attributes),
            )
        )
    return found


def _achievements(profile: ProfileRecord) -> list[AchievementProgressWithDefinition]:
    progress = _progress(profile)
    return [
        AchievementProgressWithDefinition(
            status=progress.status,
            progress=progress.progress,
            achievement_id=ACHIEVEMENT.id,
            name=ACHIEVEMENT.name,
            title=ACHIEVEMENT.title,
            description=ACHIEVEMENT.description,
            campaign_id=ACHIEVEMENT.campaign_id,
            achievement_recurrence_policy="no_recurrence",
            achievement_activation_policy="user_action",
            start_date=progress.start_date,
            completion_date=progress.completion_date,
            target=ACHIEVEMENT.target,
        )
    ]


def get_customer_inventory(state: SandboxState, call: Call) -> Answer:
    """What the profile holds, the parts the query's flags ask for."""
    profile = _profile(state, call)
    return 200, CustomerInventory(
        profile=profile.to_model() if call.flag("profile") else None,
        loyalty=loyalty_of(state, profile.integration_id) if call.flag("loyalty") else None,
        referrals=_referrals(state, profile) if call.flag("referrals") else None,
        coupons=_coupons(state, profile) if call.flag("coupons") else None,
        giveaways=[] if call.flag("giveaways") else None,
        achievements=_achievements(profile) if call.flag("achievements") else None,
    )


INVENTORY_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (get_customer_achievements, get_customer_achievement_history, get_customer_inventory)
}
"""The achievement and inventory operations the sandbox models, by operation name."""
