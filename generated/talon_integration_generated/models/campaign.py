"""Campaign: Campaign (Talon.One Integration API; SDK 9 model Campaign).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Campaign"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Campaign(_t.Model):
    """Campaign (Talon.One Integration API; SDK 9 model Campaign)."""

    id: int
    """Unique ID for this entity."""
    created: datetime.datetime
    """The exact moment this entity was created."""
    application_id: int
    """The ID of the Application that owns this entity."""
    user_id: int
    """The ID of the user associated with this entity."""
    name: str
    """A user-facing name for this campaign."""
    description: str
    """A detailed description of the campaign."""
    state: str
    """A disabled or archived campaign is not evaluated for rules or coupons."""
    tags: list[str]
    """A list of tags for the campaign."""
    features: list[str]
    """The features enabled in this campaign."""
    limits: list[LimitConfig]
    """The set of [budget limits](https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets)
    for this campaign."""
    type: str
    """The campaign type. Possible type values: - `cartItem`: Type of campaign that can apply effects only to cart
    items. - `advanced`: Type of campaign that can apply effects to customer sessions and cart items."""
    frontend_state: str
    """The campaign state displayed in the Campaign Manager."""
    stores_imported: bool
    """Indicates whether the linked stores were imported via a CSV file."""
    start_time: datetime.datetime | None = None
    """Timestamp when the campaign will become active."""
    end_time: datetime.datetime | None = None
    """Timestamp when the campaign will become inactive."""
    attributes: dict[str, Any] | None = None
    """Arbitrary properties associated with this campaign."""
    active_ruleset_id: int | None = None
    """[ID of Ruleset](https://docs.talon.one/management-api#operation/getRulesets) this campaign applies on
    customer session evaluation."""
    coupon_settings: CodeGeneratorSettings | None = None
    """CodeGeneratorSettings (Talon.One Integration API; SDK 9 model CodeGeneratorSettings)."""
    referral_settings: CodeGeneratorSettings | None = None
    """CodeGeneratorSettings (Talon.One Integration API; SDK 9 model CodeGeneratorSettings)."""
    campaign_groups: list[int] | None = None
    """The IDs of the [campaign groups](https://docs.talon.one/docs/product/account/managing-campaign-groups) this
    campaign belongs to."""
    linked_store_ids: list[int] | None = None
    """A list of store IDs that you want to link to the campaign. **Note:** Campaigns with linked store IDs will
    only be evaluated when there is a [customer session update](https://docs.talon.one/integration-
    api#tag/Customer-sessions/operation/upd..."""
    budgets: list[CampaignBudget] | None = None
    """A list of all the budgets that are defined by this campaign and their usage. **Note:** Budgets that are not
    defined do not appear in this list and their usage is not counted until they are defined."""
    coupon_redemption_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Number of coupons
    redeemed in the campaign."""
    referral_redemption_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Number of referral
    codes redeemed in the campaign."""
    discount_count: float | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total amount of
    discounts redeemed in the campaign."""
    discount_effect_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    times discounts were redeemed in this campaign."""
    coupon_creation_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    coupons created by rules in this campaign."""
    custom_effect_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    custom effects triggered by rules in this campaign."""
    referral_creation_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    referrals created by rules in this campaign."""
    add_free_item_effect_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property."""
    awarded_giveaways_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    giveaways awarded by rules in this campaign."""
    created_loyalty_points_count: float | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    loyalty points created by rules in this campaign."""
    created_loyalty_points_effect_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    loyalty point creation effects triggered by rules in this campaign."""
    redeemed_loyalty_points_count: float | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    loyalty points redeemed by rules in this campaign."""
    redeemed_loyalty_points_effect_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    loyalty point redemption effects triggered by rules in this campaign."""
    call_api_effect_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    webhooks triggered by rules in this campaign."""
    reservecoupon_effect_count: int | None = None
    """This property is **deprecated**. The count should be available under *budgets* property. Total number of
    reserve coupon effects triggered by rules in this campaign."""
    last_activity: datetime.datetime | None = None
    """Timestamp of the most recent event received by this campaign."""
    updated: datetime.datetime | None = None
    """Timestamp of the most recent update to the campaign's property. Updates to external entities used in this
    campaign are **not** registered by this property, such as collection or coupon updates."""
    created_by: str | None = None
    """Name of the user who created this campaign if available."""
    updated_by: str | None = None
    """Name of the user who last updated this campaign if available."""
    template_id: int | None = None
    """The ID of the Campaign Template this Campaign was created from."""
    value_maps_ids: list[int] | None = None
    """A list of value map IDs for the campaign."""
    revision_frontend_state: str | None = None
    """The campaign revision state displayed in the Campaign Manager."""
    active_revision_id: int | None = None
    """ID of the revision that was last activated on this campaign."""
    active_revision_version_id: int | None = None
    """ID of the revision version that is active on the campaign."""
    version: int | None = None
    """Incrementing number representing how many revisions have been activated on this campaign, starts from 0 for
    a new campaign."""
    current_revision_id: int | None = None
    """ID of the revision currently being modified for the campaign."""
    current_revision_version_id: int | None = None
    """ID of the latest version applied on the current revision."""
    stage_revision: bool | None = None
    """Flag for determining whether we use current revision when sending requests with staging API key."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "applicationId",
            "userId",
            "name",
            "description",
            "state",
            "tags",
            "features",
            "limits",
            "type",
            "frontendState",
            "storesImported",
            "startTime",
            "endTime",
            "attributes",
            "activeRulesetId",
            "couponSettings",
            "referralSettings",
            "campaignGroups",
            "linkedStoreIds",
            "budgets",
            "couponRedemptionCount",
            "referralRedemptionCount",
            "discountCount",
            "discountEffectCount",
            "couponCreationCount",
            "customEffectCount",
            "referralCreationCount",
            "addFreeItemEffectCount",
            "awardedGiveawaysCount",
            "createdLoyaltyPointsCount",
            "createdLoyaltyPointsEffectCount",
            "redeemedLoyaltyPointsCount",
            "redeemedLoyaltyPointsEffectCount",
            "callApiEffectCount",
            "reservecouponEffectCount",
            "lastActivity",
            "updated",
            "createdBy",
            "updatedBy",
            "templateId",
            "valueMapsIds",
            "revisionFrontendState",
            "activeRevisionId",
            "activeRevisionVersionId",
            "version",
            "currentRevisionId",
            "currentRevisionVersionId",
            "stageRevision",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Campaign from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 13  # the keys of data accounted for: the required fields so far
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
            v = data["applicationId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("applicationId") from None
            obj.application_id = v
            v = data["userId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("userId") from None
            obj.user_id = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data["description"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("description")
            obj.description = v
            v = data["state"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("state")
            obj.state = v
            v = data["tags"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("tags")
            try:
                v = _t.parse_plain_list(v, "str")
            except _t.SchemaError as exc:
                raise exc.at("tags") from None
            obj.tags = v
            v = data["features"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("features")
            try:
                v = _t.parse_plain_list(v, "str")
            except _t.SchemaError as exc:
                raise exc.at("features") from None
            obj.features = v
            v = data["limits"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("limits")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_LimitConfig(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("limits") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_LimitConfig(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("limits") from None  # the index of the item that failed
                v = items
            obj.limits = v
            v = data["type"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("type")
            obj.type = v
            v = data["frontendState"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("frontendState")
            obj.frontend_state = v
            v = data["storesImported"]
            if type(v) is not bool:
                raise _t.expected("a boolean", v).at("storesImported")
            obj.stores_imported = v
            v = data.get("startTime")
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
                        raise exc.at("startTime") from None
            obj.start_time = v
            v = data.get("endTime")
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
                        raise exc.at("endTime") from None
            obj.end_time = v
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data.get("activeRulesetId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("activeRulesetId") from None
            obj.active_ruleset_id = v
            v = data.get("couponSettings")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("couponSettings")
                try:
                    v = _parse_CodeGeneratorSettings(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("couponSettings") from None
            obj.coupon_settings = v
            v = data.get("referralSettings")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("referralSettings")
                try:
                    v = _parse_CodeGeneratorSettings(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("referralSettings") from None
            obj.referral_settings = v
            v = data.get("campaignGroups")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("campaignGroups")
                try:
                    v = _t.parse_plain_list(v, "int")
                except _t.SchemaError as exc:
                    raise exc.at("campaignGroups") from None
            obj.campaign_groups = v
            v = data.get("linkedStoreIds")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("linkedStoreIds")
                try:
                    v = _t.parse_plain_list(v, "int")
                except _t.SchemaError as exc:
                    raise exc.at("linkedStoreIds") from None
            obj.linked_store_ids = v
            v = data.get("budgets")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("budgets")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_CampaignBudget(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("budgets") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(_parse_CampaignBudget(x, consume) if type(x) is dict else _t.not_an_object(x))
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("budgets") from None  # the index of the item that failed
                    v = items
            obj.budgets = v
            v = data.get("couponRedemptionCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("couponRedemptionCount") from None
            obj.coupon_redemption_count = v
            v = data.get("referralRedemptionCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("referralRedemptionCount") from None
            obj.referral_redemption_count = v
            v = data.get("discountCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("discountCount")
            obj.discount_count = v
            v = data.get("discountEffectCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("discountEffectCount") from None
            obj.discount_effect_count = v
            v = data.get("couponCreationCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("couponCreationCount") from None
            obj.coupon_creation_count = v
            v = data.get("customEffectCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("customEffectCount") from None
            obj.custom_effect_count = v
            v = data.get("referralCreationCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("referralCreationCount") from None
            obj.referral_creation_count = v
            v = data.get("addFreeItemEffectCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("addFreeItemEffectCount") from None
            obj.add_free_item_effect_count = v
            v = data.get("awardedGiveawaysCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("awardedGiveawaysCount") from None
            obj.awarded_giveaways_count = v
            v = data.get("createdLoyaltyPointsCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("createdLoyaltyPointsCount")
            obj.created_loyalty_points_count = v
            v = data.get("createdLoyaltyPointsEffectCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("createdLoyaltyPointsEffectCount") from None
            obj.created_loyalty_points_effect_count = v
            v = data.get("redeemedLoyaltyPointsCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("redeemedLoyaltyPointsCount")
            obj.redeemed_loyalty_points_count = v
            v = data.get("redeemedLoyaltyPointsEffectCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("redeemedLoyaltyPointsEffectCount") from None
            obj.redeemed_loyalty_points_effect_count = v
            v = data.get("callApiEffectCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("callApiEffectCount") from None
            obj.call_api_effect_count = v
            v = data.get("reservecouponEffectCount")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("reservecouponEffectCount") from None
            obj.reservecoupon_effect_count = v
            v = data.get("lastActivity")
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
                        raise exc.at("lastActivity") from None
            obj.last_activity = v
            v = data.get("updated")
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
                        raise exc.at("updated") from None
            obj.updated = v
            v = data.get("createdBy")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("createdBy")
            obj.created_by = v
            v = data.get("updatedBy")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("updatedBy")
            obj.updated_by = v
            v = data.get("templateId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("templateId") from None
            obj.template_id = v
            v = data.get("valueMapsIds")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("valueMapsIds")
                try:
                    v = _t.parse_plain_list(v, "int")
                except _t.SchemaError as exc:
                    raise exc.at("valueMapsIds") from None
            obj.value_maps_ids = v
            v = data.get("revisionFrontendState")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("revisionFrontendState")
            obj.revision_frontend_state = v
            v = data.get("activeRevisionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("activeRevisionId") from None
            obj.active_revision_id = v
            v = data.get("activeRevisionVersionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("activeRevisionVersionId") from None
            obj.active_revision_version_id = v
            v = data.get("version")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("version") from None
            obj.version = v
            v = data.get("currentRevisionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("currentRevisionId") from None
            obj.current_revision_id = v
            v = data.get("currentRevisionVersionId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("currentRevisionVersionId") from None
            obj.current_revision_version_id = v
            v = data.get("stageRevision")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("stageRevision")
            obj.stage_revision = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Campaign as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.application_id
        if v is not None:
            out["applicationId"] = v

        v = self.user_id
        if v is not None:
            out["userId"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.description
        if v is not None:
            out["description"] = v

        v = self.state
        if v is not None:
            out["state"] = v

        v = self.tags
        if v is not None:
            out["tags"] = v

        v = self.features
        if v is not None:
            out["features"] = v

        v = self.limits
        if v is not None:
            out["limits"] = [x.to_dict() for x in v]

        v = self.type
        if v is not None:
            out["type"] = v

        v = self.frontend_state
        if v is not None:
            out["frontendState"] = v

        v = self.stores_imported
        if v is not None:
            out["storesImported"] = v

        v = self.start_time
        if v is not None:
            out["startTime"] = v.isoformat()

        v = self.end_time
        if v is not None:
            out["endTime"] = v.isoformat()

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.active_ruleset_id
        if v is not None:
            out["activeRulesetId"] = v

        v = self.coupon_settings
        if v is not None:
            out["couponSettings"] = v.to_dict()

        v = self.referral_settings
        if v is not None:
            out["referralSettings"] = v.to_dict()

        v = self.campaign_groups
        if v is not None:
            out["campaignGroups"] = v

        v = self.linked_store_ids
        if v is not None:
            out["linkedStoreIds"] = v

        v = self.budgets
        if v is not None:
            out["budgets"] = [x.to_dict() for x in v]

        v = self.coupon_redemption_count
        if v is not None:
            out["couponRedemptionCount"] = v

        v = self.referral_redemption_count
        if v is not None:
            out["referralRedemptionCount"] = v

        v = self.discount_count
        if v is not None:
            out["discountCount"] = v

        v = self.discount_effect_count
        if v is not None:
            out["discountEffectCount"] = v

        v = self.coupon_creation_count
        if v is not None:
            out["couponCreationCount"] = v

        v = self.custom_effect_count
        if v is not None:
            out["customEffectCount"] = v

        v = self.referral_creation_count
        if v is not None:
            out["referralCreationCount"] = v

        v = self.add_free_item_effect_count
        if v is not None:
            out["addFreeItemEffectCount"] = v

        v = self.awarded_giveaways_count
        if v is not None:
            out["awardedGiveawaysCount"] = v

        v = self.created_loyalty_points_count
        if v is not None:
            out["createdLoyaltyPointsCount"] = v

        v = self.created_loyalty_points_effect_count
        if v is not None:
            out["createdLoyaltyPointsEffectCount"] = v

        v = self.redeemed_loyalty_points_count
        if v is not None:
            out["redeemedLoyaltyPointsCount"] = v

        v = self.redeemed_loyalty_points_effect_count
        if v is not None:
            out["redeemedLoyaltyPointsEffectCount"] = v

        v = self.call_api_effect_count
        if v is not None:
            out["callApiEffectCount"] = v

        v = self.reservecoupon_effect_count
        if v is not None:
            out["reservecouponEffectCount"] = v

        v = self.last_activity
        if v is not None:
            out["lastActivity"] = v.isoformat()

        v = self.updated
        if v is not None:
            out["updated"] = v.isoformat()

        v = self.created_by
        if v is not None:
            out["createdBy"] = v

        v = self.updated_by
        if v is not None:
            out["updatedBy"] = v

        v = self.template_id
        if v is not None:
            out["templateId"] = v

        v = self.value_maps_ids
        if v is not None:
            out["valueMapsIds"] = v

        v = self.revision_frontend_state
        if v is not None:
            out["revisionFrontendState"] = v

        v = self.active_revision_id
        if v is not None:
            out["activeRevisionId"] = v

        v = self.active_revision_version_id
        if v is not None:
            out["activeRevisionVersionId"] = v

        v = self.version
        if v is not None:
            out["version"] = v

        v = self.current_revision_id
        if v is not None:
            out["currentRevisionId"] = v

        v = self.current_revision_version_id
        if v is not None:
            out["currentRevisionVersionId"] = v

        v = self.stage_revision
        if v is not None:
            out["stageRevision"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Campaign._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .campaign_budget import CampaignBudget
from .code_generator_settings import CodeGeneratorSettings
from .limit_config import LimitConfig

Campaign.FIELDS = (
    _t.Field("id", "id", "int", True, description="Unique ID for this entity."),
    _t.Field("created", "created", "datetime", True, description="The exact moment this entity was created."),
    _t.Field(
        "application_id", "applicationId", "int", True, description="The ID of the Application that owns this entity."
    ),
    _t.Field("user_id", "userId", "int", True, description="The ID of the user associated with this entity."),
    _t.Field("name", "name", "str", True, description="A user-facing name for this campaign."),
    _t.Field("description", "description", "str", True, description="A detailed description of the campaign."),
    _t.Field(
        "state",
        "state",
        "str",
        True,
        description="A disabled or archived campaign is not evaluated for rules or coupons.",
    ),
    _t.Field("tags", "tags", "list", True, item_kind="str", description="A list of tags for the campaign."),
    _t.Field(
        "features", "features", "list", True, item_kind="str", description="The features enabled in this campaign."
    ),
    _t.Field(
        "limits",
        "limits",
        "list",
        True,
        item_kind="model",
        model=LimitConfig,
        description="The set of [budget limits](https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets) for this campaign.",
    ),
    _t.Field(
        "type",
        "type",
        "str",
        True,
        description="The campaign type. Possible type values: - `cartItem`: Type of campaign that can apply effects only to cart items. - `advanced`: Type of campaign that can apply effects to customer sessions and cart items.",
    ),
    _t.Field(
        "frontend_state",
        "frontendState",
        "str",
        True,
        description="The campaign state displayed in the Campaign Manager.",
    ),
    _t.Field(
        "stores_imported",
        "storesImported",
        "bool",
        True,
        description="Indicates whether the linked stores were imported via a CSV file.",
    ),
    _t.Field(
        "start_time", "startTime", "datetime", False, description="Timestamp when the campaign will become active."
    ),
    _t.Field("end_time", "endTime", "datetime", False, description="Timestamp when the campaign will become inactive."),
    _t.Field(
        "attributes", "attributes", "object", False, description="Arbitrary properties associated with this campaign."
    ),
    _t.Field(
        "active_ruleset_id",
        "activeRulesetId",
        "int",
        False,
        description="[ID of Ruleset](https://docs.talon.one/management-api#operation/getRulesets) this campaign applies on customer session evaluation.",
    ),
    _t.Field(
        "coupon_settings",
        "couponSettings",
        "model",
        False,
        model=CodeGeneratorSettings,
        description="CodeGeneratorSettings (Talon.One Integration API; SDK 9 model CodeGeneratorSettings).",
    ),
    _t.Field(
        "referral_settings",
        "referralSettings",
        "model",
        False,
        model=CodeGeneratorSettings,
        description="CodeGeneratorSettings (Talon.One Integration API; SDK 9 model CodeGeneratorSettings).",
    ),
    _t.Field(
        "campaign_groups",
        "campaignGroups",
        "list",
        False,
        item_kind="int",
        description="The IDs of the [campaign groups](https://docs.talon.one/docs/product/account/managing-campaign-groups) this campaign belongs to.",
    ),
    _t.Field(
        "linked_store_ids",
        "linkedStoreIds",
        "list",
        False,
        item_kind="int",
        description="A list of store IDs that you want to link to the campaign. **Note:** Campaigns with linked store IDs will only be evaluated when there is a [customer session update](https://docs.talon.one/integration-api#tag/Customer-sessions/operation/upd...",
    ),
    _t.Field(
        "budgets",
        "budgets",
        "list",
        False,
        item_kind="model",
        model=CampaignBudget,
        description="A list of all the budgets that are defined by this campaign and their usage. **Note:** Budgets that are not defined do not appear in this list and their usage is not counted until they are defined.",
    ),
    _t.Field(
        "coupon_redemption_count",
        "couponRedemptionCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Number of coupons redeemed in the campaign.",
    ),
    _t.Field(
        "referral_redemption_count",
        "referralRedemptionCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Number of referral codes redeemed in the campaign.",
    ),
    _t.Field(
        "discount_count",
        "discountCount",
        "float",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total amount of discounts redeemed in the campaign.",
    ),
    _t.Field(
        "discount_effect_count",
        "discountEffectCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of times discounts were redeemed in this campaign.",
    ),
    _t.Field(
        "coupon_creation_count",
        "couponCreationCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of coupons created by rules in this campaign.",
    ),
    _t.Field(
        "custom_effect_count",
        "customEffectCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of custom effects triggered by rules in this campaign.",
    ),
    _t.Field(
        "referral_creation_count",
        "referralCreationCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of referrals created by rules in this campaign.",
    ),
    _t.Field(
        "add_free_item_effect_count",
        "addFreeItemEffectCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property.",
    ),
    _t.Field(
        "awarded_giveaways_count",
        "awardedGiveawaysCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of giveaways awarded by rules in this campaign.",
    ),
    _t.Field(
        "created_loyalty_points_count",
        "createdLoyaltyPointsCount",
        "float",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of loyalty points created by rules in this campaign.",
    ),
    _t.Field(
        "created_loyalty_points_effect_count",
        "createdLoyaltyPointsEffectCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of loyalty point creation effects triggered by rules in this campaign.",
    ),
    _t.Field(
        "redeemed_loyalty_points_count",
        "redeemedLoyaltyPointsCount",
        "float",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of loyalty points redeemed by rules in this campaign.",
    ),
    _t.Field(
        "redeemed_loyalty_points_effect_count",
        "redeemedLoyaltyPointsEffectCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of loyalty point redemption effects triggered by rules in this campaign.",
    ),
    _t.Field(
        "call_api_effect_count",
        "callApiEffectCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of webhooks triggered by rules in this campaign.",
    ),
    _t.Field(
        "reservecoupon_effect_count",
        "reservecouponEffectCount",
        "int",
        False,
        description="This property is **deprecated**. The count should be available under *budgets* property. Total number of reserve coupon effects triggered by rules in this campaign.",
    ),
    _t.Field(
        "last_activity",
        "lastActivity",
        "datetime",
        False,
        description="Timestamp of the most recent event received by this campaign.",
    ),
    _t.Field(
        "updated",
        "updated",
        "datetime",
        False,
        description="Timestamp of the most recent update to the campaign's property. Updates to external entities used in this campaign are **not** registered by this property, such as collection or coupon updates.",
    ),
    _t.Field(
        "created_by", "createdBy", "str", False, description="Name of the user who created this campaign if available."
    ),
    _t.Field(
        "updated_by",
        "updatedBy",
        "str",
        False,
        description="Name of the user who last updated this campaign if available.",
    ),
    _t.Field(
        "template_id",
        "templateId",
        "int",
        False,
        description="The ID of the Campaign Template this Campaign was created from.",
    ),
    _t.Field(
        "value_maps_ids",
        "valueMapsIds",
        "list",
        False,
        item_kind="int",
        description="A list of value map IDs for the campaign.",
    ),
    _t.Field(
        "revision_frontend_state",
        "revisionFrontendState",
        "str",
        False,
        description="The campaign revision state displayed in the Campaign Manager.",
    ),
    _t.Field(
        "active_revision_id",
        "activeRevisionId",
        "int",
        False,
        description="ID of the revision that was last activated on this campaign.",
    ),
    _t.Field(
        "active_revision_version_id",
        "activeRevisionVersionId",
        "int",
        False,
        description="ID of the revision version that is active on the campaign.",
    ),
    _t.Field(
        "version",
        "version",
        "int",
        False,
        description="Incrementing number representing how many revisions have been activated on this campaign, starts from 0 for a new campaign.",
    ),
    _t.Field(
        "current_revision_id",
        "currentRevisionId",
        "int",
        False,
        description="ID of the revision currently being modified for the campaign.",
    ),
    _t.Field(
        "current_revision_version_id",
        "currentRevisionVersionId",
        "int",
        False,
        description="ID of the latest version applied on the current revision.",
    ),
    _t.Field(
        "stage_revision",
        "stageRevision",
        "bool",
        False,
        description="Flag for determining whether we use current revision when sending requests with staging API key.",
    ),
)
_parse_LimitConfig = LimitConfig._parse
_parse_CodeGeneratorSettings = CodeGeneratorSettings._parse
_parse_CampaignBudget = CampaignBudget._parse
