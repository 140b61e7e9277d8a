"""Meta: Details of how the rules were evaluated.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["Meta"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class Meta(_t.Model):
    """Details of how the rules were evaluated."""

    campaigns: dict[str, Any] | None = None
    """The custom attributes of each evaluated campaign, by campaign ID; campaigns without attributes are left out."""
    coupons: dict[str, Any] | None = None
    """The attributes of each evaluated coupon, by coupon code."""
    coupon_rejection_reason: CouponRejectionReason | None = None
    """Why the session's coupon was rejected; present with a rejectCoupon effect."""
    referral_rejection_reason: ReferralRejectionReason | None = None
    """Why the session's referral code was rejected; present with a rejectReferral effect."""
    warnings: dict[str, Any] | None = None
    """Warnings about possible misuse raised while evaluating the rules."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "campaigns",
            "coupons",
            "couponRejectionReason",
            "referralRejectionReason",
            "warnings",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a Meta from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("campaigns")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("campaigns")
            obj.campaigns = v
            v = data.get("coupons")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("coupons")
            obj.coupons = v
            v = data.get("couponRejectionReason")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("couponRejectionReason")
                try:
                    v = _parse_CouponRejectionReason(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("couponRejectionReason") from None
            obj.coupon_rejection_reason = v
            v = data.get("referralRejectionReason")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("referralRejectionReason")
                try:
                    v = _parse_ReferralRejectionReason(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("referralRejectionReason") from None
            obj.referral_rejection_reason = v
            v = data.get("warnings")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("warnings")
            obj.warnings = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This Meta as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.campaigns
        if v is not None:
            out["campaigns"] = v

        v = self.coupons
        if v is not None:
            out["coupons"] = v

        v = self.coupon_rejection_reason
        if v is not None:
            out["couponRejectionReason"] = v.to_dict()

        v = self.referral_rejection_reason
        if v is not None:
            out["referralRejectionReason"] = v.to_dict()

        v = self.warnings
        if v is not None:
            out["warnings"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = Meta._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .coupon_rejection_reason import CouponRejectionReason
from .referral_rejection_reason import ReferralRejectionReason

Meta.FIELDS = (
    _t.Field(
        "campaigns",
        "campaigns",
        "object",
        False,
        description="The custom attributes of each evaluated campaign, by campaign ID; campaigns without attributes are left out.",
    ),
    _t.Field(
        "coupons", "coupons", "object", False, description="The attributes of each evaluated coupon, by coupon code."
    ),
    _t.Field(
        "coupon_rejection_reason",
        "couponRejectionReason",
        "model",
        False,
        model=CouponRejectionReason,
        description="Why the session's coupon was rejected; present with a rejectCoupon effect.",
    ),
    _t.Field(
        "referral_rejection_reason",
        "referralRejectionReason",
        "model",
        False,
        model=ReferralRejectionReason,
        description="Why the session's referral code was rejected; present with a rejectReferral effect.",
    ),
    _t.Field(
        "warnings",
        "warnings",
        "object",
        False,
        description="Warnings about possible misuse raised while evaluating the rules.",
    ),
)
_parse_CouponRejectionReason = CouponRejectionReason._parse
_parse_ReferralRejectionReason = ReferralRejectionReason._parse
