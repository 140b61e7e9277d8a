"""IncreaseAchievementProgressEffectProps: The `props` of a `increaseAchievementProgress` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["IncreaseAchievementProgressEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class IncreaseAchievementProgressEffectProps(_t.Model):
    """The `props` of a `increaseAchievementProgress` effect."""

    achievement_id: int
    """The internal ID of the achievement."""
    achievement_name: str
    """The name of the achievement."""
    delta: float
    """The value by which the customer's current progress in the achievement is increased."""
    value: float
    """The current progress of the customer in the achievement."""
    target: float
    """The target value to complete the achievement."""
    is_just_completed: bool
    """Indicates if the customer has completed the achievement in the current session."""
    progress_tracker_id: int | None = None
    """The internal ID of the achievement progress tracker."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "achievementId",
            "achievementName",
            "delta",
            "value",
            "target",
            "isJustCompleted",
            "progressTrackerId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a IncreaseAchievementProgressEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["achievementId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("achievementId") from None
            obj.achievement_id = v
            v = data["achievementName"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("achievementName")
            obj.achievement_name = v
            v = data["delta"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("delta")
            obj.delta = v
            v = data["value"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("value")
            obj.value = v
            v = data["target"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("target")
            obj.target = v
            v = data["isJustCompleted"]
            if type(v) is not bool:
                raise _t.expected("a boolean", v).at("isJustCompleted")
            obj.is_just_completed = v
            v = data.get("progressTrackerId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("progressTrackerId") from None
            obj.progress_tracker_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This IncreaseAchievementProgressEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.achievement_id
        if v is not None:
            out["achievementId"] = v

        v = self.achievement_name
        if v is not None:
            out["achievementName"] = v

        v = self.delta
        if v is not None:
            out["delta"] = v

        v = self.value
        if v is not None:
            out["value"] = v

        v = self.target
        if v is not None:
            out["target"] = v

        v = self.is_just_completed
        if v is not None:
            out["isJustCompleted"] = v

        v = self.progress_tracker_id
        if v is not None:
            out["progressTrackerId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = IncreaseAchievementProgressEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

IncreaseAchievementProgressEffectProps.FIELDS = (
    _t.Field("achievement_id", "achievementId", "int", True, description="The internal ID of the achievement."),
    _t.Field("achievement_name", "achievementName", "str", True, description="The name of the achievement."),
    _t.Field(
        "delta",
        "delta",
        "float",
        True,
        description="The value by which the customer's current progress in the achievement is increased.",
    ),
    _t.Field("value", "value", "float", True, description="The current progress of the customer in the achievement."),
    _t.Field("target", "target", "float", True, description="The target value to complete the achievement."),
    _t.Field(
        "is_just_completed",
        "isJustCompleted",
        "bool",
        True,
        description="Indicates if the customer has completed the achievement in the current session.",
    ),
    _t.Field(
        "progress_tracker_id",
        "progressTrackerId",
        "int",
        False,
        description="The internal ID of the achievement progress tracker.",
    ),
)
