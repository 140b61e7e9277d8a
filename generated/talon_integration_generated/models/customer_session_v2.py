"""CustomerSessionV2: CustomerSessionV2 (Talon.One Integration API; SDK 9 model CustomerSessionV2).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CustomerSessionV2"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomerSessionV2(_t.Model):
    """CustomerSessionV2 (Talon.One Integration API; SDK 9 model CustomerSessionV2)."""

    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    integration_id: str
    """The integration ID set by your integration layer."""
    application_id: int
    """The ID of the Application that owns this entity."""
    profile_id: str
    """ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a
    known `profileId`, we recommend you use a guest `profileId`."""
    state: str
    """Indicates the current state of the session. Sessions can be created as `open` or `closed`. The state
    transitions are: 1. `open` → `closed` 2. `open` → `cancelled` 3."""
    cart_items: list[CartItem]
    """The items to add to this session. **Do not exceed 1000 items** and ensure the sum of all cart item's
    `quantity` **does not exceed 10.000** per request."""
    attributes: dict[str, Any]
    """Use this property to set a value for the attributes of your choice. Attributes represent any information to
    attach to your session, like the shipping city."""
    first_session: bool
    """Indicates whether this is the first session for the customer's profile. It's always `true` for anonymous
    sessions."""
    total: float
    """The total value of cart items and additional costs in the session, before any discounts are applied."""
    cart_item_total: float
    """The total value of cart items, before any discounts are applied."""
    additional_cost_total: float
    """The total value of additional costs, before any discounts are applied."""
    updated: datetime.datetime
    """Timestamp of the most recent event received on this session."""
    store_integration_id: str | None = None
    """The integration ID of the store. You choose this ID when you create a store."""
    evaluable_campaign_ids: list[int] | None = None
    """When using the `dry` query parameter, use this property to list the campaign to be evaluated by the Rule
    Engine. These campaigns will be evaluated, even if they are disabled, allowing you to test specific
    campaigns before activating them."""
    coupon_codes: list[str] | None = None
    """Any coupon codes entered. **Important - for requests only**: - If you [create a coupon
    budget](https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets/#budget-types) for
    your campaign, ensure the session contains a..."""
    referral_code: str | None = None
    """Any referral code entered. **Important - for requests only**: - If you [create a referral
    budget](https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets/#budget-types) for
    your campaign, ensure the session contains..."""
    loyalty_cards: list[str] | None = None
    """Identifier of a loyalty card."""
    additional_costs: dict[str, AdditionalCost] | None = None
    """Use this property to set a value for the additional costs of this session, such as a shipping cost. They
    must be created in the Campaign Manager before you set them with this property."""
    identifiers: list[str] | None = None
    """Session custom identifiers that you can set limits on or use inside your rules. For example, you can use IP
    addresses as identifiers to potentially identify devices and limit discounts abuse in case of customers
    creating multiple accounts."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "integrationId",
            "applicationId",
            "profileId",
            "state",
            "cartItems",
            "attributes",
            "firstSession",
            "total",
            "cartItemTotal",
            "additionalCostTotal",
            "updated",
            "storeIntegrationId",
            "evaluableCampaignIds",
            "couponCodes",
            "referralCode",
            "loyaltyCards",
            "additionalCosts",
            "identifiers",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerSessionV2 from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["integrationId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("integrationId")
            obj.integration_id = v
            v = data["applicationId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("applicationId") from None
            obj.application_id = v
            v = data["profileId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("profileId")
            obj.profile_id = v
            v = data["state"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("state")
            obj.state = v
            v = data["cartItems"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("cartItems")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_CartItem(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("cartItems") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_CartItem(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("cartItems") from None  # the index of the item that failed
                v = items
            obj.cart_items = v
            v = data["attributes"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data["firstSession"]
            if type(v) is not bool:
                raise _t.expected("a boolean", v).at("firstSession")
            obj.first_session = v
            v = data["total"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("total")
            obj.total = v
            v = data["cartItemTotal"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("cartItemTotal")
            obj.cart_item_total = v
            v = data["additionalCostTotal"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("additionalCostTotal")
            obj.additional_cost_total = v
            v = data["updated"]
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
            v = data.get("storeIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("storeIntegrationId")
            obj.store_integration_id = v
            v = data.get("evaluableCampaignIds")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("evaluableCampaignIds")
                try:
                    v = _t.parse_plain_list(v, "int")
                except _t.SchemaError as exc:
                    raise exc.at("evaluableCampaignIds") from None
            obj.evaluable_campaign_ids = v
            v = data.get("couponCodes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("couponCodes")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("couponCodes") from None
            obj.coupon_codes = v
            v = data.get("referralCode")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("referralCode")
            obj.referral_code = v
            v = data.get("loyaltyCards")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("loyaltyCards")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("loyaltyCards") from None
            obj.loyalty_cards = v
            v = data.get("additionalCosts")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                try:
                    v = _t.parse_model_map(v, _parse_AdditionalCost, consume)
                except _t.SchemaError as exc:
                    raise exc.at("additionalCosts") from None
            obj.additional_costs = v
            v = data.get("identifiers")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("identifiers")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("identifiers") from None
            obj.identifiers = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomerSessionV2 as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.integration_id
        if v is not None:
            out["integrationId"] = v

        v = self.application_id
        if v is not None:
            out["applicationId"] = v

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.state
        if v is not None:
            out["state"] = v

        v = self.cart_items
        if v is not None:
            out["cartItems"] = [x.to_dict() for x in v]

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.first_session
        if v is not None:
            out["firstSession"] = v

        v = self.total
        if v is not None:
            out["total"] = v

        v = self.cart_item_total
        if v is not None:
            out["cartItemTotal"] = v

        v = self.additional_cost_total
        if v is not None:
            out["additionalCostTotal"] = v

        v = self.updated
        if v is not None:
            out["updated"] = v.isoformat()

        v = self.store_integration_id
        if v is not None:
            out["storeIntegrationId"] = v

        v = self.evaluable_campaign_ids
        if v is not None:
            out["evaluableCampaignIds"] = v

        v = self.coupon_codes
        if v is not None:
            out["couponCodes"] = v

        v = self.referral_code
        if v is not None:
            out["referralCode"] = v

        v = self.loyalty_cards
        if v is not None:
            out["loyaltyCards"] = v

        v = self.additional_costs
        if v is not None:
            out["additionalCosts"] = {key: x.to_dict() for key, x in v.items()}

        v = self.identifiers
        if v is not None:
            out["identifiers"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CustomerSessionV2._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .additional_cost import AdditionalCost
from .cart_item import CartItem

CustomerSessionV2.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field(
        "integration_id", "integrationId", "str", True, description="The integration ID set by your integration layer."
    ),
    _t.Field(
        "application_id", "applicationId", "int", True, description="The ID of the Application that owns this entity."
    ),
    _t.Field(
        "profile_id",
        "profileId",
        "str",
        True,
        description="ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a known `profileId`, we recommend you use a guest `profileId`.",
    ),
    _t.Field(
        "state",
        "state",
        "str",
        True,
        description="Indicates the current state of the session. Sessions can be created as `open` or `closed`. The state transitions are: 1. `open` → `closed` 2. `open` → `cancelled` 3.",
    ),
    _t.Field(
        "cart_items",
        "cartItems",
        "list",
        True,
        item_kind="model",
        model=CartItem,
        description="The items to add to this session. **Do not exceed 1000 items** and ensure the sum of all cart item's `quantity` **does not exceed 10.000** per request.",
    ),
    _t.Field(
        "attributes",
        "attributes",
        "object",
        True,
        description="Use this property to set a value for the attributes of your choice. Attributes represent any information to attach to your session, like the shipping city.",
    ),
    _t.Field(
        "first_session",
        "firstSession",
        "bool",
        True,
        description="Indicates whether this is the first session for the customer's profile. It's always `true` for anonymous sessions.",
    ),
    _t.Field(
        "total",
        "total",
        "float",
        True,
        description="The total value of cart items and additional costs in the session, before any discounts are applied.",
    ),
    _t.Field(
        "cart_item_total",
        "cartItemTotal",
        "float",
        True,
        description="The total value of cart items, before any discounts are applied.",
    ),
    _t.Field(
        "additional_cost_total",
        "additionalCostTotal",
        "float",
        True,
        description="The total value of additional costs, before any discounts are applied.",
    ),
    _t.Field(
        "updated",
        "updated",
        "datetime",
        True,
        description="Timestamp of the most recent event received on this session.",
    ),
    _t.Field(
        "store_integration_id",
        "storeIntegrationId",
        "str",
        False,
        description="The integration ID of the store. You choose this ID when you create a store.",
    ),
    _t.Field(
        "evaluable_campaign_ids",
        "evaluableCampaignIds",
        "list",
        False,
        item_kind="int",
        description="When using the `dry` query parameter, use this property to list the campaign to be evaluated by the Rule Engine. These campaigns will be evaluated, even if they are disabled, allowing you to test specific campaigns before activating them.",
    ),
    _t.Field(
        "coupon_codes",
        "couponCodes",
        "list",
        False,
        item_kind="str",
        description="Any coupon codes entered. **Important - for requests only**: - If you [create a coupon budget](https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets/#budget-types) for your campaign, ensure the session contains a...",
    ),
    _t.Field(
        "referral_code",
        "referralCode",
        "str",
        False,
        description="Any referral code entered. **Important - for requests only**: - If you [create a referral budget](https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets/#budget-types) for your campaign, ensure the session contains...",
    ),
    _t.Field(
        "loyalty_cards", "loyaltyCards", "list", False, item_kind="str", description="Identifier of a loyalty card."
    ),
    _t.Field(
        "additional_costs",
        "additionalCosts",
        "map",
        False,
        item_kind="model",
        model=AdditionalCost,
        description="Use this property to set a value for the additional costs of this session, such as a shipping cost. They must be created in the Campaign Manager before you set them with this property.",
    ),
    _t.Field(
        "identifiers",
        "identifiers",
        "list",
        False,
        item_kind="str",
        description="Session custom identifiers that you can set limits on or use inside your rules. For example, you can use IP addresses as identifiers to potentially identify devices and limit discounts abuse in case of customers creating multiple accounts.",
    ),
)
_parse_CartItem = CartItem._parse
_parse_AdditionalCost = AdditionalCost._parse
