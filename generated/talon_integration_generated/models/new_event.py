"""NewEvent: A custom event on a session.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["NewEvent", "NewEventDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class NewEvent(_t.Model):
    """A custom event on a session."""

    session_id: str
    """The session the event belongs to; created on first use."""
    type: str
    """An event type defined in the Application; not a reserved event name."""
    attributes: dict[str, Any]
    """The event's attributes, as defined for its type."""
    profile_id: str | None = None
    """The integration ID of the customer's profile."""
    store_integration_id: str | None = None
    """The integration ID of the store the event happened in, as chosen when the store was created."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "sessionId",
            "type",
            "attributes",
            "profileId",
            "storeIntegrationId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a NewEvent from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
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
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This NewEvent as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.session_id
        if v is not None:
            out["sessionId"] = v

        v = self.type
        if v is not None:
            out["type"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.store_integration_id
        if v is not None:
            out["storeIntegrationId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a NewEvent or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "NewEvent")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "NewEvent")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.session_id
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["sessionId"] = v
            w = 1
            v = value.type
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["type"] = v
            w = 2
            v = value.attributes
            if v is None:
                v = {}  # a required free-form object may be empty: absent means {}
            if not (_t.plain_object(v)):
                v = _t.input_object(v, True)
            out["attributes"] = v
            v = value.profile_id
            if v is not None:
                w = 3
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["profileId"] = v
            v = value.store_integration_id
            if v is not None:
                w = 4
                if not (type(v) is str and len(v) >= 1 and len(v) <= 1000):
                    v = _t.input_text(v, False, min_length=1, max_length=1000)
                out["storeIntegrationId"] = v
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
                    f"must not set the NewEvent fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class NewEventDict(TypedDict, total=False):
    """A NewEvent as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    session_id: Required[str]
    type: Required[str]
    attributes: Required[Mapping[str, Any]]
    profile_id: str | None
    store_integration_id: str | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "session_id",
        "type",
        "attributes",
        "profile_id",
        "store_integration_id",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "session_id": None,
    "type": None,
    "attributes": None,
}
_new = object.__new__
_WIRE_NAMES = NewEvent._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

NewEvent.FIELDS = (
    _t.Field(
        "session_id", "sessionId", "str", True, description="The session the event belongs to; created on first use."
    ),
    _t.Field(
        "type", "type", "str", True, description="An event type defined in the Application; not a reserved event name."
    ),
    _t.Field(
        "attributes", "attributes", "object", True, description="The event's attributes, as defined for its type."
    ),
    _t.Field("profile_id", "profileId", "str", False, description="The integration ID of the customer's profile."),
    _t.Field(
        "store_integration_id",
        "storeIntegrationId",
        "str",
        False,
        description="The integration ID of the store the event happened in, as chosen when the store was created.",
    ),
)
