"""LoyaltyProgramLedgers: A loyalty program's ledgers for one profile.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyProgramLedgers"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyProgramLedgers(_t.Model):
    """A loyalty program's ledgers for one profile."""

    id: int
    """The loyalty program's ID."""
    title: str
    """The program's display title."""
    name: str
    """The program's name."""
    ledger: LoyaltyProgramBalance
    """A loyalty balance (a program's or a card's ledger or sub-ledger)."""
    join_date: datetime.datetime | None = None
    """When the profile joined the program, in the program's time zone."""
    sub_ledgers: dict[str, LoyaltyProgramBalance] | None = None
    """Balances of the program's sub-ledgers, by sub-ledger ID."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "title",
            "name",
            "ledger",
            "joinDate",
            "subLedgers",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyProgramLedgers from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 4  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["id"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("id") from None
            obj.id = v
            v = data["title"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("title")
            obj.title = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["ledger"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("ledger")
            try:
                v = _parse_LoyaltyProgramBalance(v, consume)
            except _t.SchemaError as exc:
                raise exc.at("ledger") from None
            obj.ledger = v
            v = data.get("joinDate")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = (
                        _fromisoformat(v)
                        if (h := v[4:20:3]) == "--T::Z" or (h == "--T::." and v[-1] == "Z" and 21 < len(v) < 28)
                        else _t.parse_datetime(v)
                    )
                except (ValueError, TypeError, LookupError):  # another form, or not a string
                    try:
                        v = _t.parse_datetime(v)
                    except _t.SchemaError as exc:
                        raise exc.at("joinDate") from None
            obj.join_date = v
            v = data.get("subLedgers")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = _t.parse_model_map(v, _parse_LoyaltyProgramBalance, consume)
                except _t.SchemaError as exc:
                    raise exc.at("subLedgers") from None
            obj.sub_ledgers = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyProgramLedgers as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.title
        if v is not None:
            out["title"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.ledger
        if v is not None:
            out["ledger"] = v.to_dict()

        v = self.join_date
        if v is not None:
            out["joinDate"] = v.isoformat()

        v = self.sub_ledgers
        if v is not None:
            out["subLedgers"] = {key: x.to_dict() for key, x in v.items()}

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LoyaltyProgramLedgers._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .loyalty_program_balance import LoyaltyProgramBalance

LoyaltyProgramLedgers.FIELDS = (
    _t.Field("id", "id", "int", True, description="The loyalty program's ID."),
    _t.Field("title", "title", "str", True, description="The program's display title."),
    _t.Field("name", "name", "str", True, description="The program's name."),
    _t.Field(
        "ledger",
        "ledger",
        "model",
        True,
        model=LoyaltyProgramBalance,
        description="A loyalty balance (a program's or a card's ledger or sub-ledger).",
    ),
    _t.Field(
        "join_date",
        "joinDate",
        "datetime",
        False,
        description="When the profile joined the program, in the program's time zone.",
    ),
    _t.Field(
        "sub_ledgers",
        "subLedgers",
        "map",
        False,
        item_kind="model",
        model=LoyaltyProgramBalance,
        description="Balances of the program's sub-ledgers, by sub-ledger ID.",
    ),
)
_parse_LoyaltyProgramBalance = LoyaltyProgramBalance._parse
