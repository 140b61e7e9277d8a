"""Giveaway: Giveaway (Talon.One Integration API; SDK 9 model Giveaway).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Giveaway"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Giveaway(_t.Model):
    """Giveaway (Talon.One Integration API; SDK 9 model Giveaway)."""

    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    code: str
    """The code value of this giveaway."""
    pool_id: int
    """The ID of the pool to return giveaway codes from."""
    start_date: datetime.datetime | None = None
    """Timestamp at which point the giveaway becomes valid."""
    end_date: datetime.datetime | None = None
    """Timestamp at which point the giveaway becomes invalid."""
    attributes: dict[str, Any] | None = None
    """Arbitrary properties associated with this giveaway."""
    used: bool | None = None
    """Indicates whether this giveaway code was given before."""
    import_id: int | None = None
    """The ID of the Import which created this giveaway."""
    profile_integration_id: str | None = None
    """The third-party integration ID of the customer profile that was awarded the giveaway, if the giveaway was
    awarded."""
    profile_id: int | None = None
    """The internal ID of the customer profile that was awarded the giveaway, if the giveaway was awarded and an
    internal ID exists."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "code",
            "poolId",
            "startDate",
            "endDate",
            "attributes",
            "used",
            "importId",
            "profileIntegrationId",
            "profileId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Giveaway from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["code"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("code")
            obj.code = v
            v = data["poolId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("poolId") from None
            obj.pool_id = v
            v = data.get("startDate")
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
                        raise exc.at("startDate") from None
            obj.start_date = v
            v = data.get("endDate")
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
                        raise exc.at("endDate") from None
            obj.end_date = v
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data.get("used")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("used")
            obj.used = v
            v = data.get("importId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("importId") from None
            obj.import_id = v
            v = data.get("profileIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("profileIntegrationId")
            obj.profile_integration_id = v
            v = data.get("profileId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("profileId") from None
            obj.profile_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Giveaway as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.code
        if v is not None:
            out["code"] = v

        v = self.pool_id
        if v is not None:
            out["poolId"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.end_date
        if v is not None:
            out["endDate"] = v.isoformat()

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.used
        if v is not None:
            out["used"] = v

        v = self.import_id
        if v is not None:
            out["importId"] = v

        v = self.profile_integration_id
        if v is not None:
            out["profileIntegrationId"] = v

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Giveaway._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

Giveaway.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field("code", "code", "str", True, description="The code value of this giveaway."),
    _t.Field("pool_id", "poolId", "int", True, description="The ID of the pool to return giveaway codes from."),
    _t.Field(
        "start_date", "startDate", "datetime", False, description="Timestamp at which point the giveaway becomes valid."
    ),
    _t.Field(
        "end_date", "endDate", "datetime", False, description="Timestamp at which point the giveaway becomes invalid."
    ),
    _t.Field(
        "attributes", "attributes", "object", False, description="Arbitrary properties associated with this giveaway."
    ),
    _t.Field("used", "used", "bool", False, description="Indicates whether this giveaway code was given before."),
    _t.Field("import_id", "importId", "int", False, description="The ID of the Import which created this giveaway."),
    _t.Field(
        "profile_integration_id",
        "profileIntegrationId",
        "str",
        False,
        description="The third-party integration ID of the customer profile that was awarded the giveaway, if the giveaway was awarded.",
    ),
    _t.Field(
        "profile_id",
        "profileId",
        "int",
        False,
        description="The internal ID of the customer profile that was awarded the giveaway, if the giveaway was awarded and an internal ID exists.",
    ),
)
