"""LoyaltyBalance: LoyaltyBalance (Talon.One Integration API; SDK 9 model LoyaltyBalance).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyBalance"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyBalance(_t.Model):
    """LoyaltyBalance (Talon.One Integration API; SDK 9 model LoyaltyBalance)."""

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
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "activePoints",
            "pendingPoints",
            "spentPoints",
            "expiredPoints",
            "negativePoints",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyBalance from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyBalance as JSON-ready data with the service's field names, unknown fields included."""
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

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LoyaltyBalance._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

LoyaltyBalance.FIELDS = (
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
)
