"""EffectV2: A v2 effect: what the rule engine decided, with `props` typed by `effectType` (x-talon-effect-
props).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = [
    "EFFECT_TYPES",
    "AcceptCouponV2",
    "AcceptReferralV2",
    "AddFreeItemV2",
    "AddLoyaltyPointsV2",
    "AddToAudienceV2",
    "AwardGiveawayV2",
    "ChangeLoyaltyTierLevelV2",
    "CouponCreatedV2",
    "CustomEffectV2",
    "DeductLoyaltyPointsV2",
    "EffectV2",
    "ErrorV2",
    "ExtendLoyaltyPointsExpiryDateV2",
    "IncreaseAchievementProgressV2",
    "RedeemReferralV2",
    "ReferralCreatedV2",
    "RejectCouponV2",
    "RejectReferralV2",
    "RemoveFromAudienceV2",
    "ReserveCouponV2",
    "RollbackAddedLoyaltyPointsV2",
    "RollbackCouponV2",
    "RollbackDeductedLoyaltyPointsV2",
    "RollbackDiscountV2",
    "RollbackIncreasedAchievementProgressV2",
    "RollbackReferralV2",
    "SetDiscountPerAdditionalCostPerItemV2",
    "SetDiscountPerAdditionalCostV2",
    "SetDiscountPerItemV2",
    "SetDiscountV2",
    "ShowBundleMetadataV2",
    "ShowNotificationV2",
    "StrikethroughSetDiscountPerItemV2",
    "TriggerWebhookV2",
    "UpdateAttributeV2",
    "WillAwardGiveawayV2",
]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class EffectV2(_t.Model):
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
    props: dict[str, Any] | _t.Model
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
    PROPS: ClassVar[type[_t.Model] | None] = None
    """The model of ``props`` for this effect type (``None``: an effect type the spec does not map; raw props)."""

    @classmethod
    def _variant(cls, data: dict[str, Any]) -> type[EffectV2]:
        """The class for ``data``: the subclass its ``effectType`` names (x-talon-effect-props), else ``cls``."""
        effect_type = data.get("effectType")
        return EFFECT_TYPES.get(effect_type, cls) if cls is EffectV2 and type(effect_type) is str else cls

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a EffectV2 from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
        obj = _new(cls._variant(data))  # the typed subclass of a known effectType, slots filled one by one
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
        props_model = obj.PROPS
        if props_model is not None:  # a known effect type: its props model
            try:
                obj.props = props_model._parse(obj.props, consume)
            except _t.SchemaError as exc:
                raise exc.at("props") from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This EffectV2 as JSON-ready data with the service's field names, unknown fields included."""
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

        v = self.props
        if isinstance(v, _t.Model):  # a typed effect's props model
            out["props"] = v.to_dict()
        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = EffectV2._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

EffectV2.FIELDS = (
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


# x-talon-effect-props: one subclass per effect type, whose ``props`` is the model of that type's props schema.
from .accept_coupon_effect_props import AcceptCouponEffectProps
from .accept_referral_effect_props import AcceptReferralEffectProps
from .add_free_item_effect_props import AddFreeItemEffectProps
from .add_loyalty_points_effect_props import AddLoyaltyPointsEffectProps
from .add_to_audience_effect_props import AddToAudienceEffectProps
from .award_giveaway_effect_props import AwardGiveawayEffectProps
from .change_loyalty_tier_level_effect_props import ChangeLoyaltyTierLevelEffectProps
from .coupon_created_effect_props import CouponCreatedEffectProps
from .custom_effect_props import CustomEffectProps
from .deduct_loyalty_points_effect_props import DeductLoyaltyPointsEffectProps
from .error_effect_props import ErrorEffectProps
from .extend_loyalty_points_expiry_date_effect_props import ExtendLoyaltyPointsExpiryDateEffectProps
from .increase_achievement_progress_effect_props import IncreaseAchievementProgressEffectProps
from .redeem_referral_effect_props import RedeemReferralEffectProps
from .referral_created_effect_props import ReferralCreatedEffectProps
from .reject_coupon_effect_props import RejectCouponEffectProps
from .reject_referral_effect_props import RejectReferralEffectProps
from .remove_from_audience_effect_props import RemoveFromAudienceEffectProps
from .reserve_coupon_effect_props import ReserveCouponEffectProps
from .rollback_added_loyalty_points_effect_props import RollbackAddedLoyaltyPointsEffectProps
from .rollback_coupon_effect_props import RollbackCouponEffectProps
from .rollback_deducted_loyalty_points_effect_props import RollbackDeductedLoyaltyPointsEffectProps
from .rollback_discount_effect_props import RollbackDiscountEffectProps
from .rollback_increased_achievement_progress_effect_props import RollbackIncreasedAchievementProgressEffectProps
from .rollback_referral_effect_props import RollbackReferralEffectProps
from .set_discount_effect_props import SetDiscountEffectProps
from .set_discount_per_additional_cost_effect_props import SetDiscountPerAdditionalCostEffectProps
from .set_discount_per_additional_cost_per_item_effect_props import SetDiscountPerAdditionalCostPerItemEffectProps
from .set_discount_per_item_effect_props import SetDiscountPerItemEffectProps
from .show_bundle_metadata_effect_props import ShowBundleMetadataEffectProps
from .show_notification_effect_props import ShowNotificationEffectProps
from .strikethrough_set_discount_per_item_effect_props import StrikethroughSetDiscountPerItemEffectProps
from .trigger_webhook_effect_props import TriggerWebhookEffectProps
from .update_attribute_effect_props import UpdateAttributeEffectProps
from .will_award_giveaway_effect_props import WillAwardGiveawayEffectProps


def _typed_fields(props_model: type[_t.Model]) -> tuple[_t.Field, ...]:
    """EffectV2's FIELDS with ``props`` as a model field of ``props_model`` (for ``parse_tolerant``)."""
    return tuple(attrs.evolve(f, kind="model", model=props_model) if f.wire == "props" else f for f in EffectV2.FIELDS)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class AcceptCouponV2(EffectV2):
    """The ``acceptCoupon`` effect: a ``EffectV2`` whose ``props`` is a ``AcceptCouponEffectProps``."""

    props: AcceptCouponEffectProps
    """The properties of the ``acceptCoupon`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = AcceptCouponEffectProps


AcceptCouponV2.FIELDS = _typed_fields(AcceptCouponEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class AcceptReferralV2(EffectV2):
    """The ``acceptReferral`` effect: a ``EffectV2`` whose ``props`` is a ``AcceptReferralEffectProps``."""

    props: AcceptReferralEffectProps
    """The properties of the ``acceptReferral`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = AcceptReferralEffectProps


AcceptReferralV2.FIELDS = _typed_fields(AcceptReferralEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class AddFreeItemV2(EffectV2):
    """The ``addFreeItem`` effect: a ``EffectV2`` whose ``props`` is a ``AddFreeItemEffectProps``."""

    props: AddFreeItemEffectProps
    """The properties of the ``addFreeItem`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = AddFreeItemEffectProps


AddFreeItemV2.FIELDS = _typed_fields(AddFreeItemEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class AddLoyaltyPointsV2(EffectV2):
    """The ``addLoyaltyPoints`` effect: a ``EffectV2`` whose ``props`` is a ``AddLoyaltyPointsEffectProps``."""

    props: AddLoyaltyPointsEffectProps
    """The properties of the ``addLoyaltyPoints`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = AddLoyaltyPointsEffectProps


AddLoyaltyPointsV2.FIELDS = _typed_fields(AddLoyaltyPointsEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class AddToAudienceV2(EffectV2):
    """The ``addToAudience`` effect: a ``EffectV2`` whose ``props`` is a ``AddToAudienceEffectProps``."""

    props: AddToAudienceEffectProps
    """The properties of the ``addToAudience`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = AddToAudienceEffectProps


AddToAudienceV2.FIELDS = _typed_fields(AddToAudienceEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class AwardGiveawayV2(EffectV2):
    """The ``awardGiveaway`` effect: a ``EffectV2`` whose ``props`` is a ``AwardGiveawayEffectProps``."""

    props: AwardGiveawayEffectProps
    """The properties of the ``awardGiveaway`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = AwardGiveawayEffectProps


AwardGiveawayV2.FIELDS = _typed_fields(AwardGiveawayEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class ChangeLoyaltyTierLevelV2(EffectV2):
    """The ``changeLoyaltyTierLevel`` effect: a ``EffectV2`` whose ``props`` is a ``ChangeLoyaltyTierLevelEffectProps``."""

    props: ChangeLoyaltyTierLevelEffectProps
    """The properties of the ``changeLoyaltyTierLevel`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = ChangeLoyaltyTierLevelEffectProps


ChangeLoyaltyTierLevelV2.FIELDS = _typed_fields(ChangeLoyaltyTierLevelEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class CouponCreatedV2(EffectV2):
    """The ``couponCreated`` effect: a ``EffectV2`` whose ``props`` is a ``CouponCreatedEffectProps``."""

    props: CouponCreatedEffectProps
    """The properties of the ``couponCreated`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = CouponCreatedEffectProps


CouponCreatedV2.FIELDS = _typed_fields(CouponCreatedEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class CustomEffectV2(EffectV2):
    """The ``customEffect`` effect: a ``EffectV2`` whose ``props`` is a ``CustomEffectProps``."""

    props: CustomEffectProps
    """The properties of the ``customEffect`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = CustomEffectProps


CustomEffectV2.FIELDS = _typed_fields(CustomEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class DeductLoyaltyPointsV2(EffectV2):
    """The ``deductLoyaltyPoints`` effect: a ``EffectV2`` whose ``props`` is a ``DeductLoyaltyPointsEffectProps``."""

    props: DeductLoyaltyPointsEffectProps
    """The properties of the ``deductLoyaltyPoints`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = DeductLoyaltyPointsEffectProps


DeductLoyaltyPointsV2.FIELDS = _typed_fields(DeductLoyaltyPointsEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class ErrorV2(EffectV2):
    """The ``error`` effect: a ``EffectV2`` whose ``props`` is a ``ErrorEffectProps``."""

    props: ErrorEffectProps
    """The properties of the ``error`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = ErrorEffectProps


ErrorV2.FIELDS = _typed_fields(ErrorEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class ExtendLoyaltyPointsExpiryDateV2(EffectV2):
    """The ``extendLoyaltyPointsExpiryDate`` effect: a ``EffectV2`` whose ``props`` is a ``ExtendLoyaltyPointsExpiryDateEffectProps``."""

    props: ExtendLoyaltyPointsExpiryDateEffectProps
    """The properties of the ``extendLoyaltyPointsExpiryDate`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = ExtendLoyaltyPointsExpiryDateEffectProps


ExtendLoyaltyPointsExpiryDateV2.FIELDS = _typed_fields(ExtendLoyaltyPointsExpiryDateEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class IncreaseAchievementProgressV2(EffectV2):
    """The ``increaseAchievementProgress`` effect: a ``EffectV2`` whose ``props`` is a ``IncreaseAchievementProgressEffectProps``."""

    props: IncreaseAchievementProgressEffectProps
    """The properties of the ``increaseAchievementProgress`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = IncreaseAchievementProgressEffectProps


IncreaseAchievementProgressV2.FIELDS = _typed_fields(IncreaseAchievementProgressEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RedeemReferralV2(EffectV2):
    """The ``redeemReferral`` effect: a ``EffectV2`` whose ``props`` is a ``RedeemReferralEffectProps``."""

    props: RedeemReferralEffectProps
    """The properties of the ``redeemReferral`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RedeemReferralEffectProps


RedeemReferralV2.FIELDS = _typed_fields(RedeemReferralEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class ReferralCreatedV2(EffectV2):
    """The ``referralCreated`` effect: a ``EffectV2`` whose ``props`` is a ``ReferralCreatedEffectProps``."""

    props: ReferralCreatedEffectProps
    """The properties of the ``referralCreated`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = ReferralCreatedEffectProps


ReferralCreatedV2.FIELDS = _typed_fields(ReferralCreatedEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RejectCouponV2(EffectV2):
    """The ``rejectCoupon`` effect: a ``EffectV2`` whose ``props`` is a ``RejectCouponEffectProps``."""

    props: RejectCouponEffectProps
    """The properties of the ``rejectCoupon`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RejectCouponEffectProps


RejectCouponV2.FIELDS = _typed_fields(RejectCouponEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RejectReferralV2(EffectV2):
    """The ``rejectReferral`` effect: a ``EffectV2`` whose ``props`` is a ``RejectReferralEffectProps``."""

    props: RejectReferralEffectProps
    """The properties of the ``rejectReferral`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RejectReferralEffectProps


RejectReferralV2.FIELDS = _typed_fields(RejectReferralEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RemoveFromAudienceV2(EffectV2):
    """The ``removeFromAudience`` effect: a ``EffectV2`` whose ``props`` is a ``RemoveFromAudienceEffectProps``."""

    props: RemoveFromAudienceEffectProps
    """The properties of the ``removeFromAudience`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RemoveFromAudienceEffectProps


RemoveFromAudienceV2.FIELDS = _typed_fields(RemoveFromAudienceEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class ReserveCouponV2(EffectV2):
    """The ``reserveCoupon`` effect: a ``EffectV2`` whose ``props`` is a ``ReserveCouponEffectProps``."""

    props: ReserveCouponEffectProps
    """The properties of the ``reserveCoupon`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = ReserveCouponEffectProps


ReserveCouponV2.FIELDS = _typed_fields(ReserveCouponEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RollbackAddedLoyaltyPointsV2(EffectV2):
    """The ``rollbackAddedLoyaltyPoints`` effect: a ``EffectV2`` whose ``props`` is a ``RollbackAddedLoyaltyPointsEffectProps``."""

    props: RollbackAddedLoyaltyPointsEffectProps
    """The properties of the ``rollbackAddedLoyaltyPoints`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RollbackAddedLoyaltyPointsEffectProps


RollbackAddedLoyaltyPointsV2.FIELDS = _typed_fields(RollbackAddedLoyaltyPointsEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RollbackCouponV2(EffectV2):
    """The ``rollbackCoupon`` effect: a ``EffectV2`` whose ``props`` is a ``RollbackCouponEffectProps``."""

    props: RollbackCouponEffectProps
    """The properties of the ``rollbackCoupon`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RollbackCouponEffectProps


RollbackCouponV2.FIELDS = _typed_fields(RollbackCouponEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RollbackDeductedLoyaltyPointsV2(EffectV2):
    """The ``rollbackDeductedLoyaltyPoints`` effect: a ``EffectV2`` whose ``props`` is a ``RollbackDeductedLoyaltyPointsEffectProps``."""

    props: RollbackDeductedLoyaltyPointsEffectProps
    """The properties of the ``rollbackDeductedLoyaltyPoints`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RollbackDeductedLoyaltyPointsEffectProps


RollbackDeductedLoyaltyPointsV2.FIELDS = _typed_fields(RollbackDeductedLoyaltyPointsEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RollbackDiscountV2(EffectV2):
    """The ``rollbackDiscount`` effect: a ``EffectV2`` whose ``props`` is a ``RollbackDiscountEffectProps``."""

    props: RollbackDiscountEffectProps
    """The properties of the ``rollbackDiscount`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RollbackDiscountEffectProps


RollbackDiscountV2.FIELDS = _typed_fields(RollbackDiscountEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RollbackIncreasedAchievementProgressV2(EffectV2):
    """The ``rollbackIncreasedAchievementProgress`` effect: a ``EffectV2`` whose ``props`` is a ``RollbackIncreasedAchievementProgressEffectProps``."""

    props: RollbackIncreasedAchievementProgressEffectProps
    """The properties of the ``rollbackIncreasedAchievementProgress`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RollbackIncreasedAchievementProgressEffectProps


RollbackIncreasedAchievementProgressV2.FIELDS = _typed_fields(RollbackIncreasedAchievementProgressEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class RollbackReferralV2(EffectV2):
    """The ``rollbackReferral`` effect: a ``EffectV2`` whose ``props`` is a ``RollbackReferralEffectProps``."""

    props: RollbackReferralEffectProps
    """The properties of the ``rollbackReferral`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = RollbackReferralEffectProps


RollbackReferralV2.FIELDS = _typed_fields(RollbackReferralEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class SetDiscountV2(EffectV2):
    """The ``setDiscount`` effect: a ``EffectV2`` whose ``props`` is a ``SetDiscountEffectProps``."""

    props: SetDiscountEffectProps
    """The properties of the ``setDiscount`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = SetDiscountEffectProps


SetDiscountV2.FIELDS = _typed_fields(SetDiscountEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class SetDiscountPerAdditionalCostV2(EffectV2):
    """The ``setDiscountPerAdditionalCost`` effect: a ``EffectV2`` whose ``props`` is a ``SetDiscountPerAdditionalCostEffectProps``."""

    props: SetDiscountPerAdditionalCostEffectProps
    """The properties of the ``setDiscountPerAdditionalCost`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = SetDiscountPerAdditionalCostEffectProps


SetDiscountPerAdditionalCostV2.FIELDS = _typed_fields(SetDiscountPerAdditionalCostEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class SetDiscountPerAdditionalCostPerItemV2(EffectV2):
    """The ``setDiscountPerAdditionalCostPerItem`` effect: a ``EffectV2`` whose ``props`` is a ``SetDiscountPerAdditionalCostPerItemEffectProps``."""

    props: SetDiscountPerAdditionalCostPerItemEffectProps
    """The properties of the ``setDiscountPerAdditionalCostPerItem`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = SetDiscountPerAdditionalCostPerItemEffectProps


SetDiscountPerAdditionalCostPerItemV2.FIELDS = _typed_fields(SetDiscountPerAdditionalCostPerItemEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class SetDiscountPerItemV2(EffectV2):
    """The ``setDiscountPerItem`` effect: a ``EffectV2`` whose ``props`` is a ``SetDiscountPerItemEffectProps``."""

    props: SetDiscountPerItemEffectProps
    """The properties of the ``setDiscountPerItem`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = SetDiscountPerItemEffectProps


SetDiscountPerItemV2.FIELDS = _typed_fields(SetDiscountPerItemEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class ShowBundleMetadataV2(EffectV2):
    """The ``showBundleMetadata`` effect: a ``EffectV2`` whose ``props`` is a ``ShowBundleMetadataEffectProps``."""

    props: ShowBundleMetadataEffectProps
    """The properties of the ``showBundleMetadata`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = ShowBundleMetadataEffectProps


ShowBundleMetadataV2.FIELDS = _typed_fields(ShowBundleMetadataEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class ShowNotificationV2(EffectV2):
    """The ``showNotification`` effect: a ``EffectV2`` whose ``props`` is a ``ShowNotificationEffectProps``."""

    props: ShowNotificationEffectProps
    """The properties of the ``showNotification`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = ShowNotificationEffectProps


ShowNotificationV2.FIELDS = _typed_fields(ShowNotificationEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class StrikethroughSetDiscountPerItemV2(EffectV2):
    """The ``strikethroughSetDiscountPerItem`` effect: a ``EffectV2`` whose ``props`` is a ``StrikethroughSetDiscountPerItemEffectProps``."""

    props: StrikethroughSetDiscountPerItemEffectProps
    """The properties of the ``strikethroughSetDiscountPerItem`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = StrikethroughSetDiscountPerItemEffectProps


StrikethroughSetDiscountPerItemV2.FIELDS = _typed_fields(StrikethroughSetDiscountPerItemEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class TriggerWebhookV2(EffectV2):
    """The ``triggerWebhook`` effect: a ``EffectV2`` whose ``props`` is a ``TriggerWebhookEffectProps``."""

    props: TriggerWebhookEffectProps
    """The properties of the ``triggerWebhook`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = TriggerWebhookEffectProps


TriggerWebhookV2.FIELDS = _typed_fields(TriggerWebhookEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class UpdateAttributeV2(EffectV2):
    """The ``updateAttribute`` effect: a ``EffectV2`` whose ``props`` is a ``UpdateAttributeEffectProps``."""

    props: UpdateAttributeEffectProps
    """The properties of the ``updateAttribute`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = UpdateAttributeEffectProps


UpdateAttributeV2.FIELDS = _typed_fields(UpdateAttributeEffectProps)


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)
class WillAwardGiveawayV2(EffectV2):
    """The ``willAwardGiveaway`` effect: a ``EffectV2`` whose ``props`` is a ``WillAwardGiveawayEffectProps``."""

    props: WillAwardGiveawayEffectProps
    """The properties of the ``willAwardGiveaway`` effect."""

    PROPS: ClassVar[type[_t.Model] | None] = WillAwardGiveawayEffectProps


WillAwardGiveawayV2.FIELDS = _typed_fields(WillAwardGiveawayEffectProps)

EFFECT_TYPES: dict[str, type[EffectV2]] = {
    "acceptCoupon": AcceptCouponV2,
    "acceptReferral": AcceptReferralV2,
    "addFreeItem": AddFreeItemV2,
    "addLoyaltyPoints": AddLoyaltyPointsV2,
    "addToAudience": AddToAudienceV2,
    "awardGiveaway": AwardGiveawayV2,
    "changeLoyaltyTierLevel": ChangeLoyaltyTierLevelV2,
    "couponCreated": CouponCreatedV2,
    "customEffect": CustomEffectV2,
    "deductLoyaltyPoints": DeductLoyaltyPointsV2,
    "error": ErrorV2,
    "extendLoyaltyPointsExpiryDate": ExtendLoyaltyPointsExpiryDateV2,
    "increaseAchievementProgress": IncreaseAchievementProgressV2,
    "redeemReferral": RedeemReferralV2,
    "referralCreated": ReferralCreatedV2,
    "rejectCoupon": RejectCouponV2,
    "rejectReferral": RejectReferralV2,
    "removeFromAudience": RemoveFromAudienceV2,
    "reserveCoupon": ReserveCouponV2,
    "rollbackAddedLoyaltyPoints": RollbackAddedLoyaltyPointsV2,
    "rollbackCoupon": RollbackCouponV2,
    "rollbackDeductedLoyaltyPoints": RollbackDeductedLoyaltyPointsV2,
    "rollbackDiscount": RollbackDiscountV2,
    "rollbackIncreasedAchievementProgress": RollbackIncreasedAchievementProgressV2,
    "rollbackReferral": RollbackReferralV2,
    "setDiscount": SetDiscountV2,
    "setDiscountPerAdditionalCost": SetDiscountPerAdditionalCostV2,
    "setDiscountPerAdditionalCostPerItem": SetDiscountPerAdditionalCostPerItemV2,
    "setDiscountPerItem": SetDiscountPerItemV2,
    "showBundleMetadata": ShowBundleMetadataV2,
    "showNotification": ShowNotificationV2,
    "strikethroughSetDiscountPerItem": StrikethroughSetDiscountPerItemV2,
    "triggerWebhook": TriggerWebhookV2,
    "updateAttribute": UpdateAttributeV2,
    "willAwardGiveaway": WillAwardGiveawayV2,
}
"""Effect type (``effectType``) -> the subclass whose ``props`` is its model (openapi.yaml: x-talon-effect-props)."""
