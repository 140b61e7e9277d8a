"""Typed effects: what the rule engine decided, as Python objects, for v1 and v2 answers alike.

**v1** (``update_customer_session``, ``track_event``, ...: ``state.effects``): the service sends each effect as
``[campaignId, rulesetId, ruleIndex, [name, arg1, arg2, ...]]``. ``parse_effects`` turns every entry into an
``Effect`` (in server order, none dropped): the six well-known names become typed subclasses (``SetDiscount``,
``RejectCoupon``, ...), every other name a plain ``Effect``. An entry that does not have the documented shape is kept
as a plain ``Effect`` with ``effect_type == ""``, ids of -1 and the entry itself in ``raw``; parsing never raises.

**v2** (``update_customer_session_v2``, ``track_event_v2``, ``return_cart_items``, ``reopen_customer_session``,
``update_customer_profile_v2``, ...: the results' ``effects`` lists): each effect is an ``EffectV2`` object
(``effect_type``, ``campaign_id``, ``ruleset_id``, ``rule_index``, ``rule_name``, ``triggered_by_coupon``, ...,
``props``). For each effect type the spec maps to a props schema (``x-talon-effect-props``) it is the subclass
named after the type (``setDiscount`` -> ``SetDiscountV2``, ``rejectCoupon`` -> ``RejectCouponV2``, all 35 of
``EFFECT_TYPES``), whose ``props`` is that schema's typed model (``SetDiscountEffectProps``). These classes are
generated from openapi.yaml, so a new effect type in the spec arrives with ``make generate``. An effect type the
spec does not map (a custom or newer one) is a plain ``EffectV2`` with its raw ``props`` dict, never an error;
props that do not match their schema keep their effect (the fields that do not match are ``None``) and are listed
by ``talon_integration.response_problems(result)``.

```python
for effect in state.effects:                      # v2: update_customer_session_v2(...)
    match effect:
        case effects.SetDiscountV2(props=props):  # props: SetDiscountEffectProps
            apply_discount(props.name, props.value)
        case effects.RejectCouponV2(props=props):
            log.info("coupon %s refused: %s", props.value, props.rejection_reason)
        case effects.EffectV2(effect_type=name, props=raw):
            log.info("unhandled effect %s %r", name, raw)
```
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from talon_integration_generated.models import effect_v2 as _v2
from talon_integration_generated.models.effect_v2 import *  # noqa: F403 - EffectV2, EFFECT_TYPES and the typed v2 effects

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
__all__ += _v2.__all__  # the v2 names: EffectV2, EFFECT_TYPES, SetDiscountV2, ... (generated from openapi.yaml)


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
