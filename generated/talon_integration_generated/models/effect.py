"""Effect: A v2 effect: what the rule engine decided, with `props` typed by `effectType` (x-talon-effect-
props).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Effect"]

_fromisoformat = datetime.datetime.fromisoformat
_rfc3339 = _t.rfc3339


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Effect(_t.Model):
    """A v2 effect: what the rule engine decided, with `props` typed by `effectType` (x-talon-effect-props)."""

    campaign_id: int
    """The ID of the campaign that triggered this effect."""
    ruleset_id: int
    """The ID of the ruleset that was active in the campaign when this effect was triggered."""
    rule_index: int
    """The position of the rule that triggered this effect within the ruleset."""
    rule_name: str
    """The name of the rule that triggered this effect."""
    effect_type: str
    """The type of effect that was triggered. See [API effects](https://docs.talon.one/docs/dev/integration-
    api/api-effects)."""
    props: dict[str, Any]
    """The properties of the effect. See [API effects](https://docs.talon.one/docs/dev/integration-api/api-
    effects)."""
    triggered_by_coupon: int | None = None
    """The ID of the coupon that was being evaluated when this effect was triggered."""
    triggered_for_catalog_item: int | None = None
    """The ID of the catalog item that was being evaluated when this effect was triggered."""
    condition_index: int | None = None
    """The index of the condition that was triggered."""
    evaluation_group_id: int | None = None
    """The ID of the evaluation group. For more information, see [Managing campaign
    evaluation](https://docs.talon.one/docs/product/applications/managing-campaign-evaluation)."""
    evaluation_group_mode: str | None = None
    """The evaluation mode of the evaluation group. For more information, see [Managing campaign
    evaluation](https://docs.talon.one/docs/product/applications/managing-campaign-evaluation)."""
    campaign_revision_id: int | None = None
    """The revision ID of the campaign that was used when triggering the effect."""
    campaign_revision_version_id: int | None = None
    """The revision version ID of the campaign that was used when triggering the effect."""
    selected_price_type: str | None = None
    """The selected price type for the SKU targeted by this effect."""
    selected_price: float | None = None
    """The value of the selected price type to apply to the SKU targeted by this effect, before any discounts are
    applied."""
    adjustment_reference_id: str | None = None
    """The reference identifier of the selected price adjustment for this SKU. This is only returned if the
    `selectedPrice` resulted from a price adjustment."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "campaignId",
            "rulesetId",
            "ruleIndex",
            "ruleName",
            "effectType",
            "props",
            "triggeredByCoupon",
            "triggeredForCatalogItem",
            "conditionIndex",
            "evaluationGroupID",
            "evaluationGroupMode",
            "campaignRevisionId",
            "campaignRevisionVersionId",
            "selectedPriceType",
            "selectedPrice",
            "adjustmentReferenceId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Effect from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["campaignId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("campaignId") from None
            obj.campaign_id = v
            v = data["rulesetId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("rulesetId") from None
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
            v = data["effectType"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("effectType")
            obj.effect_type = v
            v = data["props"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("props")
            obj.props = v
            v = data.get("triggeredByCoupon")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("triggeredByCoupon") from None
            obj.triggered_by_coupon = v
            v = data.get("triggeredForCatalogItem")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("triggeredForCatalogItem") from None
            obj.triggered_for_catalog_item = v
            v = data.get("conditionIndex")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("conditionIndex") from None
            obj.condition_index = v
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
            v = data.get("campaignRevisionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("campaignRevisionId") from None
            obj.campaign_revision_id = v
            v = data.get("campaignRevisionVersionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("campaignRevisionVersionId") from None
            obj.campaign_revision_version_id = v
            v = data.get("selectedPriceType")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("selectedPriceType")
            obj.selected_price_type = v
            v = data.get("selectedPrice")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("selectedPrice")
            obj.selected_price = v
            v = data.get("adjustmentReferenceId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("adjustmentReferenceId")
            obj.adjustment_reference_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Effect as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.campaign_id
        if v is not None:
            out["campaignId"] = v

        v = self.ruleset_id
        if v is not None:
            out["rulesetId"] = v

        v = self.rule_index
        if v is not None:
            out["ruleIndex"] = v

        v = self.rule_name
        if v is not None:
            out["ruleName"] = v

        v = self.effect_type
        if v is not None:
            out["effectType"] = v

        v = self.props
        if v is not None:
            out["props"] = v

        v = self.triggered_by_coupon
        if v is not None:
            out["triggeredByCoupon"] = v

        v = self.triggered_for_catalog_item
        if v is not None:
            out["triggeredForCatalogItem"] = v

        v = self.condition_index
        if v is not None:
            out["conditionIndex"] = v

        v = self.evaluation_group_id
        if v is not None:
            out["evaluationGroupID"] = v

        v = self.evaluation_group_mode
        if v is not None:
            out["evaluationGroupMode"] = v

        v = self.campaign_revision_id
        if v is not None:
            out["campaignRevisionId"] = v

        v = self.campaign_revision_version_id
        if v is not None:
            out["campaignRevisionVersionId"] = v

        v = self.selected_price_type
        if v is not None:
            out["selectedPriceType"] = v

        v = self.selected_price
        if v is not None:
            out["selectedPrice"] = v

        v = self.adjustment_reference_id
        if v is not None:
            out["adjustmentReferenceId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Effect._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

Effect.FIELDS = (
    _t.Field(
        "campaign_id", "campaignId", "int", True, description="The ID of the campaign that triggered this effect."
    ),
    _t.Field(
        "ruleset_id",
        "rulesetId",
        "int",
        True,
        description="The ID of the ruleset that was active in the campaign when this effect was triggered.",
    ),
    _t.Field(
        "rule_index",
        "ruleIndex",
        "int",
        True,
        description="The position of the rule that triggered this effect within the ruleset.",
    ),
    _t.Field("rule_name", "ruleName", "str", True, description="The name of the rule that triggered this effect."),
    _t.Field(
        "effect_type",
        "effectType",
        "str",
        True,
        description="The type of effect that was triggered. See [API effects](https://docs.talon.one/docs/dev/integration-api/api-effects).",
    ),
    _t.Field(
        "props",
        "props",
        "object",
        True,
        description="The properties of the effect. See [API effects](https://docs.talon.one/docs/dev/integration-api/api-effects).",
    ),
    _t.Field(
        "triggered_by_coupon",
        "triggeredByCoupon",
        "int",
        False,
        description="The ID of the coupon that was being evaluated when this effect was triggered.",
    ),
    _t.Field(
        "triggered_for_catalog_item",
        "triggeredForCatalogItem",
        "int",
        False,
        description="The ID of the catalog item that was being evaluated when this effect was triggered.",
    ),
    _t.Field(
        "condition_index", "conditionIndex", "int", False, description="The index of the condition that was triggered."
    ),
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
        description="The evaluation mode of the evaluation group. For more information, see [Managing campaign evaluation](https://docs.talon.one/docs/product/applications/managing-campaign-evaluation).",
    ),
    _t.Field(
        "campaign_revision_id",
        "campaignRevisionId",
        "int",
        False,
        description="The revision ID of the campaign that was used when triggering the effect.",
    ),
    _t.Field(
        "campaign_revision_version_id",
        "campaignRevisionVersionId",
        "int",
        False,
        description="The revision version ID of the campaign that was used when triggering the effect.",
    ),
    _t.Field(
        "selected_price_type",
        "selectedPriceType",
        "str",
        False,
        description="The selected price type for the SKU targeted by this effect.",
    ),
    _t.Field(
        "selected_price",
        "selectedPrice",
        "float",
        False,
        description="The value of the selected price type to apply to the SKU targeted by this effect, before any discounts are applied.",
    ),
    _t.Field(
        "adjustment_reference_id",
        "adjustmentReferenceId",
        "str",
        False,
        description="The reference identifier of the selected price adjustment for this SKU. This is only returned if the `selectedPrice` resulted from a price adjustment.",
    ),
)
