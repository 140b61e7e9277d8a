"""NewCustomerSessionV2: NewCustomerSessionV2 (Talon.One Integration API; SDK 9 model NewCustomerSessionV2).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

import attrs

from .. import types as _t
from .customer_session_state import CustomerSessionState

__all__ = ["NewCustomerSessionV2", "NewCustomerSessionV2Dict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class NewCustomerSessionV2(_t.Model):
    """NewCustomerSessionV2 (Talon.One Integration API; SDK 9 model NewCustomerSessionV2)."""

    profile_id: str | None = None
    """ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a
    known `profileId`, we recommend you use a guest `profileId`."""
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
    state: CustomerSessionState | None = None
    """The state of a customer session: `open` (the default when never set), `closed` (a purchase:
    coupons are redeemed, the profile's totals grow), `partially_returned` (some items of a closed
    session were returned) or `cancelled` (a purchase undone). Allowed changes: open→closed,
    open→cancelled, closed→cancelled, closed→partially_returned, partially_returned→cancelled."""
    cart_items: list[CartItem] | None = None
    """The items to add to this session. **Do not exceed 1000 items** and ensure the sum of all cart item's
    `quantity` **does not exceed 10.000** per request."""
    additional_costs: dict[str, AdditionalCost] | None = None
    """Use this property to set a value for the additional costs of this session, such as a shipping cost. They
    must be created in the Campaign Manager before you set them with this property."""
    identifiers: list[str] | None = None
    """Session custom identifiers that you can set limits on or use inside your rules. For example, you can use IP
    addresses as identifiers to potentially identify devices and limit discounts abuse in case of customers
    creating multiple accounts."""
    attributes: dict[str, Any] | None = None
    """Use this property to set a value for the attributes of your choice. Attributes represent any information to
    attach to your session, like the shipping city."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "profileId",
            "storeIntegrationId",
            "evaluableCampaignIds",
            "couponCodes",
            "referralCode",
            "loyaltyCards",
            "state",
            "cartItems",
            "additionalCosts",
            "identifiers",
            "attributes",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a NewCustomerSessionV2 from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("profileId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("profileId")
            obj.profile_id = v
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
            v = data.get("state")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("state")
            obj.state = v
            v = data.get("cartItems")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
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
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This NewCustomerSessionV2 as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.profile_id
        if v is not None:
            out["profileId"] = v

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

        v = self.state
        if v is not None:
            out["state"] = v

        v = self.cart_items
        if v is not None:
            out["cartItems"] = [x.to_dict() for x in v]

        v = self.additional_costs
        if v is not None:
            out["additionalCosts"] = {key: x.to_dict() for key, x in v.items()}

        v = self.identifiers
        if v is not None:
            out["identifiers"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a NewCustomerSessionV2 or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "NewCustomerSessionV2")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "NewCustomerSessionV2")
            value = cls(**value)
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            v = value.profile_id
            if v is not None:
                w = 0
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["profileId"] = v
            v = value.store_integration_id
            if v is not None:
                w = 1
                if not (type(v) is str and len(v) >= 1 and len(v) <= 1000):
                    v = _t.input_text(v, False, min_length=1, max_length=1000)
                out["storeIntegrationId"] = v
            v = value.evaluable_campaign_ids
            if v is not None:
                w = 2
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("int"))
                out["evaluableCampaignIds"] = v
            v = value.coupon_codes
            if v is not None:
                w = 3
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("str"))
                out["couponCodes"] = v
            v = value.referral_code
            if v is not None:
                w = 4
                if not (type(v) is str and len(v) <= 100):
                    v = _t.input_text(v, False, max_length=100)
                out["referralCode"] = v
            v = value.loyalty_cards
            if v is not None:
                w = 5
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("str"))
                out["loyaltyCards"] = v
            v = value.state
            if v is not None:
                w = 6
                if not (
                    v
                    in (
                        "cancelled",
                        "closed",
                        "open",
                        "partially_returned",
                    )
                    and type(v) is str
                ):
                    v = _t.input_enum(
                        v,
                        False,
                        (
                            "cancelled",
                            "closed",
                            "open",
                            "partially_returned",
                        ),
                    )
                out["state"] = v
            v = value.cart_items
            if v is not None:
                w = 7
                if type(v) is not list:
                    v = _t.input_list(v, False)
                try:
                    v = [_to_request_CartItem(x) for x in v]
                except _t.InputError:
                    v = _t.input_items(v, _to_request_CartItem)  # again, to name the failing index
                out["cartItems"] = v
            v = value.additional_costs
            if v is not None:
                w = 8
                v = _t.input_map(v, False, _to_request_AdditionalCost)
                out["additionalCosts"] = v
            v = value.identifiers
            if v is not None:
                w = 9
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("str"))
                out["identifiers"] = v
            v = value.attributes
            if v is not None:
                w = 10
                if not (_t.plain_object(v)):
                    v = _t.input_object(v, False)
                out["attributes"] = v
        except _t.InputError as exc:
            field = cls.FIELDS[w]
            raise exc.at(field.name, field.wire) from None
        extra = value._extra
        if extra:  # unknown fields: for what the spec does not have yet, never in place of a checked one
            if not isinstance(extra, Mapping) or not all(type(k) is str for k in extra):
                raise _t.InputError("must be a dict of field names to values", "additional_properties")
            known = cls._wire_names.intersection(extra)
            if known:
                raise _t.InputError(
                    f"must not set the NewCustomerSessionV2 fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class NewCustomerSessionV2Dict(TypedDict, total=False):
    """A NewCustomerSessionV2 as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    profile_id: str | None
    store_integration_id: str | None
    evaluable_campaign_ids: Sequence[int] | None
    coupon_codes: Sequence[str] | None
    referral_code: str | None
    loyalty_cards: Sequence[str] | None
    state: CustomerSessionState | None
    cart_items: Sequence[CartItem | CartItemDict] | None
    additional_costs: Mapping[str, AdditionalCost | AdditionalCostDict] | None
    identifiers: Sequence[str] | None
    attributes: Mapping[str, Any] | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "profile_id",
        "store_integration_id",
        "evaluable_campaign_ids",
        "coupon_codes",
        "referral_code",
        "loyalty_cards",
        "state",
        "cart_items",
        "additional_costs",
        "identifiers",
        "attributes",
    }
)
_new = object.__new__
_WIRE_NAMES = NewCustomerSessionV2._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .additional_cost import AdditionalCost, AdditionalCostDict
from .cart_item import CartItem, CartItemDict

NewCustomerSessionV2.FIELDS = (
    _t.Field(
        "profile_id",
        "profileId",
        "str",
        False,
        description="ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a known `profileId`, we recommend you use a guest `profileId`.",
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
        "state",
        "state",
        "enum",
        False,
        choices=(
            "cancelled",
            "closed",
            "open",
            "partially_returned",
        ),
        description="The state of a customer session: `open` (the default when never set), `closed` (a purchase: coupons are redeemed, the profile's totals grow), `partially_returned` (some items of a closed session were returned) or `cancelled` (a purchase undone). Allowed changes: open→closed, open→cancelled, closed→cancelled, closed→partially_returned, partially_returned→cancelled.",
    ),
    _t.Field(
        "cart_items",
        "cartItems",
        "list",
        False,
        item_kind="model",
        model=CartItem,
        description="The items to add to this session. **Do not exceed 1000 items** and ensure the sum of all cart item's `quantity` **does not exceed 10.000** per request.",
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
    _t.Field(
        "attributes",
        "attributes",
        "object",
        False,
        description="Use this property to set a value for the attributes of your choice. Attributes represent any information to attach to your session, like the shipping city.",
    ),
)
_parse_CartItem = CartItem._parse
_to_request_CartItem = CartItem.to_request
_parse_AdditionalCost = AdditionalCost._parse
_to_request_AdditionalCost = AdditionalCost.to_request
