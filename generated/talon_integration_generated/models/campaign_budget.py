"""CampaignBudget: CampaignBudget (Talon.One Integration API; SDK 9 model CampaignBudget).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CampaignBudget"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CampaignBudget(_t.Model):
    """CampaignBudget (Talon.One Integration API; SDK 9 model CampaignBudget)."""

    action: str
    """The limitable action to which this limit applies. For example: - `setDiscount` - `setDiscountEffect` -
    `redeemCoupon` - `createCoupon`"""
    limit: float
    """The value to set for the limit."""
    counter: float
    """The number of occurrences of the limited action in the context of the campaign."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "limit",
            "counter",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CampaignBudget from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["action"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("action")
            obj.action = v
            v = data["limit"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("limit")
            obj.limit = v
            v = data["counter"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("counter")
            obj.counter = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CampaignBudget as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.action
        if v is not None:
            out["action"] = v

        v = self.limit
        if v is not None:
            out["limit"] = v

        v = self.counter
        if v is not None:
            out["counter"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CampaignBudget._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

CampaignBudget.FIELDS = (
    _t.Field(
        "action",
        "action",
        "str",
        True,
        description="The limitable action to which this limit applies. For example: - `setDiscount` - `setDiscountEffect` - `redeemCoupon` - `createCoupon`",
    ),
    _t.Field("limit", "limit", "float", True, description="The value to set for the limit."),
    _t.Field(
        "counter",
        "counter",
        "float",
        True,
        description="The number of occurrences of the limited action in the context of the campaign.",
    ),
)
