"""RollbackIncreasedAchievementProgressEffectProps: The `props` of a `rollbackIncreasedAchievementProgress` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["RollbackIncreasedAchievementProgressEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class RollbackIncreasedAchievementProgressEffectProps(_t.Model):
    """The `props` of a `rollbackIncreasedAchievementProgress` effect."""

    achievement_id: int
    """The internal ID of the achievement."""
    achievement_name: str
    """The name of the achievement."""
    progress_tracker_id: int
    """The internal ID of the achievement progress tracker."""
    decrease_progress_by: float
    """The value by which the customer's current progress in the achievement is decreased."""
    current_progress: float
    """The current progress of the customer in the achievement."""
    target: float
    """The target value to complete the achievement."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "achievementId",
            "achievementName",
            "progressTrackerId",
            "decreaseProgressBy",
            "currentProgress",
            "target",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a RollbackIncreasedAchievementProgressEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["progressTrackerId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("progressTrackerId") from None
            obj.progress_tracker_id = v
            v = data["decreaseProgressBy"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("decreaseProgressBy")
            obj.decrease_progress_by = v
            v = data["currentProgress"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("currentProgress")
            obj.current_progress = v
            v = data["target"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("target")
            obj.target = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This RollbackIncreasedAchievementProgressEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.achievement_id
        if v is not None:
            out["achievementId"] = v

        v = self.achievement_name
        if v is not None:
            out["achievementName"] = v

        v = self.progress_tracker_id
        if v is not None:
            out["progressTrackerId"] = v

        v = self.decrease_progress_by
        if v is not None:
            out["decreaseProgressBy"] = v

        v = self.current_progress
        if v is not None:
            out["currentProgress"] = v

        v = self.target
        if v is not None:
            out["target"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = RollbackIncreasedAchievementProgressEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

RollbackIncreasedAchievementProgressEffectProps.FIELDS = (
    _t.Field("achievement_id", "achievementId", "int", True, description="The internal ID of the achievement."),
    _t.Field("achievement_name", "achievementName", "str", True, description="The name of the achievement."),
    _t.Field(
        "progress_tracker_id",
        "progressTrackerId",
        "int",
        True,
        description="The internal ID of the achievement progress tracker.",
    ),
    _t.Field(
        "decrease_progress_by",
        "decreaseProgressBy",
        "float",
        True,
        description="The value by which the customer's current progress in the achievement is decreased.",
    ),
    _t.Field(
        "current_progress",
        "currentProgress",
        "float",
        True,
        description="The current progress of the customer in the achievement.",
    ),
    _t.Field("target", "target", "float", True, description="The target value to complete the achievement."),
)
