"""SessionReturn: SessionReturn (Talon.One Integration API; SDK 9 model ModelReturn).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["SessionReturn"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class SessionReturn(_t.Model):
    """SessionReturn (Talon.One Integration API; SDK 9 model ModelReturn)."""

    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    application_id: int
    """The ID of the Application that owns this entity."""
    account_id: int
    """The ID of the account that owns this entity."""
    returned_cart_items: list[ReturnedCartItem]
    """List of cart items to be returned."""
    event_id: int
    """The event ID of that was generated for this return."""
    session_id: int
    """The internal ID of the session this return was requested on."""
    session_integration_id: str
    """The integration ID of the session this return was requested on."""
    profile_id: int | None = None
    """The internal ID of the profile this return was requested on."""
    profile_integration_id: str | None = None
    """The integration ID of the profile this return was requested on."""
    created_by: int | None = None
    """ID of the user who requested this return."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "applicationId",
            "accountId",
            "returnedCartItems",
            "eventId",
            "sessionId",
            "sessionIntegrationId",
            "profileId",
            "profileIntegrationId",
            "createdBy",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a SessionReturn from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["accountId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("accountId") from None
            obj.account_id = v
            v = data["returnedCartItems"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("returnedCartItems")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_ReturnedCartItem(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("returnedCartItems") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_ReturnedCartItem(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("returnedCartItems") from None  # the index of the item that failed
                v = items
            obj.returned_cart_items = v
            v = data["eventId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("eventId") from None
            obj.event_id = v
            v = data["sessionId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("sessionId") from None
            obj.session_id = v
            v = data["sessionIntegrationId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("sessionIntegrationId")
            obj.session_integration_id = v
            v = data.get("profileId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("profileId") from None
            obj.profile_id = v
            v = data.get("profileIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("profileIntegrationId")
            obj.profile_integration_id = v
            v = data.get("createdBy")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("createdBy") from None
            obj.created_by = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This SessionReturn as JSON-ready data with the service's field names, unknown fields included."""
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

        v = self.account_id
        if v is not None:
            out["accountId"] = v

        v = self.returned_cart_items
        if v is not None:
            out["returnedCartItems"] = [x.to_dict() for x in v]

        v = self.event_id
        if v is not None:
            out["eventId"] = v

        v = self.session_id
        if v is not None:
            out["sessionId"] = v

        v = self.session_integration_id
        if v is not None:
            out["sessionIntegrationId"] = v

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.profile_integration_id
        if v is not None:
            out["profileIntegrationId"] = v

        v = self.created_by
        if v is not None:
            out["createdBy"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = SessionReturn._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .returned_cart_item import ReturnedCartItem

SessionReturn.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field(
        "application_id", "applicationId", "int", True, description="The ID of the Application that owns this entity."
    ),
    _t.Field("account_id", "accountId", "int", True, description="The ID of the account that owns this entity."),
    _t.Field(
        "returned_cart_items",
        "returnedCartItems",
        "list",
        True,
        item_kind="model",
        model=ReturnedCartItem,
        description="List of cart items to be returned.",
    ),
    _t.Field("event_id", "eventId", "int", True, description="The event ID of that was generated for this return."),
    _t.Field(
        "session_id",
        "sessionId",
        "int",
        True,
        description="The internal ID of the session this return was requested on.",
    ),
    _t.Field(
        "session_integration_id",
        "sessionIntegrationId",
        "str",
        True,
        description="The integration ID of the session this return was requested on.",
    ),
    _t.Field(
        "profile_id",
        "profileId",
        "int",
        False,
        description="The internal ID of the profile this return was requested on.",
    ),
    _t.Field(
        "profile_integration_id",
        "profileIntegrationId",
        "str",
        False,
        description="The integration ID of the profile this return was requested on.",
    ),
    _t.Field("created_by", "createdBy", "int", False, description="ID of the user who requested this return."),
)
_parse_ReturnedCartItem = ReturnedCartItem._parse
