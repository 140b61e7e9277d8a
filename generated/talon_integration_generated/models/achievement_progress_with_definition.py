"""AchievementProgressWithDefinition: AchievementProgressWithDefinition (Talon.One Integration API; SDK 9 model
AchievementProgressWithDefinition).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["AchievementProgressWithDefinition"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class AchievementProgressWithDefinition(_t.Model):
    """AchievementProgressWithDefinition (Talon.One Integration API; SDK 9 model AchievementProgressWithDefinition)."""

    status: str
    """The status of the achievement."""
    progress: float
    """The current progress of the customer in the achievement."""
    achievement_id: int
    """The internal ID of the achievement."""
    name: str
    """The internal name of the achievement used in API requests."""
    title: str
    """The display name of the achievement in the Campaign Manager."""
    description: str
    """The description of the achievement in the Campaign Manager."""
    campaign_id: int
    """The ID of the campaign the achievement belongs to."""
    achievement_recurrence_policy: str
    """The policy that determines if and how the achievement recurs. - `no_recurrence`: The achievement can be
    completed only once. - `on_expiration`: The achievement resets after it expires and becomes available again."""
    achievement_activation_policy: str
    """The policy that determines how the achievement starts, ends, or resets. - `user_action`: The achievement
    ends or resets relative to when the customer started the achievement."""
    start_date: datetime.datetime | None = None
    """Timestamp at which the customer started the achievement."""
    completion_date: datetime.datetime | None = None
    """Timestamp at which point the customer completed the achievement."""
    end_date: datetime.datetime | None = None
    """Timestamp at which point the achievement ends and resets for the customer."""
    target: float | None = None
    """The required number of actions or the transactional milestone to complete the achievement."""
    achievement_fixed_start_date: datetime.datetime | None = None
    """The achievement's start date when `achievementActivationPolicy` is equal to `fixed_schedule`. **Note:** It
    is an RFC3339 timestamp string."""
    achievement_end_date: datetime.datetime | None = None
    """The achievement's end date. If defined, customers cannot participate in the achievement after this date.
    **Note:** It is an RFC3339 timestamp string."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "progress",
            "achievementId",
            "name",
            "title",
            "description",
            "campaignId",
            "achievementRecurrencePolicy",
            "achievementActivationPolicy",
            "startDate",
            "completionDate",
            "endDate",
            "target",
            "achievementFixedStartDate",
            "achievementEndDate",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a AchievementProgressWithDefinition from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 9  # the keys of data accounted for: the required fields so far
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
            v = data["achievementId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("achievementId") from None
            obj.achievement_id = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["title"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("title")
            obj.title = v
            v = data["description"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("description")
            obj.description = v
            v = data["campaignId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("campaignId") from None
            obj.campaign_id = v
            v = data["achievementRecurrencePolicy"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("achievementRecurrencePolicy")
            obj.achievement_recurrence_policy = v
            v = data["achievementActivationPolicy"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("achievementActivationPolicy")
            obj.achievement_activation_policy = v
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
            v = data.get("target")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("target")
            obj.target = v
            v = data.get("achievementFixedStartDate")
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
                        raise exc.at("achievementFixedStartDate") from None
            obj.achievement_fixed_start_date = v
            v = data.get("achievementEndDate")
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
                        raise exc.at("achievementEndDate") from None
            obj.achievement_end_date = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This AchievementProgressWithDefinition as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.status
        if v is not None:
            out["status"] = v

        v = self.progress
        if v is not None:
            out["progress"] = v

        v = self.achievement_id
        if v is not None:
            out["achievementId"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.title
        if v is not None:
            out["title"] = v

        v = self.description
        if v is not None:
            out["description"] = v

        v = self.campaign_id
        if v is not None:
            out["campaignId"] = v

        v = self.achievement_recurrence_policy
        if v is not None:
            out["achievementRecurrencePolicy"] = v

        v = self.achievement_activation_policy
        if v is not None:
            out["achievementActivationPolicy"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.completion_date
        if v is not None:
            out["completionDate"] = v.isoformat()

        v = self.end_date
        if v is not None:
            out["endDate"] = v.isoformat()

        v = self.target
        if v is not None:
            out["target"] = v

        v = self.achievement_fixed_start_date
        if v is not None:
            out["achievementFixedStartDate"] = v.isoformat()

        v = self.achievement_end_date
        if v is not None:
            out["achievementEndDate"] = v.isoformat()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = AchievementProgressWithDefinition._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

AchievementProgressWithDefinition.FIELDS = (
    _t.Field("status", "status", "str", True, description="The status of the achievement."),
    _t.Field(
        "progress", "progress", "float", True, description="The current progress of the customer in the achievement."
    ),
    _t.Field("achievement_id", "achievementId", "int", True, description="The internal ID of the achievement."),
    _t.Field("name", "name", "str", True, description="The internal name of the achievement used in API requests."),
    _t.Field("title", "title", "str", True, description="The display name of the achievement in the Campaign Manager."),
    _t.Field(
        "description",
        "description",
        "str",
        True,
        description="The description of the achievement in the Campaign Manager.",
    ),
    _t.Field(
        "campaign_id", "campaignId", "int", True, description="The ID of the campaign the achievement belongs to."
    ),
    _t.Field(
        "achievement_recurrence_policy",
        "achievementRecurrencePolicy",
        "str",
        True,
        description="The policy that determines if and how the achievement recurs. - `no_recurrence`: The achievement can be completed only once. - `on_expiration`: The achievement resets after it expires and becomes available again.",
    ),
    _t.Field(
        "achievement_activation_policy",
        "achievementActivationPolicy",
        "str",
        True,
        description="The policy that determines how the achievement starts, ends, or resets. - `user_action`: The achievement ends or resets relative to when the customer started the achievement.",
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
    _t.Field(
        "target",
        "target",
        "float",
        False,
        description="The required number of actions or the transactional milestone to complete the achievement.",
    ),
    _t.Field(
        "achievement_fixed_start_date",
        "achievementFixedStartDate",
        "datetime",
        False,
        description="The achievement's start date when `achievementActivationPolicy` is equal to `fixed_schedule`. **Note:** It is an RFC3339 timestamp string.",
    ),
    _t.Field(
        "achievement_end_date",
        "achievementEndDate",
        "datetime",
        False,
        description="The achievement's end date. If defined, customers cannot participate in the achievement after this date. **Note:** It is an RFC3339 timestamp string.",
    ),
)
