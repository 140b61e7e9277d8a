"""AchievementStatusEntry: AchievementStatusEntry (Talon.One Integration API; SDK 9 model AchievementStatusEntry).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["AchievementStatusEntry"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class AchievementStatusEntry(_t.Model):
    """AchievementStatusEntry (Talon.One Integration API; SDK 9 model AchievementStatusEntry)."""

    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    name: str
    """The internal name of the achievement used in API requests. **Note**: The name should start with a letter.
    This cannot be changed after the achievement has been created."""
    title: str
    """The display name for the achievement in the Campaign Manager."""
    description: str
    """A description of the achievement."""
    target: float
    """The required number of actions or the transactional milestone to complete the achievement."""
    period: str | None = None
    """The relative duration after which the achievement ends and resets for a particular customer profile.
    **Note**: The `period` does not start when the achievement is created."""
    period_end_override: TimePoint | None = None
    """TimePoint (Talon.One Integration API; SDK 9 model TimePoint)."""
    recurrence_policy: str | None = None
    """The policy that determines if and how the achievement recurs. - `no_recurrence`: The achievement can be
    completed only once. - `on_expiration`: The achievement resets after it expires and becomes available again."""
    activation_policy: str | None = None
    """The policy that determines how the achievement starts, ends, or resets. - `user_action`: The achievement
    ends or resets relative to when the customer started the achievement."""
    fixed_start_date: datetime.datetime | None = None
    """The achievement's start date when `activationPolicy` is set to `fixed_schedule`. **Note:** It must be an
    RFC3339 timestamp string."""
    end_date: datetime.datetime | None = None
    """The achievement's end date. If defined, customers cannot participate in the achievement after this date.
    **Note:** It must be an RFC3339 timestamp string."""
    campaign_id: int | None = None
    """The ID of the campaign the achievement belongs to."""
    status: str | None = None
    """The status of the achievement."""
    current_progress: AchievementProgress | None = None
    """AchievementProgress (Talon.One Integration API; SDK 9 model AchievementProgress)."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "name",
            "title",
            "description",
            "target",
            "period",
            "periodEndOverride",
            "recurrencePolicy",
            "activationPolicy",
            "fixedStartDate",
            "endDate",
            "campaignId",
            "status",
            "currentProgress",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a AchievementStatusEntry from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["id"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("id") from None
            obj.id = v
            v = data["created"]
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
                    raise exc.at("created") from None
            obj.created = v
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
            v = data["target"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("target")
            obj.target = v
            v = data.get("period")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("period")
            obj.period = v
            v = data.get("periodEndOverride")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("periodEndOverride")
                try:
                    v = _parse_TimePoint(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("periodEndOverride") from None
            obj.period_end_override = v
            v = data.get("recurrencePolicy")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("recurrencePolicy")
            obj.recurrence_policy = v
            v = data.get("activationPolicy")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("activationPolicy")
            obj.activation_policy = v
            v = data.get("fixedStartDate")
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
                        raise exc.at("fixedStartDate") from None
            obj.fixed_start_date = v
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
            v = data.get("campaignId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("campaignId") from None
            obj.campaign_id = v
            v = data.get("status")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("status")
            obj.status = v
            v = data.get("currentProgress")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("currentProgress")
                try:
                    v = _parse_AchievementProgress(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("currentProgress") from None
            obj.current_progress = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This AchievementStatusEntry as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.title
        if v is not None:
            out["title"] = v

        v = self.description
        if v is not None:
            out["description"] = v

        v = self.target
        if v is not None:
            out["target"] = v

        v = self.period
        if v is not None:
            out["period"] = v

        v = self.period_end_override
        if v is not None:
            out["periodEndOverride"] = v.to_dict()

        v = self.recurrence_policy
        if v is not None:
            out["recurrencePolicy"] = v

        v = self.activation_policy
        if v is not None:
            out["activationPolicy"] = v

        v = self.fixed_start_date
        if v is not None:
            out["fixedStartDate"] = v.isoformat()

        v = self.end_date
        if v is not None:
            out["endDate"] = v.isoformat()

        v = self.campaign_id
        if v is not None:
            out["campaignId"] = v

        v = self.status
        if v is not None:
            out["status"] = v

        v = self.current_progress
        if v is not None:
            out["currentProgress"] = v.to_dict()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = AchievementStatusEntry._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .achievement_progress import AchievementProgress
from .time_point import TimePoint

AchievementStatusEntry.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field(
        "name",
        "name",
        "str",
        True,
        description="The internal name of the achievement used in API requests. **Note**: The name should start with a letter. This cannot be changed after the achievement has been created.",
    ),
    _t.Field(
        "title", "title", "str", True, description="The display name for the achievement in the Campaign Manager."
    ),
    _t.Field("description", "description", "str", True, description="A description of the achievement."),
    _t.Field(
        "target",
        "target",
        "float",
        True,
        description="The required number of actions or the transactional milestone to complete the achievement.",
    ),
    _t.Field(
        "period",
        "period",
        "str",
        False,
        description="The relative duration after which the achievement ends and resets for a particular customer profile. **Note**: The `period` does not start when the achievement is created.",
    ),
    _t.Field(
        "period_end_override",
        "periodEndOverride",
        "model",
        False,
        model=TimePoint,
        description="TimePoint (Talon.One Integration API; SDK 9 model TimePoint).",
    ),
    _t.Field(
        "recurrence_policy",
        "recurrencePolicy",
        "str",
        False,
        description="The policy that determines if and how the achievement recurs. - `no_recurrence`: The achievement can be completed only once. - `on_expiration`: The achievement resets after it expires and becomes available again.",
    ),
    _t.Field(
        "activation_policy",
        "activationPolicy",
        "str",
        False,
        description="The policy that determines how the achievement starts, ends, or resets. - `user_action`: The achievement ends or resets relative to when the customer started the achievement.",
    ),
    _t.Field(
        "fixed_start_date",
        "fixedStartDate",
        "datetime",
        False,
        description="The achievement's start date when `activationPolicy` is set to `fixed_schedule`. **Note:** It must be an RFC3339 timestamp string.",
    ),
    _t.Field(
        "end_date",
        "endDate",
        "datetime",
        False,
        description="The achievement's end date. If defined, customers cannot participate in the achievement after this date. **Note:** It must be an RFC3339 timestamp string.",
    ),
    _t.Field(
        "campaign_id", "campaignId", "int", False, description="The ID of the campaign the achievement belongs to."
    ),
    _t.Field("status", "status", "str", False, description="The status of the achievement."),
    _t.Field(
        "current_progress",
        "currentProgress",
        "model",
        False,
        model=AchievementProgress,
        description="AchievementProgress (Talon.One Integration API; SDK 9 model AchievementProgress).",
    ),
)
_parse_TimePoint = TimePoint._parse
_parse_AchievementProgress = AchievementProgress._parse
