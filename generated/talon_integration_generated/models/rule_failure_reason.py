"""RuleFailureReason: RuleFailureReason (Talon.One Integration API; SDK 9 model RuleFailureReason).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["RuleFailureReason"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class RuleFailureReason(_t.Model):
    """RuleFailureReason (Talon.One Integration API; SDK 9 model RuleFailureReason)."""

    campaign_id: int
    """The ID of the campaign that contains the rule that failed."""
    campaign_name: str
    """The name of the campaign that contains the rule that failed."""
    ruleset_id: int
    """The ID of the ruleset that contains the rule that failed."""
    rule_index: int
    """The index of the rule that failed within the ruleset."""
    rule_name: str
    """The name of the rule that failed within the ruleset."""
    coupon_id: int | None = None
    """The ID of the coupon that was being evaluated at the time of the rule failure."""
    coupon_value: str | None = None
    """The code of the coupon that was being evaluated at the time of the rule failure."""
    referral_id: int | None = None
    """The ID of the referral that was being evaluated at the time of the rule failure."""
    referral_value: str | None = None
    """The code of the referral that was being evaluated at the time of the rule failure."""
    condition_index: int | None = None
    """The index of the condition that failed."""
    effect_index: int | None = None
    """The index of the effect that failed."""
    details: str | None = None
    """More details about the failure."""
    evaluation_group_id: int | None = None
    """The ID of the evaluation group. For more information, see [Managing campaign
    evaluation](https://docs.talon.one/docs/product/applications/managing-campaign-evaluation)."""
    evaluation_group_mode: str | None = None
    """The evaluation mode of the evaluation group. For more information, see [Managing campaign
    evaluation](https://docs.talon.one/docs/product/applications/managing-campaign-"""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "campaignID",
            "campaignName",
            "rulesetID",
            "ruleIndex",
            "ruleName",
            "couponID",
            "couponValue",
            "referralID",
            "referralValue",
            "conditionIndex",
            "effectIndex",
            "details",
            "evaluationGroupID",
            "evaluationGroupMode",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a RuleFailureReason from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 5  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["campaignID"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("campaignID") from None
            obj.campaign_id = v
            v = data["campaignName"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("campaignName")
            obj.campaign_name = v
            v = data["rulesetID"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("rulesetID") from None
            obj.ruleset_id = v
            v = data["ruleIndex"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("ruleIndex") from None
            obj.rule_index = v
            v = data["ruleName"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("ruleName")
            obj.rule_name = v
            v = data.get("couponID")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("couponID") from None
            obj.coupon_id = v
            v = data.get("couponValue")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("couponValue")
            obj.coupon_value = v
            v = data.get("referralID")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("referralID") from None
            obj.referral_id = v
            v = data.get("referralValue")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("referralValue")
            obj.referral_value = v
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
            v = data.get("evaluationGroupID")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("evaluationGroupID") from None
            obj.evaluation_group_id = v
            v = data.get("evaluationGroupMode")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("evaluationGroupMode")
            obj.evaluation_group_mode = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This RuleFailureReason as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.campaign_id
        if v is not None:
            out["campaignID"] = v

        v = self.campaign_name
        if v is not None:
            out["campaignName"] = v

        v = self.ruleset_id
        if v is not None:
            out["rulesetID"] = v

        v = self.rule_index
        if v is not None:
            out["ruleIndex"] = v

        v = self.rule_name
        if v is not None:
            out["ruleName"] = v

        v = self.coupon_id
        if v is not None:
            out["couponID"] = v

        v = self.coupon_value
        if v is not None:
            out["couponValue"] = v

        v = self.referral_id
        if v is not None:
            out["referralID"] = v

        v = self.referral_value
        if v is not None:
            out["referralValue"] = v

        v = self.condition_index
        if v is not None:
            out["conditionIndex"] = v

        v = self.effect_index
        if v is not None:
            out["effectIndex"] = v

        v = self.details
        if v is not None:
            out["details"] = v

        v = self.evaluation_group_id
        if v is not None:
            out["evaluationGroupID"] = v

        v = self.evaluation_group_mode
        if v is not None:
            out["evaluationGroupMode"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = RuleFailureReason._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

RuleFailureReason.FIELDS = (
    _t.Field(
        "campaign_id",
        "campaignID",
        "int",
        True,
        description="The ID of the campaign that contains the rule that failed.",
    ),
    _t.Field(
        "campaign_name",
        "campaignName",
        "str",
        True,
        description="The name of the campaign that contains the rule that failed.",
    ),
    _t.Field(
        "ruleset_id", "rulesetID", "int", True, description="The ID of the ruleset that contains the rule that failed."
    ),
    _t.Field(
        "rule_index", "ruleIndex", "int", True, description="The index of the rule that failed within the ruleset."
    ),
    _t.Field("rule_name", "ruleName", "str", True, description="The name of the rule that failed within the ruleset."),
    _t.Field(
        "coupon_id",
        "couponID",
        "int",
        False,
        description="The ID of the coupon that was being evaluated at the time of the rule failure.",
    ),
    _t.Field(
        "coupon_value",
        "couponValue",
        "str",
        False,
        description="The code of the coupon that was being evaluated at the time of the rule failure.",
    ),
    _t.Field(
        "referral_id",
        "referralID",
        "int",
        False,
        description="The ID of the referral that was being evaluated at the time of the rule failure.",
    ),
    _t.Field(
        "referral_value",
        "referralValue",
        "str",
        False,
        description="The code of the referral that was being evaluated at the time of the rule failure.",
    ),
    _t.Field("condition_index", "conditionIndex", "int", False, description="The index of the condition that failed."),
    _t.Field("effect_index", "effectIndex", "int", False, description="The index of the effect that failed."),
    _t.Field("details", "details", "str", False, description="More details about the failure."),
    _t.Field(
        "evaluation_group_id",
        "evaluationGroupID",
        "int",
        False,
        description="The ID of the evaluation group. For more information, see [Managing campaign evaluation](https://docs.talon.one/docs/product/applications/managing-campaign-evaluation).",
    ),
    _t.Field(
        "evaluation_group_mode",
        "evaluationGroupMode",
        "str",
        False,
        description="The evaluation mode of the evaluation group. For more information, see [Managing campaign evaluation](https://docs.talon.one/docs/product/applications/managing-campaign-",
    ),
)
