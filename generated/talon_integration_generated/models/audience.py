"""Audience: Audience (Talon.One Integration API; SDK 9 model Audience).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Audience"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Audience(_t.Model):
    """Audience (Talon.One Integration API; SDK 9 model Audience)."""

    account_id: int
    """The ID of the account that owns this entity."""
    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    name: str
    """The human-friendly display name for this audience."""
    sandbox: bool | None = None
    """Indicates if this is a live or sandbox Application."""
    description: str | None = None
    """A description of the audience."""
    integration: str | None = None
    """The Talon.One-supported [3rd-party platform](https://docs.talon.one/docs/dev/technology-partners/overview)
    that this audience was created in. For example, `mParticle`, `Segment`, `Shopify`, `Braze`, or `Iterable`."""
    integration_id: str | None = None
    """The ID of this audience in the third-party integration. **Note:** To create an audience that doesn't come
    from a 3rd party platform, do not use this property."""
    created_in_3_rd_party: bool | None = None
    """Determines if this audience is a 3rd party audience or not."""
    last_update: datetime.datetime | None = None
    """The last time that the audience memberships changed."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "accountId",
            "id",
            "created",
            "name",
            "sandbox",
            "description",
            "integration",
            "integrationId",
            "createdIn3rdParty",
            "lastUpdate",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Audience from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 4  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["accountId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("accountId") from None
            obj.account_id = v
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
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data.get("sandbox")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("sandbox")
            obj.sandbox = v
            v = data.get("description")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("description")
            obj.description = v
            v = data.get("integration")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("integration")
            obj.integration = v
            v = data.get("integrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("integrationId")
            obj.integration_id = v
            v = data.get("createdIn3rdParty")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("createdIn3rdParty")
            obj.created_in_3_rd_party = v
            v = data.get("lastUpdate")
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
                        raise exc.at("lastUpdate") from None
            obj.last_update = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Audience as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.account_id
        if v is not None:
            out["accountId"] = v

        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.sandbox
        if v is not None:
            out["sandbox"] = v

        v = self.description
        if v is not None:
            out["description"] = v

        v = self.integration
        if v is not None:
            out["integration"] = v

        v = self.integration_id
        if v is not None:
            out["integrationId"] = v

        v = self.created_in_3_rd_party
        if v is not None:
            out["createdIn3rdParty"] = v

        v = self.last_update
        if v is not None:
            out["lastUpdate"] = v.isoformat()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Audience._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

Audience.FIELDS = (
    _t.Field("account_id", "accountId", "int", True, description="The ID of the account that owns this entity."),
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field("name", "name", "str", True, description="The human-friendly display name for this audience."),
    _t.Field("sandbox", "sandbox", "bool", False, description="Indicates if this is a live or sandbox Application."),
    _t.Field("description", "description", "str", False, description="A description of the audience."),
    _t.Field(
        "integration",
        "integration",
        "str",
        False,
        description="The Talon.One-supported [3rd-party platform](https://docs.talon.one/docs/dev/technology-partners/overview) that this audience was created in. For example, `mParticle`, `Segment`, `Shopify`, `Braze`, or `Iterable`.",
    ),
    _t.Field(
        "integration_id",
        "integrationId",
        "str",
        False,
        description="The ID of this audience in the third-party integration. **Note:** To create an audience that doesn't come from a 3rd party platform, do not use this property.",
    ),
    _t.Field(
        "created_in_3_rd_party",
        "createdIn3rdParty",
        "bool",
        False,
        description="Determines if this audience is a 3rd party audience or not.",
    ),
    _t.Field(
        "last_update",
        "lastUpdate",
        "datetime",
        False,
        description="The last time that the audience memberships changed.",
    ),
)
