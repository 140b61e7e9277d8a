"""RejectReferralEffectProps: The `props` of a `rejectReferral` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["RejectReferralEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class RejectReferralEffectProps(_t.Model):
    """The `props` of a `rejectReferral` effect."""

    value: str
    """The referral code that was rejected."""
    rejection_reason: str
    """The reason why this referral code was rejected."""
    condition_index: int | None = None
    """The index of the condition that caused the rejection of the referral."""
    effect_index: int | None = None
    """The index of the effect that caused the rejection of the referral."""
    details: str | None = None
    """More details about the failure."""
    campaign_exclusion_reason: str | None = None
    """The reason why the campaign was not applied."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "rejectionReason",
            "conditionIndex",
            "effectIndex",
            "details",
            "campaignExclusionReason",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a RejectReferralEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["value"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("value")
            obj.value = v
            v = data["rejectionReason"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("rejectionReason")
            obj.rejection_reason = v
            v = data.get("conditionIndex")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("conditionIndex") from None
            obj.condition_index = v
            v = data.get("effectIndex")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("effectIndex") from None
            obj.effect_index = v
            v = data.get("details")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("details")
            obj.details = v
            v = data.get("campaignExclusionReason")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("campaignExclusionReason")
            obj.campaign_exclusion_reason = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This RejectReferralEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.value
        if v is not None:
            out["value"] = v

        v = self.rejection_reason
        if v is not None:
            out["rejectionReason"] = v

        v = self.condition_index
        if v is not None:
            out["conditionIndex"] = v

        v = self.effect_index
        if v is not None:
            out["effectIndex"] = v

        v = self.details
        if v is not None:
            out["details"] = v

        v = self.campaign_exclusion_reason
        if v is not None:
            out["campaignExclusionReason"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = RejectReferralEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

RejectReferralEffectProps.FIELDS = (
    _t.Field("value", "value", "str", True, description="The referral code that was rejected."),
    _t.Field(
        "rejection_reason",
        "rejectionReason",
        "str",
        True,
        description="The reason why this referral code was rejected.",
    ),
    _t.Field(
        "condition_index",
        "conditionIndex",
        "int",
        False,
        description="The index of the condition that caused the rejection of the referral.",
    ),
    _t.Field(
        "effect_index",
        "effectIndex",
        "int",
        False,
        description="The index of the effect that caused the rejection of the referral.",
    ),
    _t.Field("details", "details", "str", False, description="More details about the failure."),
    _t.Field(
        "campaign_exclusion_reason",
        "campaignExclusionReason",
        "str",
        False,
        description="The reason why the campaign was not applied.",
    ),
)
