"""LoyaltyCard: A loyalty card and its balances.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["LoyaltyCard"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyCard(_t.Model):
    """A loyalty card and its balances."""

    id: int
    """The card's internal ID."""
    created: datetime.datetime
    """When the card was created."""
    program_id: int
    """The card-based loyalty program the card belongs to."""
    status: str
    """The card's status, `active` or `inactive`."""
    identifier: str
    """The card's alphanumeric identifier."""
    users_per_card_limit: int
    """How many profiles may be linked to the card; 0 means no limit."""
    program_name: str | None = None
    """The program's integration name."""
    program_title: str | None = None
    """The program's name as shown in the Campaign Manager."""
    block_reason: str | None = None
    """Why the card was transferred and blocked, if it was."""
    profiles: list[LoyaltyCardProfileRegistration] | None = None
    """The profiles linked to the card."""
    ledger: LoyaltyProgramBalance | None = None
    """A loyalty balance (a program's or a card's ledger or sub-ledger)."""
    subledgers: dict[str, LoyaltyProgramBalance] | None = None
    """The card's balances in the program's sub-ledgers, by sub-ledger ID."""
    modified: datetime.datetime | None = None
    """When the card was last updated."""
    old_card_identifier: str | None = None
    """The identifier of the card this one replaced, after a transfer."""
    new_card_identifier: str | None = None
    """The identifier of the card that replaced this one, after a transfer."""
    batch_id: str | None = None
    """The batch the card was created in, if any."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "programID",
            "status",
            "identifier",
            "usersPerCardLimit",
            "programName",
            "programTitle",
            "blockReason",
            "profiles",
            "ledger",
            "subledgers",
            "modified",
            "oldCardIdentifier",
            "newCardIdentifier",
            "batchId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyCard from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
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
            v = data["programID"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("programID") from None
            obj.program_id = v
            v = data["status"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("status")
            obj.status = v
            v = data["identifier"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("identifier")
            obj.identifier = v
            v = data["usersPerCardLimit"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("usersPerCardLimit") from None
            obj.users_per_card_limit = v
            v = data.get("programName")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("programName")
            obj.program_name = v
            v = data.get("programTitle")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("programTitle")
            obj.program_title = v
            v = data.get("blockReason")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("blockReason")
            obj.block_reason = v
            v = data.get("profiles")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("profiles")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = (
                                _parse_LoyaltyCardProfileRegistration(x, consume)
                                if type(x) is dict
                                else _t.not_an_object(x)
                            )
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("profiles") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(
                                _parse_LoyaltyCardProfileRegistration(x, consume)
                                if type(x) is dict
                                else _t.not_an_object(x)
                            )
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("profiles") from None  # the index of the item that failed
                    v = items
            obj.profiles = v
            v = data.get("ledger")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("ledger")
                try:
                    v = _parse_LoyaltyProgramBalance(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("ledger") from None
            obj.ledger = v
            v = data.get("subledgers")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = _t.parse_model_map(v, _parse_LoyaltyProgramBalance, consume)
                except _t.SchemaError as exc:
                    raise exc.at("subledgers") from None
            obj.subledgers = v
            v = data.get("modified")
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
                        raise exc.at("modified") from None
            obj.modified = v
            v = data.get("oldCardIdentifier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("oldCardIdentifier")
            obj.old_card_identifier = v
            v = data.get("newCardIdentifier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("newCardIdentifier")
            obj.new_card_identifier = v
            v = data.get("batchId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("batchId")
            obj.batch_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyCard as JSON-ready data with the service's field names, unknown fields included."""
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
            out["programID"] = v

        v = self.status
        if v is not None:
            out["status"] = v

        v = self.identifier
        if v is not None:
            out["identifier"] = v

        v = self.users_per_card_limit
        if v is not None:
            out["usersPerCardLimit"] = v

        v = self.program_name
        if v is not None:
            out["programName"] = v

        v = self.program_title
        if v is not None:
            out["programTitle"] = v

        v = self.block_reason
        if v is not None:
            out["blockReason"] = v

        v = self.profiles
        if v is not None:
            out["profiles"] = [x.to_dict() for x in v]

        v = self.ledger
        if v is not None:
            out["ledger"] = v.to_dict()

        v = self.subledgers
        if v is not None:
            out["subledgers"] = {key: x.to_dict() for key, x in v.items()}

        v = self.modified
        if v is not None:
            out["modified"] = v.isoformat()

        v = self.old_card_identifier
        if v is not None:
            out["oldCardIdentifier"] = v

        v = self.new_card_identifier
        if v is not None:
            out["newCardIdentifier"] = v

        v = self.batch_id
        if v is not None:
            out["batchId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = LoyaltyCard._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .loyalty_card_profile_registration import LoyaltyCardProfileRegistration
from .loyalty_program_balance import LoyaltyProgramBalance

LoyaltyCard.FIELDS = (
    _t.Field("id", "id", "int", True, description="The card's internal ID."),
    _t.Field("created", "created", "datetime", True, description="When the card was created."),
    _t.Field("program_id", "programID", "int", True, description="The card-based loyalty program the card belongs to."),
    _t.Field("status", "status", "str", True, description="The card's status, `active` or `inactive`."),
    _t.Field("identifier", "identifier", "str", True, description="The card's alphanumeric identifier."),
    _t.Field(
        "users_per_card_limit",
        "usersPerCardLimit",
        "int",
        True,
        description="How many profiles may be linked to the card; 0 means no limit.",
    ),
    _t.Field("program_name", "programName", "str", False, description="The program's integration name."),
    _t.Field(
        "program_title",
        "programTitle",
        "str",
        False,
        description="The program's name as shown in the Campaign Manager.",
    ),
    _t.Field(
        "block_reason", "blockReason", "str", False, description="Why the card was transferred and blocked, if it was."
    ),
    _t.Field(
        "profiles",
        "profiles",
        "list",
        False,
        item_kind="model",
        model=LoyaltyCardProfileRegistration,
        description="The profiles linked to the card.",
    ),
    _t.Field(
        "ledger",
        "ledger",
        "model",
        False,
        model=LoyaltyProgramBalance,
        description="A loyalty balance (a program's or a card's ledger or sub-ledger).",
    ),
    _t.Field(
        "subledgers",
        "subledgers",
        "map",
        False,
        item_kind="model",
        model=LoyaltyProgramBalance,
        description="The card's balances in the program's sub-ledgers, by sub-ledger ID.",
    ),
    _t.Field("modified", "modified", "datetime", False, description="When the card was last updated."),
    _t.Field(
        "old_card_identifier",
        "oldCardIdentifier",
        "str",
        False,
        description="The identifier of the card this one replaced, after a transfer.",
    ),
    _t.Field(
        "new_card_identifier",
        "newCardIdentifier",
        "str",
        False,
        description="The identifier of the card that replaced this one, after a transfer.",
    ),
    _t.Field("batch_id", "batchId", "str", False, description="The batch the card was created in, if any."),
)
_parse_LoyaltyCardProfileRegistration = LoyaltyCardProfileRegistration._parse
_parse_LoyaltyProgramBalance = LoyaltyProgramBalance._parse
