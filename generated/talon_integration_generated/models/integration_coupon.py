"""IntegrationCoupon: IntegrationCoupon (Talon.One Integration API; SDK 9 model IntegrationCoupon).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["IntegrationCoupon"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class IntegrationCoupon(_t.Model):
    """IntegrationCoupon (Talon.One Integration API; SDK 9 model IntegrationCoupon)."""

    id: int
    """The internal ID of the coupon."""
    created: datetime.datetime
    """The time the coupon was created."""
    campaign_id: int
    """The ID of the campaign that owns this entity."""
    value: str
    """The coupon code."""
    usage_limit: int
    """The number of times the coupon code can be redeemed. `0` means unlimited redemptions but any campaign usage
    limits will still apply."""
    usage_counter: int
    """The number of times the coupon has been successfully redeemed."""
    profile_redemption_count: int
    """The number of times the coupon was redeemed by the profile."""
    discount_limit: float | None = None
    """The total discount value that the code can give. Typically used to represent a gift card value."""
    reservation_limit: int | None = None
    """The number of reservations that can be made with this coupon code."""
    start_date: datetime.datetime | None = None
    """Timestamp at which point the coupon becomes valid."""
    expiry_date: datetime.datetime | None = None
    """Expiration date of the coupon. Coupon never expires if this is omitted."""
    limits: list[LimitConfig] | None = None
    """Limits configuration for a coupon. These limits will override the limits set from the campaign. **Note:**
    Only usable when creating a single coupon which is not tied to a specific recipient."""
    discount_counter: float | None = None
    """The amount of discounts given on rules redeeming this coupon. Only usable if a coupon discount budget was
    set for this coupon."""
    discount_remainder: float | None = None
    """The remaining discount this coupon can give."""
    reservation_counter: float | None = None
    """The number of times this coupon has been reserved."""
    attributes: dict[str, Any] | None = None
    """Custom attributes associated with this coupon."""
    referral_id: int | None = None
    """The integration ID of the referring customer (if any) for whom this coupon was created as an effect."""
    recipient_integration_id: str | None = None
    """The Integration ID of the customer that is allowed to redeem this coupon."""
    import_id: int | None = None
    """The ID of the Import which created this coupon."""
    reservation: bool | None = None
    """Defines the reservation type: - `true`: The coupon can be reserved for multiple customers. - `false`: The
    coupon can be reserved only for one customer. It is a personal code."""
    batch_id: str | None = None
    """The id of the batch the coupon belongs to."""
    is_reservation_mandatory: bool | None = None
    """An indication of whether the code can be redeemed only if it has been reserved first."""
    implicitly_reserved: bool | None = None
    """An indication of whether the coupon is implicitly reserved for all customers."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "created",
            "campaignId",
            "value",
            "usageLimit",
            "usageCounter",
            "profileRedemptionCount",
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
        """Build a IntegrationCoupon from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
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
            v = data["profileRedemptionCount"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("profileRedemptionCount") from None
            obj.profile_redemption_count = v
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
        """This IntegrationCoupon as JSON-ready data with the service's field names, unknown fields included."""
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

        v = self.profile_redemption_count
        if v is not None:
            out["profileRedemptionCount"] = v

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
_WIRE_NAMES = IntegrationCoupon._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .limit_config import LimitConfig

IntegrationCoupon.FIELDS = (
    _t.Field("id", "id", "int", True, description="The internal ID of the coupon."),
    _t.Field("created", "created", "datetime", True, description="The time the coupon was created."),
    _t.Field("campaign_id", "campaignId", "int", True, description="The ID of the campaign that owns this entity."),
    _t.Field("value", "value", "str", True, description="The coupon code."),
    _t.Field(
        "usage_limit",
        "usageLimit",
        "int",
        True,
        description="The number of times the coupon code can be redeemed. `0` means unlimited redemptions but any campaign usage limits will still apply.",
    ),
    _t.Field(
        "usage_counter",
        "usageCounter",
        "int",
        True,
        description="The number of times the coupon has been successfully redeemed.",
    ),
    _t.Field(
        "profile_redemption_count",
        "profileRedemptionCount",
        "int",
        True,
        description="The number of times the coupon was redeemed by the profile.",
    ),
    _t.Field(
        "discount_limit",
        "discountLimit",
        "float",
        False,
        description="The total discount value that the code can give. Typically used to represent a gift card value.",
    ),
    _t.Field(
        "reservation_limit",
        "reservationLimit",
        "int",
        False,
        description="The number of reservations that can be made with this coupon code.",
    ),
    _t.Field(
        "start_date", "startDate", "datetime", False, description="Timestamp at which point the coupon becomes valid."
    ),
    _t.Field(
        "expiry_date",
        "expiryDate",
        "datetime",
        False,
        description="Expiration date of the coupon. Coupon never expires if this is omitted.",
    ),
    _t.Field(
        "limits",
        "limits",
        "list",
        False,
        item_kind="model",
        model=LimitConfig,
        description="Limits configuration for a coupon. These limits will override the limits set from the campaign. **Note:** Only usable when creating a single coupon which is not tied to a specific recipient.",
    ),
    _t.Field(
        "discount_counter",
        "discountCounter",
        "float",
        False,
        description="The amount of discounts given on rules redeeming this coupon. Only usable if a coupon discount budget was set for this coupon.",
    ),
    _t.Field(
        "discount_remainder",
        "discountRemainder",
        "float",
        False,
        description="The remaining discount this coupon can give.",
    ),
    _t.Field(
        "reservation_counter",
        "reservationCounter",
        "float",
        False,
        description="The number of times this coupon has been reserved.",
    ),
    _t.Field("attributes", "attributes", "object", False, description="Custom attributes associated with this coupon."),
    _t.Field(
        "referral_id",
        "referralId",
        "int",
        False,
        description="The integration ID of the referring customer (if any) for whom this coupon was created as an effect.",
    ),
    _t.Field(
        "recipient_integration_id",
        "recipientIntegrationId",
        "str",
        False,
        description="The Integration ID of the customer that is allowed to redeem this coupon.",
    ),
    _t.Field("import_id", "importId", "int", False, description="The ID of the Import which created this coupon."),
    _t.Field(
        "reservation",
        "reservation",
        "bool",
        False,
        description="Defines the reservation type: - `true`: The coupon can be reserved for multiple customers. - `false`: The coupon can be reserved only for one customer. It is a personal code.",
    ),
    _t.Field("batch_id", "batchId", "str", False, description="The id of the batch the coupon belongs to."),
    _t.Field(
        "is_reservation_mandatory",
        "isReservationMandatory",
        "bool",
        False,
        description="An indication of whether the code can be redeemed only if it has been reserved first.",
    ),
    _t.Field(
        "implicitly_reserved",
        "implicitlyReserved",
        "bool",
        False,
        description="An indication of whether the coupon is implicitly reserved for all customers.",
    ),
)
_parse_LimitConfig = LimitConfig._parse
