"""Coupon: A coupon code and its limits.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Coupon"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Coupon(_t.Model):
    """A coupon code and its limits."""

    id: int
    """The coupon's ID."""
    created: datetime.datetime
    """When the coupon was created."""
    campaign_id: int
    """The campaign the coupon belongs to."""
    value: str
    """The coupon code."""
    usage_limit: int
    """How many times the coupon may be redeemed; 0 means no limit (campaign limits still apply)."""
    usage_counter: int
    """How many times the coupon was redeemed."""
    discount_limit: float | None = None
    """The total discount the code may give, e.g. a gift card's value."""
    reservation_limit: int | None = None
    """How many reservations of the code may be made."""
    start_date: datetime.datetime | None = None
    """When the coupon becomes valid."""
    expiry_date: datetime.datetime | None = None
    """When the coupon stops being valid; never, when absent."""
    limits: list[LimitConfig] | None = None
    """Limits of this coupon that override the campaign's (per-profile limits only)."""
    discount_counter: float | None = None
    """The discount given so far by rules redeeming the coupon, when it has a discount budget."""
    discount_remainder: float | None = None
    """The discount the coupon can still give."""
    reservation_counter: float | None = None
    """How many times the coupon was reserved."""
    attributes: dict[str, Any] | None = None
    """Coupon attributes, by name."""
    referral_id: int | None = None
    """The referral the coupon was created for, if any."""
    recipient_integration_id: str | None = None
    """The only profile that may use the coupon, if any."""
    import_id: int | None = None
    """The import that created the coupon, if any."""
    reservation: bool | None = None
    """True when the coupon can be reserved for many customers; false when it is personal, for one customer only."""
    batch_id: str | None = None
    """The batch the coupon was created in, if any."""
    is_reservation_mandatory: bool | None = None
    """Whether the code can be redeemed only by a customer who reserved it first."""
    implicitly_reserved: bool | None = None
    """Whether the coupon is reserved for every customer without a reservation call (coupon visibility)."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "campaignId",
            "value",
            "usageLimit",
            "usageCounter",
            "discountLimit",
            "reservationLimit",
            "startDate",
            "expiryDate",
            "limits",
            "discountCounter",
            "discountRemainder",
            "reservationCounter",
            "attributes",
            "referralId",
            "recipientIntegrationId",
            "importId",
            "reservation",
            "batchId",
            "isReservationMandatory",
            "implicitlyReserved",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Coupon from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
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
            v = data["value"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("value")
            obj.value = v
            v = data["usageLimit"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("usageLimit") from None
            obj.usage_limit = v
            v = data["usageCounter"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("usageCounter") from None
            obj.usage_counter = v
            v = data.get("discountLimit")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("discountLimit")
            obj.discount_limit = v
            v = data.get("reservationLimit")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("reservationLimit") from None
            obj.reservation_limit = v
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
            v = data.get("limits")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
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
            v = data.get("discountCounter")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("discountCounter")
            obj.discount_counter = v
            v = data.get("discountRemainder")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("discountRemainder")
            obj.discount_remainder = v
            v = data.get("reservationCounter")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("reservationCounter")
            obj.reservation_counter = v
            v = data.get("attributes")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data.get("referralId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("referralId") from None
            obj.referral_id = v
            v = data.get("recipientIntegrationId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("recipientIntegrationId")
            obj.recipient_integration_id = v
            v = data.get("importId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("importId") from None
            obj.import_id = v
            v = data.get("reservation")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("reservation")
            obj.reservation = v
            v = data.get("batchId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("batchId")
            obj.batch_id = v
            v = data.get("isReservationMandatory")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("isReservationMandatory")
            obj.is_reservation_mandatory = v
            v = data.get("implicitlyReserved")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("implicitlyReserved")
            obj.implicitly_reserved = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Coupon as JSON-ready data with the service's field names, unknown fields included."""
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

        v = self.value
        if v is not None:
            out["value"] = v

        v = self.usage_limit
        if v is not None:
            out["usageLimit"] = v

        v = self.usage_counter
        if v is not None:
            out["usageCounter"] = v

        v = self.discount_limit
        if v is not None:
            out["discountLimit"] = v

        v = self.reservation_limit
        if v is not None:
            out["reservationLimit"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        v = self.limits
        if v is not None:
            out["limits"] = [x.to_dict() for x in v]

        v = self.discount_counter
        if v is not None:
            out["discountCounter"] = v

        v = self.discount_remainder
        if v is not None:
            out["discountRemainder"] = v

        v = self.reservation_counter
        if v is not None:
            out["reservationCounter"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.referral_id
        if v is not None:
            out["referralId"] = v

        v = self.recipient_integration_id
        if v is not None:
            out["recipientIntegrationId"] = v

        v = self.import_id
        if v is not None:
            out["importId"] = v

        v = self.reservation
        if v is not None:
            out["reservation"] = v

        v = self.batch_id
        if v is not None:
            out["batchId"] = v

        v = self.is_reservation_mandatory
        if v is not None:
            out["isReservationMandatory"] = v

        v = self.implicitly_reserved
        if v is not None:
            out["implicitlyReserved"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Coupon._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .limit_config import LimitConfig

Coupon.FIELDS = (
    _t.Field("id", "id", "int", True, description="The coupon's ID."),
    _t.Field("created", "created", "datetime", True, description="When the coupon was created."),
    _t.Field("campaign_id", "campaignId", "int", True, description="The campaign the coupon belongs to."),
    _t.Field("value", "value", "str", True, description="The coupon code."),
    _t.Field(
        "usage_limit",
        "usageLimit",
        "int",
        True,
        description="How many times the coupon may be redeemed; 0 means no limit (campaign limits still apply).",
    ),
    _t.Field("usage_counter", "usageCounter", "int", True, description="How many times the coupon was redeemed."),
    _t.Field(
        "discount_limit",
        "discountLimit",
        "float",
        False,
        description="The total discount the code may give, e.g. a gift card's value.",
    ),
    _t.Field(
        "reservation_limit",
        "reservationLimit",
        "int",
        False,
        description="How many reservations of the code may be made.",
    ),
    _t.Field("start_date", "startDate", "datetime", False, description="When the coupon becomes valid."),
    _t.Field(
        "expiry_date",
        "expiryDate",
        "datetime",
        False,
        description="When the coupon stops being valid; never, when absent.",
    ),
    _t.Field(
        "limits",
        "limits",
        "list",
        False,
        item_kind="model",
        model=LimitConfig,
        description="Limits of this coupon that override the campaign's (per-profile limits only).",
    ),
    _t.Field(
        "discount_counter",
        "discountCounter",
        "float",
        False,
        description="The discount given so far by rules redeeming the coupon, when it has a discount budget.",
    ),
    _t.Field(
        "discount_remainder", "discountRemainder", "float", False, description="The discount the coupon can still give."
    ),
    _t.Field(
        "reservation_counter",
        "reservationCounter",
        "float",
        False,
        description="How many times the coupon was reserved.",
    ),
    _t.Field("attributes", "attributes", "object", False, description="Coupon attributes, by name."),
    _t.Field("referral_id", "referralId", "int", False, description="The referral the coupon was created for, if any."),
    _t.Field(
        "recipient_integration_id",
        "recipientIntegrationId",
        "str",
        False,
        description="The only profile that may use the coupon, if any.",
    ),
    _t.Field("import_id", "importId", "int", False, description="The import that created the coupon, if any."),
    _t.Field(
        "reservation",
        "reservation",
        "bool",
        False,
        description="True when the coupon can be reserved for many customers; false when it is personal, for one customer only.",
    ),
    _t.Field("batch_id", "batchId", "str", False, description="The batch the coupon was created in, if any."),
    _t.Field(
        "is_reservation_mandatory",
        "isReservationMandatory",
        "bool",
        False,
        description="Whether the code can be redeemed only by a customer who reserved it first.",
    ),
    _t.Field(
        "implicitly_reserved",
        "implicitlyReserved",
        "bool",
        False,
        description="Whether the coupon is reserved for every customer without a reservation call (coupon visibility).",
    ),
)
_parse_LimitConfig = LimitConfig._parse
