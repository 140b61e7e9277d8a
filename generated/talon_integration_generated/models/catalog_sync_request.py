"""CatalogSyncRequest: CatalogSyncRequest (Talon.One Integration API; SDK 9 model CatalogSyncRequest).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["CatalogSyncRequest", "CatalogSyncRequestDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CatalogSyncRequest(_t.Model):
    """CatalogSyncRequest (Talon.One Integration API; SDK 9 model CatalogSyncRequest)."""

    actions: list[CatalogAction]
    version: int | None = None
    """The version number of the catalog to apply the actions on."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "actions",
            "version",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CatalogSyncRequest from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["actions"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("actions")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_CatalogAction(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("actions") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_CatalogAction(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("actions") from None  # the index of the item that failed
                v = items
            obj.actions = v
            v = data.get("version")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("version") from None
            obj.version = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CatalogSyncRequest as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.actions
        if v is not None:
            out["actions"] = [x.to_dict() for x in v]

        v = self.version
        if v is not None:
            out["version"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a CatalogSyncRequest or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "CatalogSyncRequest")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "CatalogSyncRequest")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.actions
            if type(v) is not list:
                v = _t.input_list(v, True)
            try:
                v = [_to_request_CatalogAction(x) for x in v]
            except _t.InputError:
                v = _t.input_items(v, _to_request_CatalogAction)  # again, to name the failing index
            out["actions"] = v
            v = value.version
            if v is not None:
                w = 1
                if not (type(v) is int and v >= 1.0):
                    v = _t.input_integer(v, False, minimum=1.0)
                out["version"] = v
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
                    f"must not set the CatalogSyncRequest fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class CatalogSyncRequestDict(TypedDict, total=False):
    """A CatalogSyncRequest as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    actions: Required[Sequence[CatalogAction | CatalogActionDict]]
    version: int | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "actions",
        "version",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "actions": None,
}
_new = object.__new__
_WIRE_NAMES = CatalogSyncRequest._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .catalog_action import CatalogAction, CatalogActionDict

CatalogSyncRequest.FIELDS = (
    _t.Field("actions", "actions", "list", True, item_kind="model", model=CatalogAction),
    _t.Field(
        "version", "version", "int", False, description="The version number of the catalog to apply the actions on."
    ),
)
_parse_CatalogAction = CatalogAction._parse
_to_request_CatalogAction = CatalogAction.to_request
