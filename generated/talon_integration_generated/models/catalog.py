"""Catalog: Catalog (Talon.One Integration API; SDK 9 model Catalog).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Catalog"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Catalog(_t.Model):
    """Catalog (Talon.One Integration API; SDK 9 model Catalog)."""

    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    account_id: int
    """The ID of the account that owns this entity."""
    modified: datetime.datetime
    """The time this entity was last modified."""
    name: str
    """The cart item catalog name."""
    description: str
    """A description of this cart item catalog."""
    version: int
    """The current version of this catalog."""
    created_by: int
    """The ID of user who created this catalog."""
    subscribed_applications_ids: list[int] | None = None
    """A list of the IDs of the applications that are subscribed to this catalog."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "accountId",
            "modified",
            "name",
            "description",
            "version",
            "createdBy",
            "subscribedApplicationsIds",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Catalog from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["accountId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("accountId") from None
            obj.account_id = v
            v = data["modified"]
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
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["description"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("description")
            obj.description = v
            v = data["version"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("version") from None
            obj.version = v
            v = data["createdBy"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("createdBy") from None
            obj.created_by = v
            v = data.get("subscribedApplicationsIds")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("subscribedApplicationsIds")
                try:
                    v = _t.parse_plain_list(v, "int")
                except _t.SchemaError as exc:
                    raise exc.at("subscribedApplicationsIds") from None
            obj.subscribed_applications_ids = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Catalog as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.account_id
        if v is not None:
            out["accountId"] = v

        v = self.modified
        if v is not None:
            out["modified"] = v.isoformat()

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.description
        if v is not None:
            out["description"] = v

        v = self.version
        if v is not None:
            out["version"] = v

        v = self.created_by
        if v is not None:
            out["createdBy"] = v

        v = self.subscribed_applications_ids
        if v is not None:
            out["subscribedApplicationsIds"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Catalog._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

Catalog.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field("account_id", "accountId", "int", True, description="The ID of the account that owns this entity."),
    _t.Field("modified", "modified", "datetime", True, description="The time this entity was last modified."),
    _t.Field("name", "name", "str", True, description="The cart item catalog name."),
    _t.Field("description", "description", "str", True, description="A description of this cart item catalog."),
    _t.Field("version", "version", "int", True, description="The current version of this catalog."),
    _t.Field("created_by", "createdBy", "int", True, description="The ID of user who created this catalog."),
    _t.Field(
        "subscribed_applications_ids",
        "subscribedApplicationsIds",
        "list",
        False,
        item_kind="int",
        description="A list of the IDs of the applications that are subscribed to this catalog.",
    ),
)
