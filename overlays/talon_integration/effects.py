"""Typed effects: what the rule engine decided, as Python objects.

The service sends each effect as ``[campaignId, rulesetId, ruleIndex, [name, arg1, arg2, ...]]``.
``parse_effects`` turns every entry into an ``Effect`` (in server order, none dropped): the six
well-known names become typed subclasses, every other name a plain ``Effect``. An entry that does not
have the documented shape is kept as a plain ``Effect`` with ``effect_type == ""``, ids of -1 and the
entry itself in ``raw``; parsing effects never raises.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

__all__ = [
    "AcceptCoupon",
    "AcceptReferral",
    "Effect",
    "ReferralCreated",
    "RejectCoupon",
    "RejectReferral",
    "SetDiscount",
    "parse_effects",
]


@attrs.frozen
class Effect:
    """One effect: what one rule of a campaign decided. Custom and unknown effects are plain ``Effect`` objects.

    Attributes:
        campaign_id: The campaign of the rule (-1 when tied to no campaign, or for a malformed entry).
        ruleset_id: The ruleset of the rule.
        rule_index: The rule's position in its ruleset.
        effect_type: Its name (e.g. ``"setDiscount"``); ``""`` for an entry without the documented shape.
        args: Its arguments as sent, after the name.
        raw: The entry as the service sent it.

    Example:
        ```python
        for effect in state.effects:
            match effect:
                case effects.SetDiscount(name=label, value=amount):
                    apply_discount(label, amount)
                case effects.Effect(effect_type="showNotification", args=args):
                    notify(*args)
        ```
    """

    campaign_id: int
    ruleset_id: int
    rule_index: int
    effect_type: str
    args: tuple[Any, ...]
    raw: Any = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen
class AcceptCoupon(Effect):
    """The session's coupon code is valid and was applied."""

    value: str = ""


@attrs.frozen
class RejectCoupon(Effect):
    """The session's coupon code was refused; the reason is ``state.coupon_rejection_reason``."""

    value: str = ""


@attrs.frozen
class SetDiscount(Effect):
    """Apply a discount: ``name`` is its label, ``value`` the amount."""

    name: str = ""
    value: float = 0.0


@attrs.frozen
class AcceptReferral(Effect):
    """The session's referral code is valid and was applied."""

    value: str = ""


@attrs.frozen
class RejectReferral(Effect):
    """The session's referral code was refused."""

    value: str = ""


@attrs.frozen
class ReferralCreated(Effect):
    """A referral code was created for a friend."""

    value: str = ""
    friend_profile_integration_id: str = ""


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


# name -> (class, keyword names of the leading arguments, a check per argument)
_TYPED: dict[str, tuple[type[Effect], tuple[str, ...], tuple[Callable[[Any], bool], ...]]] = {
    "acceptCoupon": (AcceptCoupon, ("value",), (_is_str,)),
    "rejectCoupon": (RejectCoupon, ("value",), (_is_str,)),
    "setDiscount": (SetDiscount, ("name", "value"), (_is_str, _is_num)),
    "acceptReferral": (AcceptReferral, ("value",), (_is_str,)),
    "rejectReferral": (RejectReferral, ("value",), (_is_str,)),
    "referralCreated": (ReferralCreated, ("value", "friend_profile_integration_id"), (_is_str, _is_str)),
}


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def parse_effect(entry: Any) -> Effect:
    """One server effect entry (``[campaignId, rulesetId, ruleIndex, [name, *args]]``) as an ``Effect``.

    Never raises: an entry without that shape is an ``Effect`` with ``effect_type == ""`` and the entry in ``raw``.
    """
    if (
        not isinstance(entry, list | tuple)
        or len(entry) != 4
        or not (_is_int(entry[0]) and _is_int(entry[1]) and _is_int(entry[2]))
        or not isinstance(entry[3], list | tuple)
        or not entry[3]
        or not isinstance(entry[3][0], str)
    ):
        return Effect(-1, -1, -1, "", (), raw=entry)
    campaign_id, ruleset_id, rule_index, body = entry
    name = body[0]
    args = tuple(body[1:])
    typed = _TYPED.get(name)
    if typed is not None:
        cls, names, checks = typed
        if len(args) >= len(names) and all(check(a) for check, a in zip(checks, args, strict=False)):
            extra = dict(zip(names, args, strict=False))
            return cls(campaign_id, ruleset_id, rule_index, name, args, entry, **extra)
    return Effect(campaign_id, ruleset_id, rule_index, name, args, raw=entry)


def parse_effects(entries: Sequence[Any]) -> tuple[Effect, ...]:
    """Every server effect entry, in order, as ``Effect`` objects; never raises (``IntegrationState.effects`` uses it).

    Args:
        entries: ``event.effects`` as the service sent them.

    Returns:
        One ``Effect`` per entry: the six well-known names typed, the others plain, a malformed entry kept in ``raw``.

    Example:
        ```python
        parse_effects([[5, 7, 0, ["setDiscount", "10% off", 4.99]]])[0].value  # 4.99
        ```
    """
    return tuple(parse_effect(e) for e in entries)
