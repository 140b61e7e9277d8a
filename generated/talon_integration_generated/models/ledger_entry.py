"""LedgerEntry: A change of a profile's loyalty balance.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LedgerEntry"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LedgerEntry(_t.Model):
    """A change of a profile's loyalty balance."""

    id: int
    """The entry's ID."""
    created: datetime.datetime
    """When the entry was made."""
    profile_id: str
    """The profile whose balance changed."""
    account_id: int
    """The Talon.One account."""
    loyalty_program_id: int
    """The loyalty program."""
    event_id: int
    """The event that caused the entry."""
    amount: int
    """Points added (positive) or deducted (negative)."""
    reason: str
    """Why the points changed."""
    expiry_date: datetime.datetime
    """When the points expire."""
    reference_id: int | None = None
    """The entry this one corrects, if any."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "profileId",
            "accountId",
            "loyaltyProgramId",
            "eventId",
            "amount",
            "reason",
            "expiryDate",
            "referenceId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LedgerEntry from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 9  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["id"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("id") from None
            obj.id = v
            v = data["created"]
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
                    raise exc.at("created") from None
            obj.created = v
            v = data["profileId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("profileId")
            obj.profile_id = v
            v = data["accountId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("accountId") from None
            obj.account_id = v
            v = data["loyaltyProgramId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("loyaltyProgramId") from None
            obj.loyalty_program_id = v
            v = data["eventId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("eventId") from None
            obj.event_id = v
            v = data["amount"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("amount") from None
            obj.amount = v
            v = data["reason"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("reason")
            obj.reason = v
            v = data["expiryDate"]
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
                    raise exc.at("expiryDate") from None
            obj.expiry_date = v
            v = data.get("referenceId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("referenceId") from None
            obj.reference_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LedgerEntry as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.account_id
        if v is not None:
            out["accountId"] = v

        v = self.loyalty_program_id
        if v is not None:
            out["loyaltyProgramId"] = v

        v = self.event_id
        if v is not None:
            out["eventId"] = v

        v = self.amount
        if v is not None:
            out["amount"] = v

        v = self.reason
        if v is not None:
            out["reason"] = v

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        v = self.reference_id
        if v is not None:
            out["referenceId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LedgerEntry._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

LedgerEntry.FIELDS = (
    _t.Field("id", "id", "int", True, description="The entry's ID."),
    _t.Field("created", "created", "datetime", True, description="When the entry was made."),
    _t.Field("profile_id", "profileId", "str", True, description="The profile whose balance changed."),
    _t.Field("account_id", "accountId", "int", True, description="The Talon.One account."),
    _t.Field("loyalty_program_id", "loyaltyProgramId", "int", True, description="The loyalty program."),
    _t.Field("event_id", "eventId", "int", True, description="The event that caused the entry."),
    _t.Field("amount", "amount", "int", True, description="Points added (positive) or deducted (negative)."),
    _t.Field("reason", "reason", "str", True, description="Why the points changed."),
    _t.Field("expiry_date", "expiryDate", "datetime", True, description="When the points expire."),
    _t.Field("reference_id", "referenceId", "int", False, description="The entry this one corrects, if any."),
)
