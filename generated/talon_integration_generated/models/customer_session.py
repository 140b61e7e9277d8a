"""CustomerSession: A customer session as the service stores it.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CustomerSession"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomerSession(_t.Model):
    """A customer session as the service stores it."""

    integration_id: str
    """The shop's own ID of the session."""
    created: datetime.datetime
    """When the session was created."""
    application_id: int
    """The Application the session belongs to."""
    profile_id: str
    """The integration ID of the profile; empty for an anonymous session."""
    coupon: str
    """The coupon code on the session; empty when none."""
    referral: str
    """The referral code on the session; empty when none."""
    state: str
    """The session's state (see CustomerSessionState)."""
    cart_items: list[CartItem]
    """The cart."""
    total: float
    """The session total before discounts."""
    attributes: dict[str, Any]
    """Session attributes, by name."""
    first_session: bool
    """Whether this is the profile's first session (always true for anonymous sessions)."""
    discounts: dict[str, float]
    """Each discount's label and amount, in the Application's currency."""
    updated: datetime.datetime
    """When the session last received an event."""
    identifiers: list[str] | None = None
    """Identifiers of the customer's device or account."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "integrationId",
            "created",
            "applicationId",
            "profileId",
            "coupon",
            "referral",
            "state",
            "cartItems",
            "total",
            "attributes",
            "firstSession",
            "discounts",
            "updated",
            "identifiers",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerSession from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 13  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["integrationId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("integrationId")
            obj.integration_id = v
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
            v = data["applicationId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("applicationId") from None
            obj.application_id = v
            v = data["profileId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("profileId")
            obj.profile_id = v
            v = data["coupon"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("coupon")
            obj.coupon = v
            v = data["referral"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("referral")
            obj.referral = v
            v = data["state"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("state")
            obj.state = v
            v = data["cartItems"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("cartItems")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_CartItem(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("cartItems") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_CartItem(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("cartItems") from None  # the index of the item that failed
                v = items
            obj.cart_items = v
            v = data["total"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("total")
            obj.total = v
            v = data["attributes"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data["firstSession"]
            if type(v) is not bool:
                raise _t.expected("a boolean", v).at("firstSession")
            obj.first_session = v
            v = data["discounts"]
            try:
                v = _t.parse_plain_map(v, "float")
            except _t.SchemaError as exc:
                raise exc.at("discounts") from None
            obj.discounts = v
            v = data["updated"]
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
                    raise exc.at("updated") from None
            obj.updated = v
            v = data.get("identifiers")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("identifiers")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("identifiers") from None
            obj.identifiers = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomerSession as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.integration_id
        if v is not None:
            out["integrationId"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.application_id
        if v is not None:
            out["applicationId"] = v

        v = self.profile_id
        if v is not None:
            out["profileId"] = v

        v = self.coupon
        if v is not None:
            out["coupon"] = v

        v = self.referral
        if v is not None:
            out["referral"] = v

        v = self.state
        if v is not None:
            out["state"] = v

        v = self.cart_items
        if v is not None:
            out["cartItems"] = [x.to_dict() for x in v]

        v = self.total
        if v is not None:
            out["total"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.first_session
        if v is not None:
            out["firstSession"] = v

        v = self.discounts
        if v is not None:
            out["discounts"] = v

        v = self.updated
        if v is not None:
            out["updated"] = v.isoformat()

        v = self.identifiers
        if v is not None:
            out["identifiers"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CustomerSession._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .cart_item import CartItem

CustomerSession.FIELDS = (
    _t.Field("integration_id", "integrationId", "str", True, description="The shop's own ID of the session."),
    _t.Field("created", "created", "datetime", True, description="When the session was created."),
    _t.Field("application_id", "applicationId", "int", True, description="The Application the session belongs to."),
    _t.Field(
        "profile_id",
        "profileId",
        "str",
        True,
        description="The integration ID of the profile; empty for an anonymous session.",
    ),
    _t.Field("coupon", "coupon", "str", True, description="The coupon code on the session; empty when none."),
    _t.Field("referral", "referral", "str", True, description="The referral code on the session; empty when none."),
    _t.Field("state", "state", "str", True, description="The session's state (see CustomerSessionState)."),
    _t.Field("cart_items", "cartItems", "list", True, item_kind="model", model=CartItem, description="The cart."),
    _t.Field("total", "total", "float", True, description="The session total before discounts."),
    _t.Field("attributes", "attributes", "object", True, description="Session attributes, by name."),
    _t.Field(
        "first_session",
        "firstSession",
        "bool",
        True,
        description="Whether this is the profile's first session (always true for anonymous sessions).",
    ),
    _t.Field(
        "discounts",
        "discounts",
        "map",
        True,
        item_kind="float",
        description="Each discount's label and amount, in the Application's currency.",
    ),
    _t.Field("updated", "updated", "datetime", True, description="When the session last received an event."),
    _t.Field(
        "identifiers",
        "identifiers",
        "list",
        False,
        item_kind="str",
        description="Identifiers of the customer's device or account.",
    ),
)
_parse_CartItem = CartItem._parse
