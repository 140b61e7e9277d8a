"""LedgerPointsEntryIntegrationAPI: LedgerPointsEntryIntegrationAPI (Talon.One Integration API; SDK 9 model
LedgerPointsEntryIntegrationAPI).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LedgerPointsEntryIntegrationAPI"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LedgerPointsEntryIntegrationAPI(_t.Model):
    """LedgerPointsEntryIntegrationAPI (Talon.One Integration API; SDK 9 model LedgerPointsEntryIntegrationAPI)."""

    id: int
    """ID of the transaction that adds loyalty points."""
    created: datetime.datetime
    """Date and time the loyalty points were added."""
    program_id: int
    """ID of the loyalty program."""
    name: str
    """Name or reason of the transaction that adds loyalty points."""
    start_date: str
    """When points become active. Possible values: - `immediate`: Points are active immediately. - `timestamp
    value`: Points become active at a given date and time."""
    expiry_date: str
    """Date when points expire. Possible values are: - `unlimited`: Points have no expiration date. - `timestamp
    value`: Points expire on the given date and time."""
    subledger_id: str
    """ID of the subledger."""
    amount: float
    """Amount of loyalty points added in the transaction."""
    customer_session_id: str | None = None
    """ID of the customer session where points were added."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "programId",
            "name",
            "startDate",
            "expiryDate",
            "subledgerId",
            "amount",
            "customerSessionId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LedgerPointsEntryIntegrationAPI from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 8  # the keys of data accounted for: the required fields so far
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
            v = data["programId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("programId") from None
            obj.program_id = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["startDate"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("startDate")
            obj.start_date = v
            v = data["expiryDate"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("expiryDate")
            obj.expiry_date = v
            v = data["subledgerId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("subledgerId")
            obj.subledger_id = v
            v = data["amount"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("amount")
            obj.amount = v
            v = data.get("customerSessionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("customerSessionId")
            obj.customer_session_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LedgerPointsEntryIntegrationAPI as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.program_id
        if v is not None:
            out["programId"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v

        v = self.subledger_id
        if v is not None:
            out["subledgerId"] = v

        v = self.amount
        if v is not None:
            out["amount"] = v

        v = self.customer_session_id
        if v is not None:
            out["customerSessionId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LedgerPointsEntryIntegrationAPI._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

LedgerPointsEntryIntegrationAPI.FIELDS = (
    _t.Field("id", "id", "int", True, description="ID of the transaction that adds loyalty points."),
    _t.Field("created", "created", "datetime", True, description="Date and time the loyalty points were added."),
    _t.Field("program_id", "programId", "int", True, description="ID of the loyalty program."),
    _t.Field("name", "name", "str", True, description="Name or reason of the transaction that adds loyalty points."),
    _t.Field(
        "start_date",
        "startDate",
        "str",
        True,
        description="When points become active. Possible values: - `immediate`: Points are active immediately. - `timestamp value`: Points become active at a given date and time.",
    ),
    _t.Field(
        "expiry_date",
        "expiryDate",
        "str",
        True,
        description="Date when points expire. Possible values are: - `unlimited`: Points have no expiration date. - `timestamp value`: Points expire on the given date and time.",
    ),
    _t.Field("subledger_id", "subledgerId", "str", True, description="ID of the subledger."),
    _t.Field("amount", "amount", "float", True, description="Amount of loyalty points added in the transaction."),
    _t.Field(
        "customer_session_id",
        "customerSessionId",
        "str",
        False,
        description="ID of the customer session where points were added.",
    ),
)
