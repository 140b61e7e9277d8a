"""ShowBundleMetadataEffectProps: The `props` of a `showBundleMetadata` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["ShowBundleMetadataEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class ShowBundleMetadataEffectProps(_t.Model):
    """The `props` of a `showBundleMetadata` effect."""

    description: str
    """Description of the product bundle."""
    bundle_attributes: list[str]
    """The cart item attributes that determined which items are being bundled together."""
    items_indices: list[float]
    """The indices in the cart items array of the bundled items."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "bundleAttributes",
            "itemsIndices",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ShowBundleMetadataEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["description"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("description")
            obj.description = v
            v = data["bundleAttributes"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("bundleAttributes")
            try:
                v = _t.parse_plain_list(v, "str")
            except _t.SchemaError as exc:
                raise exc.at("bundleAttributes") from None
            obj.bundle_attributes = v
            v = data["itemsIndices"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("itemsIndices")
            try:
                v = _t.parse_plain_list(v, "float")
            except _t.SchemaError as exc:
                raise exc.at("itemsIndices") from None
            obj.items_indices = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This ShowBundleMetadataEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.description
        if v is not None:
            out["description"] = v

        v = self.bundle_attributes
        if v is not None:
            out["bundleAttributes"] = v

        v = self.items_indices
        if v is not None:
            out["itemsIndices"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = ShowBundleMetadataEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

ShowBundleMetadataEffectProps.FIELDS = (
    _t.Field("description", "description", "str", True, description="Description of the product bundle."),
    _t.Field(
        "bundle_attributes",
        "bundleAttributes",
        "list",
        True,
        item_kind="str",
        description="The cart item attributes that determined which items are being bundled together.",
    ),
    _t.Field(
        "items_indices",
        "itemsIndices",
        "list",
        True,
        item_kind="float",
        description="The indices in the cart items array of the bundled items.",
    ),
)
