"""IntegrationState: What the service knows after an update, and what its rules decided (`event.effects`).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["IntegrationState"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class IntegrationState(_t.Model):
    """What the service knows after an update, and what its rules decided (`event.effects`)."""

    session: CustomerSession
    """A customer session as the service stores it."""
    profile: CustomerProfile
    """A customer profile as the service stores it."""
    event: Event
    """The event the update recorded, with the effects of the rules that fired."""
    loyalty: Loyalty | None = None
    """The profile's loyalty balances, in profile-based programs and on loyalty cards."""
    coupon: Coupon | None = None
    """A coupon code and its limits."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "session",
            "profile",
            "event",
            "loyalty",
            "coupon",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a IntegrationState from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 3  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["session"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("session")
            try:
                v = _parse_CustomerSession(v, consume)
            except _t.SchemaError as exc:
                raise exc.at("session") from None
            obj.session = v
            v = data["profile"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("profile")
            try:
                v = _parse_CustomerProfile(v, consume)
            except _t.SchemaError as exc:
                raise exc.at("profile") from None
            obj.profile = v
            v = data["event"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("event")
            try:
                v = _parse_Event(v, consume)
            except _t.SchemaError as exc:
                raise exc.at("event") from None
            obj.event = v
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
            v = data.get("coupon")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("coupon")
                try:
                    v = _parse_Coupon(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("coupon") from None
            obj.coupon = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This IntegrationState as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.session
        if v is not None:
            out["session"] = v.to_dict()

        v = self.profile
        if v is not None:
            out["profile"] = v.to_dict()

        v = self.event
        if v is not None:
            out["event"] = v.to_dict()

        v = self.loyalty
        if v is not None:
            out["loyalty"] = v.to_dict()

        v = self.coupon
        if v is not None:
            out["coupon"] = v.to_dict()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = IntegrationState._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .coupon import Coupon
from .customer_profile import CustomerProfile
from .customer_session import CustomerSession
from .event import Event
from .loyalty import Loyalty

IntegrationState.FIELDS = (
    _t.Field(
        "session",
        "session",
        "model",
        True,
        model=CustomerSession,
        description="A customer session as the service stores it.",
    ),
    _t.Field(
        "profile",
        "profile",
        "model",
        True,
        model=CustomerProfile,
        description="A customer profile as the service stores it.",
    ),
    _t.Field(
        "event",
        "event",
        "model",
        True,
        model=Event,
        description="The event the update recorded, with the effects of the rules that fired.",
    ),
    _t.Field(
        "loyalty",
        "loyalty",
        "model",
        False,
        model=Loyalty,
        description="The profile's loyalty balances, in profile-based programs and on loyalty cards.",
    ),
    _t.Field("coupon", "coupon", "model", False, model=Coupon, description="A coupon code and its limits."),
)
_parse_CustomerSession = CustomerSession._parse
_parse_CustomerProfile = CustomerProfile._parse
_parse_Event = Event._parse
_parse_Loyalty = Loyalty._parse
_parse_Coupon = Coupon._parse
