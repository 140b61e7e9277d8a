"""PriceDetail: A cart item's price under one price type.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["PriceDetail", "PriceDetailDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class PriceDetail(_t.Model):
    """A cart item's price under one price type."""

    price: float | None = None
    """The price under this price type."""
    adjustment_reference_id: str | None = None
    """The reference ID of the price adjustment selected for this SKU."""
    adjustment_effective_from: datetime.datetime | None = None
    """When the price adjustment starts to apply."""
    adjustment_effective_until: datetime.datetime | None = None
    """When the price adjustment stops applying."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "price",
            "adjustmentReferenceId",
            "adjustmentEffectiveFrom",
            "adjustmentEffectiveUntil",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a PriceDetail from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("price")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("price")
            obj.price = v
            v = data.get("adjustmentReferenceId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("adjustmentReferenceId")
            obj.adjustment_reference_id = v
            v = data.get("adjustmentEffectiveFrom")
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
                        raise exc.at("adjustmentEffectiveFrom") from None
            obj.adjustment_effective_from = v
            v = data.get("adjustmentEffectiveUntil")
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
                        raise exc.at("adjustmentEffectiveUntil") from None
            obj.adjustment_effective_until = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This PriceDetail as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.price
        if v is not None:
            out["price"] = v

        v = self.adjustment_reference_id
        if v is not None:
            out["adjustmentReferenceId"] = v

        v = self.adjustment_effective_from
        if v is not None:
            out["adjustmentEffectiveFrom"] = v.isoformat()

        v = self.adjustment_effective_until
        if v is not None:
            out["adjustmentEffectiveUntil"] = v.isoformat()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a PriceDetail or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "PriceDetail")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "PriceDetail")
            value = cls(**value)
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            v = value.price
            if v is not None:
                w = 0
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["price"] = v
            v = value.adjustment_reference_id
            if v is not None:
                w = 1
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["adjustmentReferenceId"] = v
            v = value.adjustment_effective_from
            if v is not None:
                w = 2
                v = _t.input_datetime(v, False)
                out["adjustmentEffectiveFrom"] = v
            v = value.adjustment_effective_until
            if v is not None:
                w = 3
                v = _t.input_datetime(v, False)
                out["adjustmentEffectiveUntil"] = v
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
                    f"must not set the PriceDetail fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class PriceDetailDict(TypedDict, total=False):
    """A PriceDetail as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    price: float | Decimal | None
    adjustment_reference_id: str | None
    adjustment_effective_from: datetime.datetime | str | None
    adjustment_effective_until: datetime.datetime | str | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "price",
        "adjustment_reference_id",
        "adjustment_effective_from",
        "adjustment_effective_until",
    }
)
_new = object.__new__
_WIRE_NAMES = PriceDetail._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

PriceDetail.FIELDS = (
    _t.Field("price", "price", "float", False, description="The price under this price type."),
    _t.Field(
        "adjustment_reference_id",
        "adjustmentReferenceId",
        "str",
        False,
        description="The reference ID of the price adjustment selected for this SKU.",
    ),
    _t.Field(
        "adjustment_effective_from",
        "adjustmentEffectiveFrom",
        "datetime",
        False,
        description="When the price adjustment starts to apply.",
    ),
    _t.Field(
        "adjustment_effective_until",
        "adjustmentEffectiveUntil",
        "datetime",
        False,
        description="When the price adjustment stops applying.",
    ),
)
