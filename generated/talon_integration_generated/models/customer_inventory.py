"""CustomerInventory: CustomerInventory (Talon.One Integration API; SDK 9 model CustomerInventory).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CustomerInventory"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomerInventory(_t.Model):
    """CustomerInventory (Talon.One Integration API; SDK 9 model CustomerInventory)."""

    profile: CustomerProfile | None = None
    """A customer profile as the service stores it."""
    loyalty: Loyalty | None = None
    """The profile's loyalty balances, in profile-based programs and on loyalty cards."""
    referrals: list[InventoryReferral] | None = None
    coupons: list[InventoryCoupon] | None = None
    """The coupons reserved by this profile. This array includes hard and soft reservations."""
    giveaways: list[Giveaway] | None = None
    achievements: list[AchievementProgressWithDefinition] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "profile",
            "loyalty",
            "referrals",
            "coupons",
            "giveaways",
            "achievements",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerInventory from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("profile")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("profile")
                try:
                    v = _parse_CustomerProfile(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("profile") from None
            obj.profile = v
            v = data.get("loyalty")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("loyalty")
                try:
                    v = _parse_Loyalty(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("loyalty") from None
            obj.loyalty = v
            v = data.get("referrals")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("referrals")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_InventoryReferral(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("referrals") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(
                                _parse_InventoryReferral(x, consume) if type(x) is dict else _t.not_an_object(x)
                            )
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("referrals") from None  # the index of the item that failed
                    v = items
            obj.referrals = v
            v = data.get("coupons")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("coupons")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_InventoryCoupon(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("coupons") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(_parse_InventoryCoupon(x, consume) if type(x) is dict else _t.not_an_object(x))
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("coupons") from None  # the index of the item that failed
                    v = items
            obj.coupons = v
            v = data.get("giveaways")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("giveaways")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_Giveaway(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("giveaways") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(_parse_Giveaway(x, consume) if type(x) is dict else _t.not_an_object(x))
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("giveaways") from None  # the index of the item that failed
                    v = items
            obj.giveaways = v
            v = data.get("achievements")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("achievements")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = (
                                _parse_AchievementProgressWithDefinition(x, consume)
                                if type(x) is dict
                                else _t.not_an_object(x)
                            )
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("achievements") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(
                                _parse_AchievementProgressWithDefinition(x, consume)
                                if type(x) is dict
                                else _t.not_an_object(x)
                            )
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("achievements") from None  # the index of the item that failed
                    v = items
            obj.achievements = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomerInventory as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.profile
        if v is not None:
            out["profile"] = v.to_dict()

        v = self.loyalty
        if v is not None:
            out["loyalty"] = v.to_dict()

        v = self.referrals
        if v is not None:
            out["referrals"] = [x.to_dict() for x in v]

        v = self.coupons
        if v is not None:
            out["coupons"] = [x.to_dict() for x in v]

        v = self.giveaways
        if v is not None:
            out["giveaways"] = [x.to_dict() for x in v]

        v = self.achievements
        if v is not None:
            out["achievements"] = [x.to_dict() for x in v]

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CustomerInventory._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .achievement_progress_with_definition import AchievementProgressWithDefinition
from .customer_profile import CustomerProfile
from .giveaway import Giveaway
from .inventory_coupon import InventoryCoupon
from .inventory_referral import InventoryReferral
from .loyalty import Loyalty

CustomerInventory.FIELDS = (
    _t.Field(
        "profile",
        "profile",
        "model",
        False,
        model=CustomerProfile,
        description="A customer profile as the service stores it.",
    ),
    _t.Field(
        "loyalty",
        "loyalty",
        "model",
        False,
        model=Loyalty,
        description="The profile's loyalty balances, in profile-based programs and on loyalty cards.",
    ),
    _t.Field("referrals", "referrals", "list", False, item_kind="model", model=InventoryReferral),
    _t.Field(
        "coupons",
        "coupons",
        "list",
        False,
        item_kind="model",
        model=InventoryCoupon,
        description="The coupons reserved by this profile. This array includes hard and soft reservations.",
    ),
    _t.Field("giveaways", "giveaways", "list", False, item_kind="model", model=Giveaway),
    _t.Field("achievements", "achievements", "list", False, item_kind="model", model=AchievementProgressWithDefinition),
)
_parse_CustomerProfile = CustomerProfile._parse
_parse_Loyalty = Loyalty._parse
_parse_InventoryReferral = InventoryReferral._parse
_parse_InventoryCoupon = InventoryCoupon._parse
_parse_Giveaway = Giveaway._parse
_parse_AchievementProgressWithDefinition = AchievementProgressWithDefinition._parse
