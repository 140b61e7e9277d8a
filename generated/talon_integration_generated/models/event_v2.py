"""EventV2: The event a v2 call recorded; its effects are v2 effect objects.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["EventV2"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class EventV2(_t.Model):
    """The event a v2 call recorded; its effects are v2 effect objects."""

    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    application_id: int
    """The ID of the Application that owns this entity."""
    type: str
    """A string representing the event. Must not be a reserved event name."""
    attributes: dict[str, Any]
    """Arbitrary additional JSON data associated with the event."""
    effects: list[EffectV2]
    """The effects of the rules that fired, in order."""
    profile_id: str | None = None
    """ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a
    known `profileId`, we recommend you use a guest `profileId`."""
    store_integration_id: str | None = None
    """The integration ID of the store. You choose this ID when you create a store."""
    session_id: str | None = None
    """The ID of the session that this event occurred in."""
    ledger_entries: list[LedgerEntry] | None = None
    """Ledger entries for the event."""
    meta: Meta | None = None
    """Details of how the rules were evaluated."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "applicationId",
            "type",
            "attributes",
            "effects",
            "profileId",
            "storeIntegrationId",
            "sessionId",
            "ledgerEntries",
            "meta",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a EventV2 from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["applicationId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("applicationId") from None
            obj.application_id = v
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
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_EffectV2(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("effects") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_EffectV2(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("effects") from None  # the index of the item that failed
                v = items
            obj.effects = v
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
            v = data.get("sessionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("sessionId")
            obj.session_id = v
            v = data.get("ledgerEntries")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
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
        """This EventV2 as JSON-ready data with the service's field names, unknown fields included."""
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

        v = self.type
        if v is not None:
            out["type"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.effects
        if v is not None:
            out["effects"] = [x.to_dict() for x in v]

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.store_integration_id
        if v is not None:
            out["storeIntegrationId"] = v

        v = self.session_id
        if v is not None:
            out["sessionId"] = v

        v = self.ledger_entries
        if v is not None:
            out["ledgerEntries"] = [x.to_dict() for x in v]

        v = self.meta
        if v is not None:
            out["meta"] = v.to_dict()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = EventV2._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .effect_v2 import EffectV2
from .ledger_entry import LedgerEntry
from .meta import Meta

EventV2.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field(
        "application_id", "applicationId", "int", True, description="The ID of the Application that owns this entity."
    ),
    _t.Field(
        "type", "type", "str", True, description="A string representing the event. Must not be a reserved event name."
    ),
    _t.Field(
        "attributes",
        "attributes",
        "object",
        True,
        description="Arbitrary additional JSON data associated with the event.",
    ),
    _t.Field(
        "effects",
        "effects",
        "list",
        True,
        item_kind="model",
        model=EffectV2,
        description="The effects of the rules that fired, in order.",
    ),
    _t.Field(
        "profile_id",
        "profileId",
        "str",
        False,
        description="ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a known `profileId`, we recommend you use a guest `profileId`.",
    ),
    _t.Field(
        "store_integration_id",
        "storeIntegrationId",
        "str",
        False,
        description="The integration ID of the store. You choose this ID when you create a store.",
    ),
    _t.Field("session_id", "sessionId", "str", False, description="The ID of the session that this event occurred in."),
    _t.Field(
        "ledger_entries",
        "ledgerEntries",
        "list",
        False,
        item_kind="model",
        model=LedgerEntry,
        description="Ledger entries for the event.",
    ),
    _t.Field("meta", "meta", "model", False, model=Meta, description="Details of how the rules were evaluated."),
)
_parse_EffectV2 = EffectV2._parse
_parse_LedgerEntry = LedgerEntry._parse
_parse_Meta = Meta._parse
