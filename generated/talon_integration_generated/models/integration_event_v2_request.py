"""IntegrationEventV2Request: IntegrationEventV2Request (Talon.One Integration API; SDK 9 model IntegrationEventV2Request).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t
from .profile_response_content import ProfileResponseContent

__all__ = ["IntegrationEventV2Request", "IntegrationEventV2RequestDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class IntegrationEventV2Request(_t.Model):
    """IntegrationEventV2Request (Talon.One Integration API; SDK 9 model IntegrationEventV2Request)."""

    type: str
    """A string representing the event name. Must not be a reserved event name. You create this value when you
    [create an attribute](https://docs.talon.one/docs/dev/concepts/entities/events#creating-a-custom-event) of
    type `event` in the Campaign..."""
    profile_id: str | None = None
    """ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a
    known `profileId`, we recommend you use a guest `profileId`."""
    store_integration_id: str | None = None
    """The integration ID of the store. You choose this ID when you create a store."""
    evaluable_campaign_ids: list[int] | None = None
    """When using the `dry` query parameter, use this property to list the campaign to be evaluated by the Rule
    Engine. These campaigns will be evaluated, even if they are disabled, allowing you to test specific
    campaigns before activating them."""
    attributes: dict[str, Any] | None = None
    """Arbitrary additional JSON properties associated with the event. They must be created in the Campaign Manager
    before setting them with this property."""
    loyalty_cards: list[str] | None = None
    """Identifier of the loyalty card used during this event."""
    response_content: list[ProfileResponseContent] | None = None
    """Optional list of requested information to be present on the response related to the tracking custom event."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "profileId",
            "storeIntegrationId",
            "evaluableCampaignIds",
            "attributes",
            "loyaltyCards",
            "responseContent",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a IntegrationEventV2Request from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["type"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("type")
            obj.type = v
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
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
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
            v = data.get("responseContent")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("responseContent")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("responseContent") from None
            obj.response_content = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This IntegrationEventV2Request as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.type
        if v is not None:
            out["type"] = v

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.store_integration_id
        if v is not None:
            out["storeIntegrationId"] = v

        v = self.evaluable_campaign_ids
        if v is not None:
            out["evaluableCampaignIds"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.loyalty_cards
        if v is not None:
            out["loyaltyCards"] = v

        v = self.response_content
        if v is not None:
            out["responseContent"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a IntegrationEventV2Request or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "IntegrationEventV2Request")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "IntegrationEventV2Request")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.type
            if not (type(v) is str and len(v) >= 1):
                v = _t.input_text(v, True, min_length=1)
            out["type"] = v
            v = value.profile_id
            if v is not None:
                w = 1
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["profileId"] = v
            v = value.store_integration_id
            if v is not None:
                w = 2
                if not (type(v) is str and len(v) >= 1 and len(v) <= 1000):
                    v = _t.input_text(v, False, min_length=1, max_length=1000)
                out["storeIntegrationId"] = v
            v = value.evaluable_campaign_ids
            if v is not None:
                w = 3
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("int"))
                out["evaluableCampaignIds"] = v
            v = value.attributes
            if v is not None:
                w = 4
                if not (_t.plain_object(v)):
                    v = _t.input_object(v, False)
                out["attributes"] = v
            v = value.loyalty_cards
            if v is not None:
                w = 5
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("str"))
                out["loyaltyCards"] = v
            v = value.response_content
            if v is not None:
                w = 6
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(
                    v,
                    _t.item_check(
                        "enum",
                        choices=(
                            "awardedGiveaways",
                            "customerProfile",
                            "event",
                            "loyalty",
                            "ruleFailureReasons",
                            "triggeredCampaigns",
                        ),
                    ),
                )
                out["responseContent"] = v
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
                    f"must not set the IntegrationEventV2Request fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class IntegrationEventV2RequestDict(TypedDict, total=False):
    """A IntegrationEventV2Request as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    type: Required[str]
    profile_id: str | None
    store_integration_id: str | None
    evaluable_campaign_ids: Sequence[int] | None
    attributes: Mapping[str, Any] | None
    loyalty_cards: Sequence[str] | None
    response_content: Sequence[ProfileResponseContent] | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "type",
        "profile_id",
        "store_integration_id",
        "evaluable_campaign_ids",
        "attributes",
        "loyalty_cards",
        "response_content",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "type": None,
}
_new = object.__new__
_WIRE_NAMES = IntegrationEventV2Request._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

IntegrationEventV2Request.FIELDS = (
    _t.Field(
        "type",
        "type",
        "str",
        True,
        description="A string representing the event name. Must not be a reserved event name. You create this value when you [create an attribute](https://docs.talon.one/docs/dev/concepts/entities/events#creating-a-custom-event) of type `event` in the Campaign...",
    ),
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
        "attributes",
        "attributes",
        "object",
        False,
        description="Arbitrary additional JSON properties associated with the event. They must be created in the Campaign Manager before setting them with this property.",
    ),
    _t.Field(
        "loyalty_cards",
        "loyaltyCards",
        "list",
        False,
        item_kind="str",
        description="Identifier of the loyalty card used during this event.",
    ),
    _t.Field(
        "response_content",
        "responseContent",
        "list",
        False,
        item_kind="enum",
        choices=(
            "awardedGiveaways",
            "customerProfile",
            "event",
            "loyalty",
            "ruleFailureReasons",
            "triggeredCampaigns",
        ),
        description="Optional list of requested information to be present on the response related to the tracking custom event.",
    ),
)
