"""What the command line and the demo show: text escaped for a terminal, results as JSON or as tables.

Shared by ``cli`` (``--format json|table``, messages on stderr) and ``_demo`` (its steps), so that neither imports
the other. Service text reaches a terminal only through ``printable`` (or a helper that applies it).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
import sys
from collections.abc import Sequence
from typing import Any

import attrs

from .effects import Effect, EffectV2, RejectCoupon, RejectReferral
from .models import (
    Coupon,
    CustomerProfile,
    IntegrationState,
    IntegrationStateV2,
    Referral,
    ReservedCoupons,
    ReservedCustomers,
    TrackEventV2Response,
)

__all__ = [
    "compact",
    "coupon_facts",
    "customer_summary",
    "dump_json",
    "effect_props",
    "effect_to_dict",
    "effects_table",
    "effects_table_v2",
    "grid",
    "money",
    "pairs",
    "printable",
    "referral_facts",
    "render_table",
    "state_facts",
    "state_facts_v2",
    "to_json",
]

# ---- escaping ----------------------------------------------------------------------------------------

# What must not reach a terminal raw: the C0 controls (ESC starts escape sequences, CR overwrites a line), DEL,
# the C1 controls (0x9b is a one-byte CSI on some terminals), the Unicode line and paragraph separators, the
# bidi controls (which reorder what is shown) and lone surrogates (a server's "\ud800": no encoding can print it).
_BEYOND_C0 = r"\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_TEXT = re.compile(rf"[\x00-\x1f{_BEYOND_C0}]")
_UNSAFE_JSON = re.compile(rf"[{_BEYOND_C0}]")  # json.dumps escapes the C0 controls itself
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe for a terminal: control characters as Python-style escapes (``\\x1b``, ``\\r``, ``\\n``)."""
    return _UNSAFE_TEXT.sub(_escape, text)


def dump_json(data: Any) -> str:
    """What ``--format json`` prints: indented, UTF-8 text, every control character (and lone surrogate) a JSON
    escape. JSON has no infinities or NaN: a number the service sent beyond a double's range (``1e400``) is
    printed as the string ``"Infinity"`` (``"-Infinity"``, ``"NaN"``), with a warning on stderr."""
    try:
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str, allow_nan=False)
    except ValueError:
        data = _finite(data)
        print('warning: numbers beyond a double\'s range are printed as strings ("Infinity")', file=sys.stderr)
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str, allow_nan=False)
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _finite(data: Any) -> Any:
    """``data`` with each float that JSON cannot carry as its name (a string)."""
    if isinstance(data, float) and not math.isfinite(data):
        return "NaN" if data != data else ("Infinity" if data > 0 else "-Infinity")
    if isinstance(data, dict):
        return {key: _finite(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_finite(value) for value in data]
    return data


# ---- JSON output -----------------------------------------------------------------------------------


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


def effect_to_dict(effect: Effect) -> dict[str, Any]:
    """An effect as a JSON object, in the service's camelCase like the rest of the output.

    ``effectType``, ``campaignId``, ``rulesetId``, ``ruleIndex``, ``args``, the typed fields of its class
    (``value``, ``name``, ``friendProfileIntegrationId``) and, for an entry without the documented shape,
    ``raw`` (the entry as sent).
    """
    out: dict[str, Any] = {
        "effectType": effect.effect_type,
        "campaignId": effect.campaign_id,
        "rulesetId": effect.ruleset_id,
        "ruleIndex": effect.rule_index,
        "args": list(effect.args),
    }
    common = {field.name for field in attrs.fields(Effect)}
    for field in attrs.fields(type(effect)):
        if field.name not in common:
            out[_camel(field.name)] = getattr(effect, field.name)
    if not effect.effect_type:  # an entry without the documented shape: keep it as sent
        out["raw"] = effect.raw
    return out


def to_json(result: Any) -> Any:
    """What ``--format json`` prints: ``to_dict()`` (+ typed ``effects``), or ``{"ok": true}`` for no result."""
    if result is None:
        return {"ok": True}
    data: dict[str, Any] = result.to_dict()
    if isinstance(result, IntegrationState):
        data["effects"] = [effect_to_dict(e) for e in result.effects]
    return data


# ---- table output ----------------------------------------------------------------------------------


def money(value: float) -> str:
    """A number as an amount with two decimals."""
    return f"{value:.2f}"


def _when(value: _dt.datetime | None) -> str:
    return "-" if value is None else value.isoformat(timespec="seconds")


def compact(value: Any) -> str:
    """Compact, sorted JSON for one table cell."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def grid(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "") -> list[str]:
    """An aligned table: a header row, then one line per row; control characters in a cell are escaped."""
    rows = [[printable(cell) for cell in row] for row in rows]
    widths = [max([len(h), *(len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    return [
        (indent + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))).rstrip()
        for row in (headers, *rows)
    ]


def pairs(items: Sequence[tuple[str, str]], indent: str = "") -> list[str]:
    """Aligned ``key  value`` lines; a value with line breaks continues under its first line.

    Control characters are escaped, except the line breaks of a value (put service text through
    ``printable`` first where it may hold one of its own).
    """
    width = max((len(key) for key, _ in items), default=0)
    lines = []
    for key, value in items:
        first, *rest = (printable(line) for line in value.split("\n"))
        lines.append(f"{indent}{key.ljust(width)}  {first}".rstrip())
        lines.extend(f"{indent}{' ' * width}  {line}" for line in rest)
    return lines


def effects_table(effects: Sequence[Effect], indent: str = "") -> list[str]:
    """The effects as a table: campaign, ruleset, rule, effect, arguments."""
    if not effects:
        return [f"{indent}effects: none"]
    rows = [
        (
            str(e.campaign_id),
            str(e.ruleset_id),
            str(e.rule_index),
            e.effect_type or "(malformed)",
            ", ".join(compact(arg) for arg in e.args) if e.effect_type else compact(e.raw),
        )
        for e in effects
    ]
    return grid(("CAMPAIGN", "RULESET", "RULE", "EFFECT", "ARGUMENTS"), rows, indent)


def effect_props(effect: EffectV2) -> str:
    """A v2 effect's props as compact JSON in the service's names (a typed props model, or the raw dict)."""
    props: Any = effect.props
    return compact(props.to_dict() if hasattr(props, "to_dict") else props)


def effects_table_v2(effects: Sequence[EffectV2], indent: str = "") -> list[str]:
    """Today's (v2) effects as a table: campaign, effect type, props."""
    if not effects:
        return [f"{indent}effects: none"]
    rows = [(str(e.campaign_id), e.effect_type or "(malformed)", effect_props(e)) for e in effects]
    return grid(("CAMPAIGN", "EFFECT", "PROPS"), rows, indent)


def state_facts_v2(state: IntegrationStateV2) -> list[tuple[str, str]]:
    """The key facts of a v2 answer: the session (when the answer holds it) and its totals."""
    session = state.customer_session
    if session is None:
        return []
    return [
        ("session", printable(f"{session.integration_id} ({session.state})")),
        ("total", money(session.total) if session.total is not None else "?"),
    ]


def state_facts(state: IntegrationState) -> list[tuple[str, str]]:
    """The key facts of an IntegrationState: session, cart, discounts, event, customer, rejections.

    The values are escaped (``printable``); the line breaks between cart lines and discounts are the layout's.
    """
    t = printable
    session, profile, event = state.session, state.profile, state.event
    facts: list[tuple[str, str]] = []
    if session.integration_id:  # a profile update answers with an empty stand-in session
        facts += [
            ("session", t(f"{session.integration_id} ({session.state})")),
            ("profile", t(session.profile_id or "(anonymous)")),
        ]
        if session.coupon:
            facts.append(("coupon", t(session.coupon)))
        if session.referral:
            facts.append(("referral", t(session.referral)))
        if session.cart_items:
            cart = [t(f"{i.quantity} x {i.name} ({i.sku}) at {money(i.price)}") for i in session.cart_items]
            facts.append(("cart", "\n".join(cart)))
        facts.append(("total", money(session.total)))
        discounts = [t(f"{label}: {money(amount)}") for label, amount in session.discounts.items()]
        facts.append(("discounts", "\n".join(discounts) or "none"))
        if session.attributes:
            facts.append(("attributes", compact(session.attributes)))
    event_attributes = f" {compact(event.attributes)}" if event.attributes else ""
    facts.append(("event", t(f"{event.type} (id {event.id}){event_attributes}")))
    if profile.integration_id:
        facts.append(("customer", customer_summary(profile)))
    reason = state.coupon_rejection_reason
    if reason is not None:
        codes = ", ".join(e.value for e in state.effects if isinstance(e, RejectCoupon)) or "?"
        facts.append(("coupon rejected", t(f"{codes}: {reason.reason} (campaign {reason.campaign_id})")))
    # Read from the wire form: the same whether the spec models the field (a typed attribute) or not (yet).
    referral_reason = event.meta.to_dict().get("referralRejectionReason") if event.meta else None
    if isinstance(referral_reason, dict) and referral_reason.get("reason"):
        codes = ", ".join(e.value for e in state.effects if isinstance(e, RejectReferral)) or "?"
        facts.append(("referral rejected", t(f"{codes}: {referral_reason['reason']}")))
    return facts


def customer_summary(profile: CustomerProfile) -> str:
    """``user-1: 1 closed session, total sales 94.41`` (escaped)."""
    plural = "" if profile.closed_sessions == 1 else "s"
    sessions = f"{profile.closed_sessions} closed session{plural}"
    text = f"{profile.integration_id}: {sessions}, total sales {money(profile.total_sales)}"
    if profile.attributes:
        text += f", attributes {compact(profile.attributes)}"
    return printable(text)


def render_table(result: Any, *, done: str = "") -> list[str]:
    """What ``--format table`` prints for a result."""
    if result is None:
        return [f"ok: {done}" if done else "ok"]
    if isinstance(result, IntegrationState):
        return [*pairs(state_facts(result)), "", *effects_table(result.effects)]
    if isinstance(result, IntegrationStateV2 | TrackEventV2Response):
        facts = pairs(state_facts_v2(result)) if isinstance(result, IntegrationStateV2) else []
        return [*facts, *([""] if facts else []), *effects_table_v2(result.effects)]
    if isinstance(result, Referral):
        return pairs(referral_facts(result))
    if isinstance(result, Coupon):
        return pairs(coupon_facts(result))
    if isinstance(result, ReservedCustomers):
        return _customers_table(result)
    if isinstance(result, ReservedCoupons):
        return _coupons_table(result)
    return [printable(compact(to_json(result)))]


def _customers_table(result: ReservedCustomers) -> list[str]:
    headers = ("INTEGRATION ID", "CLOSED SESSIONS", "TOTAL SALES", "LAST ACTIVITY")
    rows = [(p.integration_id, str(p.closed_sessions), money(p.total_sales), _when(p.last_activity)) for p in result]
    return _list(headers, rows, result.total_result_size)


def _coupons_table(result: ReservedCoupons) -> list[str]:
    headers = ("COUPON", "CAMPAIGN", "USED", "STARTS", "EXPIRES")
    rows = [
        (c.value, str(c.campaign_id), _usage(c.usage_counter, c.usage_limit), _when(c.start_date), _when(c.expiry_date))
        for c in result
    ]
    return _list(headers, rows, result.total_result_size)


def _list(headers: Sequence[str], rows: Sequence[Sequence[str]], total: int) -> list[str]:
    if not rows:
        return [f"none (total {total})"]
    return [*grid(headers, rows), f"({len(rows)} shown, total {total})"]


def _usage(counter: int, limit: int) -> str:
    return f"{counter} of {limit}" if limit else f"{counter} (no limit)"


def referral_facts(referral: Referral) -> list[tuple[str, str]]:
    """The key facts of a referral code (escaped)."""
    t = printable
    return [
        ("referral code", t(referral.code)),
        ("campaign", str(referral.campaign_id)),
        ("advocate", t(referral.advocate_profile_integration_id)),
        ("friend", t(referral.friend_profile_integration_id or "anyone")),
        ("valid from", _when(referral.start_date)),
        ("expires", _when(referral.expiry_date)),
        ("used", _usage(referral.usage_counter, referral.usage_limit)),
    ]


def coupon_facts(coupon: Coupon) -> list[tuple[str, str]]:
    """The key facts of a coupon (escaped)."""
    facts = [
        ("coupon", printable(coupon.value)),
        ("id", str(coupon.id)),
        ("campaign", str(coupon.campaign_id)),
        ("used", _usage(coupon.usage_counter, coupon.usage_limit)),
        ("valid from", _when(coupon.start_date)),
        ("expires", _when(coupon.expiry_date)),
    ]
    if coupon.recipient_integration_id:
        facts.append(("recipient", printable(coupon.recipient_integration_id)))
    if coupon.reservation is not None:
        facts.append(("reservation", "optional (favourite)" if coupon.reservation else "required to redeem"))
    return facts
