"""Event: The event the update recorded, with the effects of the rules that fired.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Event"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Event(_t.Model):
    """The event the update recorded, with the effects of the rules that fired."""

    id: int
    """The event's ID."""
    created: datetime.datetime
    """When the event was recorded."""
    application_id: int
    """The Application the event belongs to."""
    session_id: str
    """The session the event belongs to."""
    type: str
    """The event type (`talon_session_updated` for session updates)."""
    attributes: dict[str, Any]
    """The event's attributes."""
    effects: list[list[Any]]
    """What the rules decided, one entry per effect, each a 4-element array
    `[campaignId, rulesetId, ruleIndex, [effectName, arg1, arg2, ...]]`, for example
    `[59, 124, 0, ["setDiscount", "10% off", 4.99]]`. campaignId is -1 for effects tied to no
    campaign. Effect names and arguments are an open set; do not depend on their order."""
    ledger_entries: list[LedgerEntry]
    """Loyalty ledger entries the event created."""
    profile_id: str | None = None
    """The integration ID of the profile."""
    store_integration_id: str | None = None
    """The integration ID of the store the event happened in."""
    meta: Meta | None = None
    """Details of how the rules were evaluated."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "applicationId",
            "sessionId",
            "type",
            "attributes",
            "effects",
            "ledgerEntries",
            "profileId",
            "storeIntegrationId",
            "meta",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Event from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["applicationId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("applicationId") from None
            obj.application_id = v
            v = data["sessionId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("sessionId")
            obj.session_id = v
            v = data["type"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("type")
            obj.type = v
            v = data["attributes"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data["effects"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("effects")
            obj.effects = v
            v = data["ledgerEntries"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("ledgerEntries")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_LedgerEntry(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("ledgerEntries") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_LedgerEntry(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("ledgerEntries") from None  # the index of the item that failed
                v = items
            obj.ledger_entries = v
            v = data.get("profileId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("profileId")
            obj.profile_id = v
            v = data.get("storeIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("storeIntegrationId")
            obj.store_integration_id = v
            v = data.get("meta")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("meta")
                try:
                    v = _parse_Meta(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("meta") from None
            obj.meta = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Event as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.application_id
        if v is not None:
            out["applicationId"] = v

        v = self.session_id
        if v is not None:
            out["sessionId"] = v

        v = self.type
        if v is not None:
            out["type"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.effects
        if v is not None:
            out["effects"] = v

        v = self.ledger_entries
        if v is not None:
            out["ledgerEntries"] = [x.to_dict() for x in v]

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.store_integration_id
        if v is not None:
            out["storeIntegrationId"] = v

        v = self.meta
        if v is not None:
            out["meta"] = v.to_dict()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Event._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .ledger_entry import LedgerEntry
from .meta import Meta

Event.FIELDS = (
    _t.Field("id", "id", "int", True, description="The event's ID."),
    _t.Field("created", "created", "datetime", True, description="When the event was recorded."),
    _t.Field("application_id", "applicationId", "int", True, description="The Application the event belongs to."),
    _t.Field("session_id", "sessionId", "str", True, description="The session the event belongs to."),
    _t.Field("type", "type", "str", True, description="The event type (`talon_session_updated` for session updates)."),
    _t.Field("attributes", "attributes", "object", True, description="The event's attributes."),
    _t.Field(
        "effects",
        "effects",
        "list",
        True,
        item_kind="list",
        description='What the rules decided, one entry per effect, each a 4-element array `[campaignId, rulesetId, ruleIndex, [effectName, arg1, arg2, ...]]`, for example `[59, 124, 0, ["setDiscount", "10% off", 4.99]]`. campaignId is -1 for effects tied to no campaign. Effect names and arguments are an open set; do not depend on their order.',
    ),
    _t.Field(
        "ledger_entries",
        "ledgerEntries",
        "list",
        True,
        item_kind="model",
        model=LedgerEntry,
        description="Loyalty ledger entries the event created.",
    ),
    _t.Field("profile_id", "profileId", "str", False, description="The integration ID of the profile."),
    _t.Field(
        "store_integration_id",
        "storeIntegrationId",
        "str",
        False,
        description="The integration ID of the store the event happened in.",
    ),
    _t.Field("meta", "meta", "model", False, model=Meta, description="Details of how the rules were evaluated."),
)
_parse_LedgerEntry = LedgerEntry._parse
_parse_Meta = Meta._parse
