"""ProjectedTier: ProjectedTier (Talon.One Integration API; SDK 9 model ProjectedTier).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["ProjectedTier"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class ProjectedTier(_t.Model):
    """ProjectedTier (Talon.One Integration API; SDK 9 model ProjectedTier)."""

    projected_active_points: float
    """The active points of the customer when their current tier expires."""
    stay_in_tier_points: float | None = None
    """The number of points the customer needs to stay in the current tier. **Note**: This is included in the
    response when the customer is projected to be downgraded."""
    projected_tier_name: str | None = None
    """The name of the tier the user will enter once their current tier expires."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "projectedActivePoints",
            "stayInTierPoints",
            "projectedTierName",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ProjectedTier from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["projectedActivePoints"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("projectedActivePoints")
            obj.projected_active_points = v
            v = data.get("stayInTierPoints")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("stayInTierPoints")
            obj.stay_in_tier_points = v
            v = data.get("projectedTierName")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("projectedTierName")
            obj.projected_tier_name = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This ProjectedTier as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.projected_active_points
        if v is not None:
            out["projectedActivePoints"] = v

        v = self.stay_in_tier_points
        if v is not None:
            out["stayInTierPoints"] = v

        v = self.projected_tier_name
        if v is not None:
            out["projectedTierName"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = ProjectedTier._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

ProjectedTier.FIELDS = (
    _t.Field(
        "projected_active_points",
        "projectedActivePoints",
        "float",
        True,
        description="The active points of the customer when their current tier expires.",
    ),
    _t.Field(
        "stay_in_tier_points",
        "stayInTierPoints",
        "float",
        False,
        description="The number of points the customer needs to stay in the current tier. **Note**: This is included in the response when the customer is projected to be downgraded.",
    ),
    _t.Field(
        "projected_tier_name",
        "projectedTierName",
        "str",
        False,
        description="The name of the tier the user will enter once their current tier expires.",
    ),
)
