"""Referral: A referral code and its limits.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Referral"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Referral(_t.Model):
    """A referral code and its limits."""

    id: int
    """The referral's ID."""
    created: datetime.datetime
    """When the referral was created."""
    campaign_id: int
    """The referral campaign."""
    advocate_profile_integration_id: str
    """The integration ID of the advocate's profile."""
    code: str
    """The referral code, chosen by the service."""
    usage_counter: int
    """How many times the code was used."""
    usage_limit: int
    """How many times the code may be used; 0 means no limit (campaign limits still apply)."""
    friend_profile_integration_id: str | None = None
    """The integration ID of the friend's profile, when the code is for one friend only."""
    start_date: datetime.datetime | None = None
    """When the code becomes valid."""
    expiry_date: datetime.datetime | None = None
    """When the code stops being valid; never, when absent."""
    attributes: dict[str, Any] | None = None
    """Referral attributes, by name."""
    import_id: int | None = None
    """The import that created the referral, if any."""
    batch_id: str | None = None
    """The batch the referral was created in, if any."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "campaignId",
            "advocateProfileIntegrationId",
            "code",
            "usageCounter",
            "usageLimit",
            "friendProfileIntegrationId",
            "startDate",
            "expiryDate",
            "attributes",
            "importId",
            "batchId",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Referral from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 7  # the keys of data accounted for: the required fields so far
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
            v = data["usageLimit"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("usageLimit") from None
            obj.usage_limit = v
            v = data.get("friendProfileIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("friendProfileIntegrationId")
            obj.friend_profile_integration_id = v
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
        """This Referral as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

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

        v = self.usage_limit
        if v is not None:
            out["usageLimit"] = v

        v = self.friend_profile_integration_id
        if v is not None:
            out["friendProfileIntegrationId"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

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
_WIRE_NAMES = Referral._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

Referral.FIELDS = (
    _t.Field("id", "id", "int", True, description="The referral's ID."),
    _t.Field("created", "created", "datetime", True, description="When the referral was created."),
    _t.Field("campaign_id", "campaignId", "int", True, description="The referral campaign."),
    _t.Field(
        "advocate_profile_integration_id",
        "advocateProfileIntegrationId",
        "str",
        True,
        description="The integration ID of the advocate's profile.",
    ),
    _t.Field("code", "code", "str", True, description="The referral code, chosen by the service."),
    _t.Field("usage_counter", "usageCounter", "int", True, description="How many times the code was used."),
    _t.Field(
        "usage_limit",
        "usageLimit",
        "int",
        True,
        description="How many times the code may be used; 0 means no limit (campaign limits still apply).",
    ),
    _t.Field(
        "friend_profile_integration_id",
        "friendProfileIntegrationId",
        "str",
        False,
        description="The integration ID of the friend's profile, when the code is for one friend only.",
    ),
    _t.Field("start_date", "startDate", "datetime", False, description="When the code becomes valid."),
    _t.Field(
        "expiry_date",
        "expiryDate",
        "datetime",
        False,
        description="When the code stops being valid; never, when absent.",
    ),
    _t.Field("attributes", "attributes", "object", False, description="Referral attributes, by name."),
    _t.Field("import_id", "importId", "int", False, description="The import that created the referral, if any."),
    _t.Field("batch_id", "batchId", "str", False, description="The batch the referral was created in, if any."),
)
