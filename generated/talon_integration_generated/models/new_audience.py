"""NewAudience: NewAudience (Talon.One Integration API; SDK 9 model NewAudience).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["NewAudience", "NewAudienceDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class NewAudience(_t.Model):
    """NewAudience (Talon.One Integration API; SDK 9 model NewAudience)."""

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
        """Build a NewAudience from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
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
        """This NewAudience as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
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

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a NewAudience or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "NewAudience")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "NewAudience")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.name
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["name"] = v
            v = value.sandbox
            if v is not None:
                w = 1
                if not (type(v) is bool):
                    v = _t.input_boolean(v, False)
                out["sandbox"] = v
            v = value.description
            if v is not None:
                w = 2
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["description"] = v
            v = value.integration
            if v is not None:
                w = 3
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["integration"] = v
            v = value.integration_id
            if v is not None:
                w = 4
                if not (type(v) is str and len(v) >= 1 and len(v) <= 1000):
                    v = _t.input_text(v, False, min_length=1, max_length=1000)
                out["integrationId"] = v
            v = value.created_in_3_rd_party
            if v is not None:
                w = 5
                if not (type(v) is bool):
                    v = _t.input_boolean(v, False)
                out["createdIn3rdParty"] = v
            v = value.last_update
            if v is not None:
                w = 6
                v = _t.input_datetime(v, False)
                out["lastUpdate"] = v
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
                    f"must not set the NewAudience fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class NewAudienceDict(TypedDict, total=False):
    """A NewAudience as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    name: Required[str]
    sandbox: bool | None
    description: str | None
    integration: str | None
    integration_id: str | None
    created_in_3_rd_party: bool | None
    last_update: datetime.datetime | str | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "name",
        "sandbox",
        "description",
        "integration",
        "integration_id",
        "created_in_3_rd_party",
        "last_update",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "name": None,
}
_new = object.__new__
_WIRE_NAMES = NewAudience._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

NewAudience.FIELDS = (
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
