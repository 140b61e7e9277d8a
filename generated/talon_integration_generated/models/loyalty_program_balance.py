"""LoyaltyProgramBalance: A loyalty balance (a program's or a card's ledger or sub-ledger).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyProgramBalance"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyProgramBalance(_t.Model):
    """A loyalty balance (a program's or a card's ledger or sub-ledger)."""

    current_balance: float
    """The points available now."""
    pending_balance: float
    """The points that are not active yet."""
    expired_balance: float
    """Deprecated by the service; always 0."""
    spent_balance: float
    """Deprecated by the service; always 0."""
    tentative_current_balance: float
    """currentBalance with the additions and deductions of the current open session applied; it becomes
    currentBalance when the session closes. Other open sessions of the profile are not counted."""
    negative_balance: float | None = None
    """The points owed; when above 0, currentBalance is 0."""
    tentative_pending_balance: float | None = None
    """pendingBalance with the current open session's future-dated additions applied."""
    tentative_negative_balance: float | None = None
    """negativeBalance with the current open session's additions and deductions applied."""
    current_tier: Tier | None = None
    """A loyalty tier a profile or card is in."""
    points_to_next_tier: float | None = None
    """The points still needed to reach the next tier."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "currentBalance",
            "pendingBalance",
            "expiredBalance",
            "spentBalance",
            "tentativeCurrentBalance",
            "negativeBalance",
            "tentativePendingBalance",
            "tentativeNegativeBalance",
            "currentTier",
            "pointsToNextTier",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyProgramBalance from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 5  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["currentBalance"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("currentBalance")
            obj.current_balance = v
            v = data["pendingBalance"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("pendingBalance")
            obj.pending_balance = v
            v = data["expiredBalance"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("expiredBalance")
            obj.expired_balance = v
            v = data["spentBalance"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("spentBalance")
            obj.spent_balance = v
            v = data["tentativeCurrentBalance"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("tentativeCurrentBalance")
            obj.tentative_current_balance = v
            v = data.get("negativeBalance")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("negativeBalance")
            obj.negative_balance = v
            v = data.get("tentativePendingBalance")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("tentativePendingBalance")
            obj.tentative_pending_balance = v
            v = data.get("tentativeNegativeBalance")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("tentativeNegativeBalance")
            obj.tentative_negative_balance = v
            v = data.get("currentTier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("currentTier")
                try:
                    v = _parse_Tier(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("currentTier") from None
            obj.current_tier = v
            v = data.get("pointsToNextTier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("pointsToNextTier")
            obj.points_to_next_tier = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyProgramBalance as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.current_balance
        if v is not None:
            out["currentBalance"] = v

        v = self.pending_balance
        if v is not None:
            out["pendingBalance"] = v

        v = self.expired_balance
        if v is not None:
            out["expiredBalance"] = v

        v = self.spent_balance
        if v is not None:
            out["spentBalance"] = v

        v = self.tentative_current_balance
        if v is not None:
            out["tentativeCurrentBalance"] = v

        v = self.negative_balance
        if v is not None:
            out["negativeBalance"] = v

        v = self.tentative_pending_balance
        if v is not None:
            out["tentativePendingBalance"] = v

        v = self.tentative_negative_balance
        if v is not None:
            out["tentativeNegativeBalance"] = v

        v = self.current_tier
        if v is not None:
            out["currentTier"] = v.to_dict()

        v = self.points_to_next_tier
        if v is not None:
            out["pointsToNextTier"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LoyaltyProgramBalance._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .tier import Tier

LoyaltyProgramBalance.FIELDS = (
    _t.Field("current_balance", "currentBalance", "float", True, description="The points available now."),
    _t.Field("pending_balance", "pendingBalance", "float", True, description="The points that are not active yet."),
    _t.Field("expired_balance", "expiredBalance", "float", True, description="Deprecated by the service; always 0."),
    _t.Field("spent_balance", "spentBalance", "float", True, description="Deprecated by the service; always 0."),
    _t.Field(
        "tentative_current_balance",
        "tentativeCurrentBalance",
        "float",
        True,
        description="currentBalance with the additions and deductions of the current open session applied; it becomes currentBalance when the session closes. Other open sessions of the profile are not counted.",
    ),
    _t.Field(
        "negative_balance",
        "negativeBalance",
        "float",
        False,
        description="The points owed; when above 0, currentBalance is 0.",
    ),
    _t.Field(
        "tentative_pending_balance",
        "tentativePendingBalance",
        "float",
        False,
        description="pendingBalance with the current open session's future-dated additions applied.",
    ),
    _t.Field(
        "tentative_negative_balance",
        "tentativeNegativeBalance",
        "float",
        False,
        description="negativeBalance with the current open session's additions and deductions applied.",
    ),
    _t.Field(
        "current_tier", "currentTier", "model", False, model=Tier, description="A loyalty tier a profile or card is in."
    ),
    _t.Field(
        "points_to_next_tier",
        "pointsToNextTier",
        "float",
        False,
        description="The points still needed to reach the next tier.",
    ),
)
_parse_Tier = Tier._parse
