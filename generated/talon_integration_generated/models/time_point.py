"""TimePoint: TimePoint (Talon.One Integration API; SDK 9 model TimePoint).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["TimePoint"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class TimePoint(_t.Model):
    """TimePoint (Talon.One Integration API; SDK 9 model TimePoint)."""

    hour: int
    """The achievement ends and resets at this hour."""
    minute: int
    """The achievement ends and resets at this minute."""
    second: int
    """The achievement ends and resets at this second."""
    month: int | None = None
    """The achievement ends and resets in this month. **Note**: Only applicable if the period is set to `Y`."""
    day_of_month: int | None = None
    """The achievement ends and resets on this day of the month. **Note**: Only applicable if the period is set to
    `Y` or `M`."""
    day_of_week: int | None = None
    """The achievement ends and resets on this day of the week. `1` represents `Monday` and `7` represents
    `Sunday`. **Note**: Only applicable if the period is set to `W`."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "hour",
            "minute",
            "second",
            "month",
            "dayOfMonth",
            "dayOfWeek",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a TimePoint from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["hour"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("hour") from None
            obj.hour = v
            v = data["minute"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("minute") from None
            obj.minute = v
            v = data["second"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("second") from None
            obj.second = v
            v = data.get("month")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("month") from None
            obj.month = v
            v = data.get("dayOfMonth")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("dayOfMonth") from None
            obj.day_of_month = v
            v = data.get("dayOfWeek")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("dayOfWeek") from None
            obj.day_of_week = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This TimePoint as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.hour
        if v is not None:
            out["hour"] = v

        v = self.minute
        if v is not None:
            out["minute"] = v

        v = self.second
        if v is not None:
            out["second"] = v

        v = self.month
        if v is not None:
            out["month"] = v

        v = self.day_of_month
        if v is not None:
            out["dayOfMonth"] = v

        v = self.day_of_week
        if v is not None:
            out["dayOfWeek"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = TimePoint._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

TimePoint.FIELDS = (
    _t.Field("hour", "hour", "int", True, description="The achievement ends and resets at this hour."),
    _t.Field("minute", "minute", "int", True, description="The achievement ends and resets at this minute."),
    _t.Field("second", "second", "int", True, description="The achievement ends and resets at this second."),
    _t.Field(
        "month",
        "month",
        "int",
        False,
        description="The achievement ends and resets in this month. **Note**: Only applicable if the period is set to `Y`.",
    ),
    _t.Field(
        "day_of_month",
        "dayOfMonth",
        "int",
        False,
        description="The achievement ends and resets on this day of the month. **Note**: Only applicable if the period is set to `Y` or `M`.",
    ),
    _t.Field(
        "day_of_week",
        "dayOfWeek",
        "int",
        False,
        description="The achievement ends and resets on this day of the week. `1` represents `Monday` and `7` represents `Sunday`. **Note**: Only applicable if the period is set to `W`.",
    ),
)
