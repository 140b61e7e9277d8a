"""LoyaltyProgramBalance: A loyalty balance.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyProgramBalance"]

_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False)
class LoyaltyProgramBalance(_t.Model):
    """A loyalty balance."""

    current_balance: float
    """The points available now."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "currentBalance",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyProgramBalance from decoded JSON; raises ``SchemaError`` naming the offending field."""
        v: Any
        try:
            w = "currentBalance"
            v = data.get("currentBalance")
            if type(v) is not float and type(v) is not int:
                raise _t.expected("a number", v)
            a0 = v
        except _t.SchemaError as exc:
            raise exc.at(w) from None
        obj = _new(cls)
        obj.current_balance = a0
        obj._extra = None
        obj._source = data  # unknown fields are picked out of it on first access
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyProgramBalance as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.current_balance
        if v is not None:
            out["currentBalance"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__

# Nested models, imported after the class so that models may refer to each other in any order.

LoyaltyProgramBalance.FIELDS = (
    _t.Field("current_balance", "currentBalance", "float", True, description="The points available now."),
)
