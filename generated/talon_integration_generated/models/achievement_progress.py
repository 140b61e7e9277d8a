"""AchievementProgress: AchievementProgress (Talon.One Integration API; SDK 9 model AchievementProgress).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["AchievementProgress"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class AchievementProgress(_t.Model):
    """AchievementProgress (Talon.One Integration API; SDK 9 model AchievementProgress)."""

    status: str
    """The status of the achievement."""
    progress: float
    """The current progress of the customer in the achievement."""
    start_date: datetime.datetime | None = None
    """Timestamp at which the customer started the achievement."""
    completion_date: datetime.datetime | None = None
    """Timestamp at which point the customer completed the achievement."""
    end_date: datetime.datetime | None = None
    """Timestamp at which point the achievement ends and resets for the customer."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "progress",
            "startDate",
            "completionDate",
            "endDate",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a AchievementProgress from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["status"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("status")
            obj.status = v
            v = data["progress"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("progress")
            obj.progress = v
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
            v = data.get("completionDate")
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
                        raise exc.at("completionDate") from None
            obj.completion_date = v
            v = data.get("endDate")
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
                        raise exc.at("endDate") from None
            obj.end_date = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This AchievementProgress as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.status
        if v is not None:
            out["status"] = v

        v = self.progress
        if v is not None:
            out["progress"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.completion_date
        if v is not None:
            out["completionDate"] = v.isoformat()

        v = self.end_date
        if v is not None:
            out["endDate"] = v.isoformat()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = AchievementProgress._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

AchievementProgress.FIELDS = (
    _t.Field("status", "status", "str", True, description="The status of the achievement."),
    _t.Field(
        "progress", "progress", "float", True, description="The current progress of the customer in the achievement."
    ),
    _t.Field(
        "start_date",
        "startDate",
        "datetime",
        False,
        description="Timestamp at which the customer started the achievement.",
    ),
    _t.Field(
        "completion_date",
        "completionDate",
        "datetime",
        False,
        description="Timestamp at which point the customer completed the achievement.",
    ),
    _t.Field(
        "end_date",
        "endDate",
        "datetime",
        False,
        description="Timestamp at which point the achievement ends and resets for the customer.",
    ),
)
