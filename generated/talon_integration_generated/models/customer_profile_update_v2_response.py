"""CustomerProfileUpdateV2Response: CustomerProfileUpdateV2Response (Talon.One Integration API; SDK 9 model
CustomerProfileUpdateV2Response).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CustomerProfileUpdateV2Response"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomerProfileUpdateV2Response(_t.Model):
    """CustomerProfileUpdateV2Response (Talon.One Integration API; SDK 9 model CustomerProfileUpdateV2Response)."""

    customer_profile: CustomerProfile
    """A customer profile as the service stores it."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "customerProfile",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerProfileUpdateV2Response from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["customerProfile"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("customerProfile")
            try:
                v = _parse_CustomerProfile(v, consume)
            except _t.SchemaError as exc:
                raise exc.at("customerProfile") from None
            obj.customer_profile = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomerProfileUpdateV2Response as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.customer_profile
        if v is not None:
            out["customerProfile"] = v.to_dict()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CustomerProfileUpdateV2Response._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .customer_profile import CustomerProfile

CustomerProfileUpdateV2Response.FIELDS = (
    _t.Field(
        "customer_profile",
        "customerProfile",
        "model",
        True,
        model=CustomerProfile,
        description="A customer profile as the service stores it.",
    ),
)
_parse_CustomerProfile = CustomerProfile._parse
