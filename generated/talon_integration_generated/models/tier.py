"""Tier: A loyalty tier a profile or card is in.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Tier"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Tier(_t.Model):
    """A loyalty tier a profile or card is in."""

    id: int
    """The tier's ID."""
    name: str
    """The tier's name."""
    start_date: datetime.datetime | None = None
    """When the customer entered this tier, in the program's time zone."""
    expiry_date: datetime.datetime | None = None
    """When the tier expires, in the program's time zone."""
    downgrade_policy: str | None = None
    """How the program downgrades tiers (see TierDowngradePolicy)."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "startDate",
            "expiryDate",
            "downgradePolicy",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Tier from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["id"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("id") from None
            obj.id = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data.get("startDate")
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
                        raise exc.at("startDate") from None
            obj.start_date = v
            v = data.get("expiryDate")
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
                        raise exc.at("expiryDate") from None
            obj.expiry_date = v
            v = data.get("downgradePolicy")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("downgradePolicy")
            obj.downgrade_policy = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Tier as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        v = self.downgrade_policy
        if v is not None:
            out["downgradePolicy"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Tier._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

Tier.FIELDS = (
    _t.Field("id", "id", "int", True, description="The tier's ID."),
    _t.Field("name", "name", "str", True, description="The tier's name."),
    _t.Field(
        "start_date",
        "startDate",
        "datetime",
        False,
        description="When the customer entered this tier, in the program's time zone.",
    ),
    _t.Field(
        "expiry_date", "expiryDate", "datetime", False, description="When the tier expires, in the program's time zone."
    ),
    _t.Field(
        "downgrade_policy",
        "downgradePolicy",
        "str",
        False,
        description="How the program downgrades tiers (see TierDowngradePolicy).",
    ),
)
