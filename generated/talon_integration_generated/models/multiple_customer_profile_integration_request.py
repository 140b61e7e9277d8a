"""MultipleCustomerProfileIntegrationRequest: MultipleCustomerProfileIntegrationRequest (Talon.One Integration API; SDK 9 model
MultipleCustomerProfileIntegrationRequest).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["MultipleCustomerProfileIntegrationRequest", "MultipleCustomerProfileIntegrationRequestDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class MultipleCustomerProfileIntegrationRequest(_t.Model):
    """MultipleCustomerProfileIntegrationRequest (Talon.One Integration API; SDK 9 model
    MultipleCustomerProfileIntegrationRequest)."""

    customer_profiles: list[MultipleCustomerProfileIntegrationRequestItem] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "customerProfiles",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a MultipleCustomerProfileIntegrationRequest from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("customerProfiles")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("customerProfiles")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = (
                                _parse_MultipleCustomerProfileIntegrationRequestItem(x, consume)
                                if type(x) is dict
                                else _t.not_an_object(x)
                            )
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("customerProfiles") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(
                                _parse_MultipleCustomerProfileIntegrationRequestItem(x, consume)
                                if type(x) is dict
                                else _t.not_an_object(x)
                            )
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("customerProfiles") from None  # the index of the item that failed
                    v = items
            obj.customer_profiles = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This MultipleCustomerProfileIntegrationRequest as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.customer_profiles
        if v is not None:
            out["customerProfiles"] = [x.to_dict() for x in v]

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a MultipleCustomerProfileIntegrationRequest or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "MultipleCustomerProfileIntegrationRequest")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "MultipleCustomerProfileIntegrationRequest")
            value = cls(**value)
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            v = value.customer_profiles
            if v is not None:
                w = 0
                if type(v) is not list:
                    v = _t.input_list(v, False)
                try:
                    v = [_to_request_MultipleCustomerProfileIntegrationRequestItem(x) for x in v]
                except _t.InputError:
                    v = _t.input_items(
                        v, _to_request_MultipleCustomerProfileIntegrationRequestItem
                    )  # again, to name the failing index
                out["customerProfiles"] = v
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
                    f"must not set the MultipleCustomerProfileIntegrationRequest fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class MultipleCustomerProfileIntegrationRequestDict(TypedDict, total=False):
    """A MultipleCustomerProfileIntegrationRequest as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    customer_profiles: (
        Sequence[MultipleCustomerProfileIntegrationRequestItem | MultipleCustomerProfileIntegrationRequestItemDict]
        | None
    )


_ATTRIBUTE_NAMES = frozenset(
    {
        "customer_profiles",
    }
)
_new = object.__new__
_WIRE_NAMES = MultipleCustomerProfileIntegrationRequest._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .multiple_customer_profile_integration_request_item import (
    MultipleCustomerProfileIntegrationRequestItem,
    MultipleCustomerProfileIntegrationRequestItemDict,
)

MultipleCustomerProfileIntegrationRequest.FIELDS = (
    _t.Field(
        "customer_profiles",
        "customerProfiles",
        "list",
        False,
        item_kind="model",
        model=MultipleCustomerProfileIntegrationRequestItem,
    ),
)
_parse_MultipleCustomerProfileIntegrationRequestItem = MultipleCustomerProfileIntegrationRequestItem._parse
_to_request_MultipleCustomerProfileIntegrationRequestItem = MultipleCustomerProfileIntegrationRequestItem.to_request
