"""LoyaltyBalanceWithTier: LoyaltyBalanceWithTier (Talon.One Integration API; SDK 9 model LoyaltyBalanceWithTier).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyBalanceWithTier"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyBalanceWithTier(_t.Model):
    """LoyaltyBalanceWithTier (Talon.One Integration API; SDK 9 model LoyaltyBalanceWithTier)."""

    active_points: float | None = None
    """Total amount of points awarded to this customer and available to spend."""
    pending_points: float | None = None
    """Total amount of points awarded to this customer but not available until their start date."""
    spent_points: float | None = None
    """Total amount of points already spent by this customer."""
    expired_points: float | None = None
    """Total amount of points awarded but never redeemed. They cannot be used anymore."""
    negative_points: float | None = None
    """Total amount of negative points. This implies that `activePoints` is `0`."""
    current_tier: Tier | None = None
    """A loyalty tier a profile or card is in."""
    projected_tier: ProjectedTier | None = None
    """ProjectedTier (Talon.One Integration API; SDK 9 model ProjectedTier)."""
    points_to_next_tier: float | None = None
    """The number of points required to move up a tier."""
    next_tier_name: str | None = None
    """The name of the tier consecutive to the current tier."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "activePoints",
            "pendingPoints",
            "spentPoints",
            "expiredPoints",
            "negativePoints",
            "currentTier",
            "projectedTier",
            "pointsToNextTier",
            "nextTierName",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyBalanceWithTier from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("activePoints")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("activePoints")
            obj.active_points = v
            v = data.get("pendingPoints")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("pendingPoints")
            obj.pending_points = v
            v = data.get("spentPoints")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("spentPoints")
            obj.spent_points = v
            v = data.get("expiredPoints")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("expiredPoints")
            obj.expired_points = v
            v = data.get("negativePoints")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("negativePoints")
            obj.negative_points = v
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
            v = data.get("projectedTier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("projectedTier")
                try:
                    v = _parse_ProjectedTier(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("projectedTier") from None
            obj.projected_tier = v
            v = data.get("pointsToNextTier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("pointsToNextTier")
            obj.points_to_next_tier = v
            v = data.get("nextTierName")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("nextTierName")
            obj.next_tier_name = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyBalanceWithTier as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.active_points
        if v is not None:
            out["activePoints"] = v

        v = self.pending_points
        if v is not None:
            out["pendingPoints"] = v

        v = self.spent_points
        if v is not None:
            out["spentPoints"] = v

        v = self.expired_points
        if v is not None:
            out["expiredPoints"] = v

        v = self.negative_points
        if v is not None:
            out["negativePoints"] = v

        v = self.current_tier
        if v is not None:
            out["currentTier"] = v.to_dict()

        v = self.projected_tier
        if v is not None:
            out["projectedTier"] = v.to_dict()

        v = self.points_to_next_tier
        if v is not None:
            out["pointsToNextTier"] = v

        v = self.next_tier_name
        if v is not None:
            out["nextTierName"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LoyaltyBalanceWithTier._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .projected_tier import ProjectedTier
from .tier import Tier

LoyaltyBalanceWithTier.FIELDS = (
    _t.Field(
        "active_points",
        "activePoints",
        "float",
        False,
        description="Total amount of points awarded to this customer and available to spend.",
    ),
    _t.Field(
        "pending_points",
        "pendingPoints",
        "float",
        False,
        description="Total amount of points awarded to this customer but not available until their start date.",
    ),
    _t.Field(
        "spent_points",
        "spentPoints",
        "float",
        False,
        description="Total amount of points already spent by this customer.",
    ),
    _t.Field(
        "expired_points",
        "expiredPoints",
        "float",
        False,
        description="Total amount of points awarded but never redeemed. They cannot be used anymore.",
    ),
    _t.Field(
        "negative_points",
        "negativePoints",
        "float",
        False,
        description="Total amount of negative points. This implies that `activePoints` is `0`.",
    ),
    _t.Field(
        "current_tier", "currentTier", "model", False, model=Tier, description="A loyalty tier a profile or card is in."
    ),
    _t.Field(
        "projected_tier",
        "projectedTier",
        "model",
        False,
        model=ProjectedTier,
        description="ProjectedTier (Talon.One Integration API; SDK 9 model ProjectedTier).",
    ),
    _t.Field(
        "points_to_next_tier",
        "pointsToNextTier",
        "float",
        False,
        description="The number of points required to move up a tier.",
    ),
    _t.Field(
        "next_tier_name",
        "nextTierName",
        "str",
        False,
        description="The name of the tier consecutive to the current tier.",
    ),
)
_parse_Tier = Tier._parse
_parse_ProjectedTier = ProjectedTier._parse
