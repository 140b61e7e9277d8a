"""Loyalty: The profile's loyalty balances, in profile-based programs and on loyalty cards.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Loyalty"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Loyalty(_t.Model):
    """The profile's loyalty balances, in profile-based programs and on loyalty cards."""

    programs: dict[str, LoyaltyProgramLedgers]
    """Each profile-based loyalty program's ledgers, by program ID."""
    cards: list[LoyaltyCard] | None = None
    """The balances of the profile's loyalty cards."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "programs",
            "cards",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Loyalty from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["programs"]
            try:
                v = _t.parse_model_map(v, _parse_LoyaltyProgramLedgers, consume)
            except _t.SchemaError as exc:
                raise exc.at("programs") from None
            obj.programs = v
            v = data.get("cards")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("cards")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_LoyaltyCard(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("cards") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(_parse_LoyaltyCard(x, consume) if type(x) is dict else _t.not_an_object(x))
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("cards") from None  # the index of the item that failed
                    v = items
            obj.cards = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Loyalty as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.programs
        if v is not None:
            out["programs"] = {key: x.to_dict() for key, x in v.items()}

        v = self.cards
        if v is not None:
            out["cards"] = [x.to_dict() for x in v]

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Loyalty._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .loyalty_card import LoyaltyCard
from .loyalty_program_ledgers import LoyaltyProgramLedgers

Loyalty.FIELDS = (
    _t.Field(
        "programs",
        "programs",
        "map",
        True,
        item_kind="model",
        model=LoyaltyProgramLedgers,
        description="Each profile-based loyalty program's ledgers, by program ID.",
    ),
    _t.Field(
        "cards",
        "cards",
        "list",
        False,
        item_kind="model",
        model=LoyaltyCard,
        description="The balances of the profile's loyalty cards.",
    ),
)
_parse_LoyaltyProgramLedgers = LoyaltyProgramLedgers._parse
_parse_LoyaltyCard = LoyaltyCard._parse
