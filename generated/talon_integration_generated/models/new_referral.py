"""NewReferral: A referral code to create for an advocate.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["NewReferral", "NewReferralDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class NewReferral(_t.Model):
    """A referral code to create for an advocate."""

    campaign_id: int
    """The referral campaign the code belongs to."""
    advocate_profile_integration_id: str
    """The integration ID of the advocate's profile."""
    friend_profile_integration_id: str | None = None
    """The integration ID of the friend's profile, when the code is for one friend only."""
    start_date: datetime.datetime | None = None
    """When the code becomes valid."""
    expiry_date: datetime.datetime | None = None
    """When the code stops being valid; never, when absent."""
    usage_limit: int | None = None
    """How many times the code may be used; 0 means no limit (campaign limits still apply)."""
    attributes: dict[str, Any] | None = None
    """Referral attributes defined in the Application, by name."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "campaignId",
            "advocateProfileIntegrationId",
            "friendProfileIntegrationId",
            "startDate",
            "expiryDate",
            "usageLimit",
            "attributes",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a NewReferral from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
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
            v = data.get("usageLimit")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("usageLimit") from None
            obj.usage_limit = v
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
        """This NewReferral as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.campaign_id
        if v is not None:
            out["campaignId"] = v

        v = self.advocate_profile_integration_id
        if v is not None:
            out["advocateProfileIntegrationId"] = v

        v = self.friend_profile_integration_id
        if v is not None:
            out["friendProfileIntegrationId"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        v = self.usage_limit
        if v is not None:
            out["usageLimit"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a NewReferral or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "NewReferral")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "NewReferral")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.campaign_id
            if not (type(v) is int and v >= 1.0):
                v = _t.input_integer(v, True, minimum=1.0)
            out["campaignId"] = v
            w = 1
            v = value.advocate_profile_integration_id
            if not (type(v) is str and len(v) >= 1 and len(v) <= 1000):
                v = _t.input_text(v, True, min_length=1, max_length=1000)
            out["advocateProfileIntegrationId"] = v
            v = value.friend_profile_integration_id
            if v is not None:
                w = 2
                if not (type(v) is str and len(v) >= 1):
                    v = _t.input_text(v, False, min_length=1)
                out["friendProfileIntegrationId"] = v
            v = value.start_date
            if v is not None:
                w = 3
                v = _t.input_datetime(v, False)
                out["startDate"] = v
            v = value.expiry_date
            if v is not None:
                w = 4
                v = _t.input_datetime(v, False)
                out["expiryDate"] = v
            v = value.usage_limit
            if v is not None:
                w = 5
                if not (type(v) is int and v >= 0.0 and v <= 999999.0):
                    v = _t.input_integer(v, False, minimum=0.0, maximum=999999.0)
                out["usageLimit"] = v
            v = value.attributes
            if v is not None:
                w = 6
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
                    f"must not set the NewReferral fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class NewReferralDict(TypedDict, total=False):
    """A NewReferral as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    campaign_id: Required[int]
    advocate_profile_integration_id: Required[str]
    friend_profile_integration_id: str | None
    start_date: datetime.datetime | str | None
    expiry_date: datetime.datetime | str | None
    usage_limit: int | None
    attributes: Mapping[str, Any] | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "campaign_id",
        "advocate_profile_integration_id",
        "friend_profile_integration_id",
        "start_date",
        "expiry_date",
        "usage_limit",
        "attributes",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "campaign_id": None,
    "advocate_profile_integration_id": None,
}
_new = object.__new__
_WIRE_NAMES = NewReferral._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

NewReferral.FIELDS = (
    _t.Field("campaign_id", "campaignId", "int", True, description="The referral campaign the code belongs to."),
    _t.Field(
        "advocate_profile_integration_id",
        "advocateProfileIntegrationId",
        "str",
        True,
        description="The integration ID of the advocate's profile.",
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
    _t.Field(
        "usage_limit",
        "usageLimit",
        "int",
        False,
        description="How many times the code may be used; 0 means no limit (campaign limits still apply).",
    ),
    _t.Field(
        "attributes",
        "attributes",
        "object",
        False,
        description="Referral attributes defined in the Application, by name.",
    ),
)
