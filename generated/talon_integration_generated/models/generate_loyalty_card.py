"""GenerateLoyaltyCard: GenerateLoyaltyCard (Talon.One Integration API; SDK 9 model GenerateLoyaltyCard).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

import attrs

from .. import types as _t
from .loyalty_card_status import LoyaltyCardStatus

__all__ = ["GenerateLoyaltyCard", "GenerateLoyaltyCardDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class GenerateLoyaltyCard(_t.Model):
    """GenerateLoyaltyCard (Talon.One Integration API; SDK 9 model GenerateLoyaltyCard)."""

    status: LoyaltyCardStatus | None = None
    """The known values of LoyaltyCardStatus."""
    customer_profile_ids: list[str] | None = None
    """Integration IDs of the customer profiles linked to the card."""
    card_identifier: str | None = None
    """The alphanumeric identifier of the loyalty card."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "customerProfileIds",
            "cardIdentifier",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a GenerateLoyaltyCard from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("status")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("status")
            obj.status = v
            v = data.get("customerProfileIds")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("customerProfileIds")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("customerProfileIds") from None
            obj.customer_profile_ids = v
            v = data.get("cardIdentifier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("cardIdentifier")
            obj.card_identifier = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This GenerateLoyaltyCard as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.status
        if v is not None:
            out["status"] = v

        v = self.customer_profile_ids
        if v is not None:
            out["customerProfileIds"] = v

        v = self.card_identifier
        if v is not None:
            out["cardIdentifier"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a GenerateLoyaltyCard or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "GenerateLoyaltyCard")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "GenerateLoyaltyCard")
            value = cls(**value)
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            v = value.status
            if v is not None:
                w = 0
                if not (
                    v
                    in (
                        "active",
                        "inactive",
                    )
                    and type(v) is str
                ):
                    v = _t.input_enum(
                        v,
                        False,
                        (
                            "active",
                            "inactive",
                        ),
                    )
                out["status"] = v
            v = value.customer_profile_ids
            if v is not None:
                w = 1
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("str"))
                out["customerProfileIds"] = v
            v = value.card_identifier
            if v is not None:
                w = 2
                if not (type(v) is str and len(v) <= 108):
                    v = _t.input_text(v, False, max_length=108)
                out["cardIdentifier"] = v
        except _t.InputError as exc:
            field = cls.FIELDS[w]
            raise exc.at(field.name, field.wire) from None
        extra = value._extra
        if extra:  # unknown fields: for what the spec does not have yet, never in place of a checked one
            if not isinstance(extra, Mapping) or not all(type(k) is str for k in extra):
                raise _t.InputError("must be a dict of field names to values", "additional_properties")
            known = cls._wire_names.intersection(extra)
            if known:
                raise _t.InputError(
                    f"must not set the GenerateLoyaltyCard fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class GenerateLoyaltyCardDict(TypedDict, total=False):
    """A GenerateLoyaltyCard as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    status: LoyaltyCardStatus | None
    customer_profile_ids: Sequence[str] | None
    card_identifier: str | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "status",
        "customer_profile_ids",
        "card_identifier",
    }
)
_new = object.__new__
_WIRE_NAMES = GenerateLoyaltyCard._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

GenerateLoyaltyCard.FIELDS = (
    _t.Field(
        "status",
        "status",
        "enum",
        False,
        choices=(
            "active",
            "inactive",
        ),
        description="The known values of LoyaltyCardStatus.",
    ),
    _t.Field(
        "customer_profile_ids",
        "customerProfileIds",
        "list",
        False,
        item_kind="str",
        description="Integration IDs of the customer profiles linked to the card.",
    ),
    _t.Field(
        "card_identifier",
        "cardIdentifier",
        "str",
        False,
        description="The alphanumeric identifier of the loyalty card.",
    ),
)
