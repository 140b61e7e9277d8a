"""InventoryReferral: InventoryReferral (Talon.One Integration API; SDK 9 model InventoryReferral).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["InventoryReferral"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class InventoryReferral(_t.Model):
    """InventoryReferral (Talon.One Integration API; SDK 9 model InventoryReferral)."""

    id: int
    """The internal ID of this entity."""
    created: datetime.datetime
    """The time this entity was created."""
    usage_limit: int
    """The number of times a referral code can be used. `0` means no limit but any campaign usage limits will still
    apply."""
    campaign_id: int
    """ID of the campaign from which the referral received the referral code."""
    advocate_profile_integration_id: str
    """The Integration ID of the Advocate's Profile."""
    code: str
    """The referral code."""
    usage_counter: int
    """The number of times this referral code has been successfully used."""
    referred_customers: list[str]
    """An array of referred customers."""
    start_date: datetime.datetime | None = None
    """Timestamp at which point the referral code becomes valid."""
    expiry_date: datetime.datetime | None = None
    """Expiration date of the referral code. Referral never expires if this is omitted."""
    friend_profile_integration_id: str | None = None
    """An optional Integration ID of the Friend's Profile."""
    attributes: dict[str, Any] | None = None
    """Arbitrary properties associated with this item."""
    import_id: int | None = None
    """The ID of the Import which created this referral."""
    batch_id: str | None = None
    """The ID of the batch the referrals belong to."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "usageLimit",
            "campaignId",
            "advocateProfileIntegrationId",
            "code",
            "usageCounter",
            "referredCustomers",
            "startDate",
            "expiryDate",
            "friendProfileIntegrationId",
            "attributes",
            "importId",
            "batchId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a InventoryReferral from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 8  # the keys of data accounted for: the required fields so far
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
            v = data["usageLimit"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("usageLimit") from None
            obj.usage_limit = v
            v = data["campaignId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("campaignId") from None
            obj.campaign_id = v
            v = data["advocateProfileIntegrationId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("advocateProfileIntegrationId")
            obj.advocate_profile_integration_id = v
            v = data["code"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("code")
            obj.code = v
            v = data["usageCounter"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("usageCounter") from None
            obj.usage_counter = v
            v = data["referredCustomers"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("referredCustomers")
            try:
                v = _t.parse_plain_list(v, "str")
            except _t.SchemaError as exc:
                raise exc.at("referredCustomers") from None
            obj.referred_customers = v
            v = data.get("startDate")
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
                        raise exc.at("startDate") from None
            obj.start_date = v
            v = data.get("expiryDate")
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
                        raise exc.at("expiryDate") from None
            obj.expiry_date = v
            v = data.get("friendProfileIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("friendProfileIntegrationId")
            obj.friend_profile_integration_id = v
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data.get("importId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("importId") from None
            obj.import_id = v
            v = data.get("batchId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("batchId")
            obj.batch_id = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This InventoryReferral as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.usage_limit
        if v is not None:
            out["usageLimit"] = v

        v = self.campaign_id
        if v is not None:
            out["campaignId"] = v

        v = self.advocate_profile_integration_id
        if v is not None:
            out["advocateProfileIntegrationId"] = v

        v = self.code
        if v is not None:
            out["code"] = v

        v = self.usage_counter
        if v is not None:
            out["usageCounter"] = v

        v = self.referred_customers
        if v is not None:
            out["referredCustomers"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        v = self.friend_profile_integration_id
        if v is not None:
            out["friendProfileIntegrationId"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.import_id
        if v is not None:
            out["importId"] = v

        v = self.batch_id
        if v is not None:
            out["batchId"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = InventoryReferral._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

InventoryReferral.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of this entity."),
    _t.Field("created", "created", "datetime", True, description="The time this entity was created."),
    _t.Field(
        "usage_limit",
        "usageLimit",
        "int",
        True,
        description="The number of times a referral code can be used. `0` means no limit but any campaign usage limits will still apply.",
    ),
    _t.Field(
        "campaign_id",
        "campaignId",
        "int",
        True,
        description="ID of the campaign from which the referral received the referral code.",
    ),
    _t.Field(
        "advocate_profile_integration_id",
        "advocateProfileIntegrationId",
        "str",
        True,
        description="The Integration ID of the Advocate's Profile.",
    ),
    _t.Field("code", "code", "str", True, description="The referral code."),
    _t.Field(
        "usage_counter",
        "usageCounter",
        "int",
        True,
        description="The number of times this referral code has been successfully used.",
    ),
    _t.Field(
        "referred_customers",
        "referredCustomers",
        "list",
        True,
        item_kind="str",
        description="An array of referred customers.",
    ),
    _t.Field(
        "start_date",
        "startDate",
        "datetime",
        False,
        description="Timestamp at which point the referral code becomes valid.",
    ),
    _t.Field(
        "expiry_date",
        "expiryDate",
        "datetime",
        False,
        description="Expiration date of the referral code. Referral never expires if this is omitted.",
    ),
    _t.Field(
        "friend_profile_integration_id",
        "friendProfileIntegrationId",
        "str",
        False,
        description="An optional Integration ID of the Friend's Profile.",
    ),
    _t.Field(
        "attributes", "attributes", "object", False, description="Arbitrary properties associated with this item."
    ),
    _t.Field("import_id", "importId", "int", False, description="The ID of the Import which created this referral."),
    _t.Field("batch_id", "batchId", "str", False, description="The ID of the batch the referrals belong to."),
)
