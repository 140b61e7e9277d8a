"""NewReferralsForMultipleAdvocates: NewReferralsForMultipleAdvocates (Talon.One Integration API; SDK 9 model
NewReferralsForMultipleAdvocates).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t

__all__ = ["NewReferralsForMultipleAdvocates", "NewReferralsForMultipleAdvocatesDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class NewReferralsForMultipleAdvocates(_t.Model):
    """NewReferralsForMultipleAdvocates (Talon.One Integration API; SDK 9 model NewReferralsForMultipleAdvocates)."""

    usage_limit: int
    """The number of times a referral code can be used. `0` means no limit but any campaign usage limits will still
    apply."""
    campaign_id: int
    """The ID of the campaign from which the referral received the referral code."""
    advocate_profile_integration_ids: list[str]
    """An array containing all the respective advocate profiles."""
    start_date: datetime.datetime | None = None
    """Timestamp at which point the referral code becomes valid."""
    expiry_date: datetime.datetime | None = None
    """Expiration date of the referral code. Referral never expires if this is omitted."""
    attributes: dict[str, Any] | None = None
    """Arbitrary properties associated with this referral code."""
    valid_characters: list[str] | None = None
    """List of characters used to generate the random parts of a code. By default, the list of characters is
    equivalent to the `[A-Z, 0-9]` regular expression."""
    referral_pattern: str | None = None
    """The pattern used to generate referrals. The character `#` is a placeholder and is replaced by a random
    character from the `validCharacters` set."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "usageLimit",
            "campaignId",
            "advocateProfileIntegrationIds",
            "startDate",
            "expiryDate",
            "attributes",
            "validCharacters",
            "referralPattern",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a NewReferralsForMultipleAdvocates from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
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
            v = data["advocateProfileIntegrationIds"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("advocateProfileIntegrationIds")
            try:
                v = _t.parse_plain_list(v, "str")
            except _t.SchemaError as exc:
                raise exc.at("advocateProfileIntegrationIds") from None
            obj.advocate_profile_integration_ids = v
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
            v = data.get("validCharacters")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("validCharacters")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("validCharacters") from None
            obj.valid_characters = v
            v = data.get("referralPattern")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("referralPattern")
            obj.referral_pattern = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This NewReferralsForMultipleAdvocates as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.usage_limit
        if v is not None:
            out["usageLimit"] = v

        v = self.campaign_id
        if v is not None:
            out["campaignId"] = v

        v = self.advocate_profile_integration_ids
        if v is not None:
            out["advocateProfileIntegrationIds"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.valid_characters
        if v is not None:
            out["validCharacters"] = v

        v = self.referral_pattern
        if v is not None:
            out["referralPattern"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a NewReferralsForMultipleAdvocates or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "NewReferralsForMultipleAdvocates")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "NewReferralsForMultipleAdvocates")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.usage_limit
            if not (type(v) is int and v >= 0.0 and v <= 999999.0):
                v = _t.input_integer(v, True, minimum=0.0, maximum=999999.0)
            out["usageLimit"] = v
            w = 1
            v = value.campaign_id
            if not (type(v) is int):
                v = _t.input_integer(v, True)
            out["campaignId"] = v
            w = 2
            v = value.advocate_profile_integration_ids
            if type(v) is not list:
                v = _t.input_list(v, True)
            v = _t.input_items(v, _t.item_check("str"))
            out["advocateProfileIntegrationIds"] = v
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
            v = value.attributes
            if v is not None:
                w = 5
                if not (_t.plain_object(v)):
                    v = _t.input_object(v, False)
                out["attributes"] = v
            v = value.valid_characters
            if v is not None:
                w = 6
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("str"))
                out["validCharacters"] = v
            v = value.referral_pattern
            if v is not None:
                w = 7
                if not (type(v) is str and len(v) >= 3 and len(v) <= 100):
                    v = _t.input_text(v, False, min_length=3, max_length=100)
                out["referralPattern"] = v
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
                    f"must not set the NewReferralsForMultipleAdvocates fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class NewReferralsForMultipleAdvocatesDict(TypedDict, total=False):
    """A NewReferralsForMultipleAdvocates as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    usage_limit: Required[int]
    campaign_id: Required[int]
    advocate_profile_integration_ids: Required[Sequence[str]]
    start_date: datetime.datetime | str | None
    expiry_date: datetime.datetime | str | None
    attributes: Mapping[str, Any] | None
    valid_characters: Sequence[str] | None
    referral_pattern: str | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "usage_limit",
        "campaign_id",
        "advocate_profile_integration_ids",
        "start_date",
        "expiry_date",
        "attributes",
        "valid_characters",
        "referral_pattern",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "usage_limit": None,
    "campaign_id": None,
    "advocate_profile_integration_ids": None,
}
_new = object.__new__
_WIRE_NAMES = NewReferralsForMultipleAdvocates._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

NewReferralsForMultipleAdvocates.FIELDS = (
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
        description="The ID of the campaign from which the referral received the referral code.",
    ),
    _t.Field(
        "advocate_profile_integration_ids",
        "advocateProfileIntegrationIds",
        "list",
        True,
        item_kind="str",
        description="An array containing all the respective advocate profiles.",
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
        "attributes",
        "attributes",
        "object",
        False,
        description="Arbitrary properties associated with this referral code.",
    ),
    _t.Field(
        "valid_characters",
        "validCharacters",
        "list",
        False,
        item_kind="str",
        description="List of characters used to generate the random parts of a code. By default, the list of characters is equivalent to the `[A-Z, 0-9]` regular expression.",
    ),
    _t.Field(
        "referral_pattern",
        "referralPattern",
        "str",
        False,
        description="The pattern used to generate referrals. The character `#` is a placeholder and is replaced by a random character from the `validCharacters` set.",
    ),
)
