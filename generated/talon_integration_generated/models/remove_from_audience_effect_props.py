"""RemoveFromAudienceEffectProps: The `props` of a `removeFromAudience` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["RemoveFromAudienceEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class RemoveFromAudienceEffectProps(_t.Model):
    """The `props` of a `removeFromAudience` effect."""

    audience_id: int | None = None
    """The internal ID of the audience."""
    audience_name: str | None = None
    """The name of the audience."""
    profile_integration_id: str | None = None
    """The ID of the customer profile in the third-party integration platform."""
    profile_id: int | None = None
    """The internal ID of the customer profile."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "audienceId",
            "audienceName",
            "profileIntegrationId",
            "profileId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a RemoveFromAudienceEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("audienceId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("audienceId") from None
            obj.audience_id = v
            v = data.get("audienceName")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("audienceName")
            obj.audience_name = v
            v = data.get("profileIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("profileIntegrationId")
            obj.profile_integration_id = v
            v = data.get("profileId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("profileId") from None
            obj.profile_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This RemoveFromAudienceEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.audience_id
        if v is not None:
            out["audienceId"] = v

        v = self.audience_name
        if v is not None:
            out["audienceName"] = v

        v = self.profile_integration_id
        if v is not None:
            out["profileIntegrationId"] = v

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = RemoveFromAudienceEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

RemoveFromAudienceEffectProps.FIELDS = (
    _t.Field("audience_id", "audienceId", "int", False, description="The internal ID of the audience."),
    _t.Field("audience_name", "audienceName", "str", False, description="The name of the audience."),
    _t.Field(
        "profile_integration_id",
        "profileIntegrationId",
        "str",
        False,
        description="The ID of the customer profile in the third-party integration platform.",
    ),
    _t.Field("profile_id", "profileId", "int", False, description="The internal ID of the customer profile."),
)
