"""LoyaltyLedgerEntryFlags: LoyaltyLedgerEntryFlags (Talon.One Integration API; SDK 9 model LoyaltyLedgerEntryFlags).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyLedgerEntryFlags"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyLedgerEntryFlags(_t.Model):
    """LoyaltyLedgerEntryFlags (Talon.One Integration API; SDK 9 model LoyaltyLedgerEntryFlags)."""

    creates_negative_balance: bool | None = None
    """Set to true if the entry creates negative balance."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "createsNegativeBalance",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyLedgerEntryFlags from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("createsNegativeBalance")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("createsNegativeBalance")
            obj.creates_negative_balance = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyLedgerEntryFlags as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.creates_negative_balance
        if v is not None:
            out["createsNegativeBalance"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LoyaltyLedgerEntryFlags._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

LoyaltyLedgerEntryFlags.FIELDS = (
    _t.Field(
        "creates_negative_balance",
        "createsNegativeBalance",
        "bool",
        False,
        description="Set to true if the entry creates negative balance.",
    ),
)
