"""CustomerProfileIntegrationRequestV2: CustomerProfileIntegrationRequestV2 (Talon.One Integration API; SDK 9 model
CustomerProfileIntegrationRequestV2).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

import attrs

from .. import types as _t
from .profile_response_content import ProfileResponseContent

__all__ = ["CustomerProfileIntegrationRequestV2", "CustomerProfileIntegrationRequestV2Dict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomerProfileIntegrationRequestV2(_t.Model):
    """CustomerProfileIntegrationRequestV2 (Talon.One Integration API; SDK 9 model
    CustomerProfileIntegrationRequestV2)."""

    attributes: dict[str, Any] | None = None
    """Arbitrary properties associated with this item."""
    evaluable_campaign_ids: list[int] | None = None
    """When using the `dry` query parameter, use this property to list the campaign to be evaluated by the Rule
    Engine. These campaigns will be evaluated, even if they are disabled, allowing you to test specific
    campaigns before activating them."""
    audiences_changes: ProfileAudiencesChanges | None = None
    """ProfileAudiencesChanges (Talon.One Integration API; SDK 9 model ProfileAudiencesChanges)."""
    response_content: list[ProfileResponseContent] | None = None
    """Extends the response with the chosen data entities. Use this property to get as much data as you need in one
    _Update customer profile_ request instead of sending extra requests to other endpoints."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "attributes",
            "evaluableCampaignIds",
            "audiencesChanges",
            "responseContent",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerProfileIntegrationRequestV2 from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
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
            v = data.get("audiencesChanges")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("audiencesChanges")
                try:
                    v = _parse_ProfileAudiencesChanges(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("audiencesChanges") from None
            obj.audiences_changes = v
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
        """This CustomerProfileIntegrationRequestV2 as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.evaluable_campaign_ids
        if v is not None:
            out["evaluableCampaignIds"] = v

        v = self.audiences_changes
        if v is not None:
            out["audiencesChanges"] = v.to_dict()

        v = self.response_content
        if v is not None:
            out["responseContent"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a CustomerProfileIntegrationRequestV2 or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "CustomerProfileIntegrationRequestV2")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "CustomerProfileIntegrationRequestV2")
            value = cls(**value)
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            v = value.attributes
            if v is not None:
                w = 0
                if not (_t.plain_object(v)):
                    v = _t.input_object(v, False)
                out["attributes"] = v
            v = value.evaluable_campaign_ids
            if v is not None:
                w = 1
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("int"))
                out["evaluableCampaignIds"] = v
            v = value.audiences_changes
            if v is not None:
                w = 2
                v = _to_request_ProfileAudiencesChanges(v)
                out["audiencesChanges"] = v
            v = value.response_content
            if v is not None:
                w = 3
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
                    f"must not set the CustomerProfileIntegrationRequestV2 fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class CustomerProfileIntegrationRequestV2Dict(TypedDict, total=False):
    """A CustomerProfileIntegrationRequestV2 as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    attributes: Mapping[str, Any] | None
    evaluable_campaign_ids: Sequence[int] | None
    audiences_changes: ProfileAudiencesChanges | ProfileAudiencesChangesDict | None
    response_content: Sequence[ProfileResponseContent] | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "attributes",
        "evaluable_campaign_ids",
        "audiences_changes",
        "response_content",
    }
)
_new = object.__new__
_WIRE_NAMES = CustomerProfileIntegrationRequestV2._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .profile_audiences_changes import ProfileAudiencesChanges, ProfileAudiencesChangesDict

CustomerProfileIntegrationRequestV2.FIELDS = (
    _t.Field(
        "attributes", "attributes", "object", False, description="Arbitrary properties associated with this item."
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
        "audiences_changes",
        "audiencesChanges",
        "model",
        False,
        model=ProfileAudiencesChanges,
        description="ProfileAudiencesChanges (Talon.One Integration API; SDK 9 model ProfileAudiencesChanges).",
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
        description="Extends the response with the chosen data entities. Use this property to get as much data as you need in one _Update customer profile_ request instead of sending extra requests to other endpoints.",
    ),
)
_parse_ProfileAudiencesChanges = ProfileAudiencesChanges._parse
_to_request_ProfileAudiencesChanges = ProfileAudiencesChanges.to_request
