"""LoyaltyCardRegistration: LoyaltyCardRegistration (Talon.One Integration API; SDK 9 model LoyaltyCardRegistration).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["LoyaltyCardRegistration", "LoyaltyCardRegistrationDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class LoyaltyCardRegistration(_t.Model):
    """LoyaltyCardRegistration (Talon.One Integration API; SDK 9 model LoyaltyCardRegistration)."""

    integration_id: str
    """The integrationId of the customer profile."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "integrationId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a LoyaltyCardRegistration from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["integrationId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("integrationId")
            obj.integration_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This LoyaltyCardRegistration as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.integration_id
        if v is not None:
            out["integrationId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a LoyaltyCardRegistration or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "LoyaltyCardRegistration")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "LoyaltyCardRegistration")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.integration_id
            if not (type(v) is str):
                v = _t.input_text(v, True)
            out["integrationId"] = v
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
                    f"must not set the LoyaltyCardRegistration fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class LoyaltyCardRegistrationDict(TypedDict, total=False):
    """A LoyaltyCardRegistration as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    integration_id: Required[str]


_ATTRIBUTE_NAMES = frozenset(
    {
        "integration_id",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "integration_id": None,
}
_new = object.__new__
_WIRE_NAMES = LoyaltyCardRegistration._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

LoyaltyCardRegistration.FIELDS = (
    _t.Field("integration_id", "integrationId", "str", True, description="The integrationId of the customer profile."),
)
