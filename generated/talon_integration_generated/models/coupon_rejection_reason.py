"""CouponRejectionReason: Why the session's coupon was rejected; present with a rejectCoupon effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CouponRejectionReason"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CouponRejectionReason(_t.Model):
    """Why the session's coupon was rejected; present with a rejectCoupon effect."""

    campaign_id: int
    """The campaign evaluated, or -1 when the code matched none."""
    coupon_id: int
    """The coupon, or 0 when the code matched none."""
    reason: str
    """The reason (see CouponRejectionReasonCode)."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "campaignId",
            "couponId",
            "reason",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CouponRejectionReason from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["campaignId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("campaignId") from None
            obj.campaign_id = v
            v = data["couponId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("couponId") from None
            obj.coupon_id = v
            v = data["reason"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("reason")
            obj.reason = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CouponRejectionReason as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.campaign_id
        if v is not None:
            out["campaignId"] = v

        v = self.coupon_id
        if v is not None:
            out["couponId"] = v

        v = self.reason
        if v is not None:
            out["reason"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CouponRejectionReason._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

CouponRejectionReason.FIELDS = (
    _t.Field(
        "campaign_id",
        "campaignId",
        "int",
        True,
        description="The campaign evaluated, or -1 when the code matched none.",
    ),
    _t.Field("coupon_id", "couponId", "int", True, description="The coupon, or 0 when the code matched none."),
    _t.Field("reason", "reason", "str", True, description="The reason (see CouponRejectionReasonCode)."),
)
