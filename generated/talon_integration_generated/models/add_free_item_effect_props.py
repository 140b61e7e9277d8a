"""AddFreeItemEffectProps: The `props` of a `addFreeItem` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["AddFreeItemEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class AddFreeItemEffectProps(_t.Model):
    """The `props` of a `addFreeItem` effect."""

    sku: str
    """SKU of the item that needs to be added."""
    name: str
    """The name / description of the effect"""
    desired_quantity: int | None = None
    """The original quantity in case a partial reward was applied."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "sku",
            "name",
            "desiredQuantity",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a AddFreeItemEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["sku"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("sku")
            obj.sku = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data.get("desiredQuantity")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("desiredQuantity") from None
            obj.desired_quantity = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This AddFreeItemEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.sku
        if v is not None:
            out["sku"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.desired_quantity
        if v is not None:
            out["desiredQuantity"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = AddFreeItemEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

AddFreeItemEffectProps.FIELDS = (
    _t.Field("sku", "sku", "str", True, description="SKU of the item that needs to be added."),
    _t.Field("name", "name", "str", True, description="The name / description of the effect"),
    _t.Field(
        "desired_quantity",
        "desiredQuantity",
        "int",
        False,
        description="The original quantity in case a partial reward was applied.",
    ),
)
