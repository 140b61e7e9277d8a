"""LoyaltyBalancesWithTiers: LoyaltyBalancesWithTiers (Talon.One Integration API; SDK 9 model LoyaltyBalancesWithTiers).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyBalancesWithTiers"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyBalancesWithTiers(_t.Model):
    """LoyaltyBalancesWithTiers (Talon.One Integration API; SDK 9 model LoyaltyBalancesWithTiers)."""

    balance: LoyaltyBalanceWithTier | None = None
    """LoyaltyBalanceWithTier (Talon.One Integration API; SDK 9 model LoyaltyBalanceWithTier)."""
    subledger_balances: dict[str, LoyaltyBalanceWithTier] | None = None
    """Map of the loyalty balances of the subledgers of a ledger."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "balance",
            "subledgerBalances",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyBalancesWithTiers from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("balance")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("balance")
                try:
                    v = _parse_LoyaltyBalanceWithTier(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("balance") from None
            obj.balance = v
            v = data.get("subledgerBalances")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = _t.parse_model_map(v, _parse_LoyaltyBalanceWithTier, consume)
                except _t.SchemaError as exc:
                    raise exc.at("subledgerBalances") from None
            obj.subledger_balances = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyBalancesWithTiers as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.balance
        if v is not None:
            out["balance"] = v.to_dict()

        v = self.subledger_balances
        if v is not None:
            out["subledgerBalances"] = {key: x.to_dict() for key, x in v.items()}

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LoyaltyBalancesWithTiers._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .loyalty_balance_with_tier import LoyaltyBalanceWithTier

LoyaltyBalancesWithTiers.FIELDS = (
    _t.Field(
        "balance",
        "balance",
        "model",
        False,
        model=LoyaltyBalanceWithTier,
        description="LoyaltyBalanceWithTier (Talon.One Integration API; SDK 9 model LoyaltyBalanceWithTier).",
    ),
    _t.Field(
        "subledger_balances",
        "subledgerBalances",
        "map",
        False,
        item_kind="model",
        model=LoyaltyBalanceWithTier,
        description="Map of the loyalty balances of the subledgers of a ledger.",
    ),
)
_parse_LoyaltyBalanceWithTier = LoyaltyBalanceWithTier._parse
