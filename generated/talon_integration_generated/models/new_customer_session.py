"""NewCustomerSession: The fields of a customer session to create or replace. Fields left out are not changed.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Self, TypedDict

import attrs

from .. import types as _t
from .customer_session_state import CustomerSessionState

__all__ = ["NewCustomerSession", "NewCustomerSessionDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class NewCustomerSession(_t.Model):
    """The fields of a customer session to create or replace. Fields left out are not changed."""

    profile_id: str | None = None
    """The integration ID of the customer's profile; empty or absent for an anonymous session."""
    coupon: str | None = None
    """A coupon code entered by the customer."""
    referral: str | None = None
    """A referral code entered by the customer."""
    state: CustomerSessionState | None = None
    """The state of a customer session: `open` (the default when never set), `closed` (a purchase:
    coupons are redeemed, the profile's totals grow), `partially_returned` (some items of a closed
    session were returned) or `cancelled` (a purchase undone). Allowed changes: open→closed,
    open→cancelled, closed→cancelled, closed→partially_returned, partially_returned→cancelled."""
    cart_items: list[CartItem] | None = None
    """The full cart; it replaces the session's cart."""
    identifiers: list[str] | None = None
    """Identifiers of the customer's device or account, usable in limits and rules (e.g. to detect fraud)."""
    total: float | None = None
    """The session total before discounts."""
    attributes: dict[str, Any] | None = None
    """Session attributes defined in the Application, by name."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "profileId",
            "coupon",
            "referral",
            "state",
            "cartItems",
            "identifiers",
            "total",
            "attributes",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a NewCustomerSession from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("profileId")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("profileId")
            obj.profile_id = v
            v = data.get("coupon")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("coupon")
            obj.coupon = v
            v = data.get("referral")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("referral")
            obj.referral = v
            v = data.get("state")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("state")
            obj.state = v
            v = data.get("cartItems")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
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
            v = data.get("total")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("total")
            obj.total = v
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
        """This NewCustomerSession as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
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

        v = self.identifiers
        if v is not None:
            out["identifiers"] = v

        v = self.total
        if v is not None:
            out["total"] = v

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a NewCustomerSession or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "NewCustomerSession")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "NewCustomerSession")
            value = cls(**value)
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            v = value.profile_id
            if v is not None:
                w = 0
                if not (type(v) is str):
                    v = _t.input_text(v, False)
                out["profileId"] = v
            v = value.coupon
            if v is not None:
                w = 1
                if not (type(v) is str and len(v) <= 100):
                    v = _t.input_text(v, False, max_length=100)
                out["coupon"] = v
            v = value.referral
            if v is not None:
                w = 2
                if not (type(v) is str and len(v) <= 100):
                    v = _t.input_text(v, False, max_length=100)
                out["referral"] = v
            v = value.state
            if v is not None:
                w = 3
                if not (
                    v
                    in (
                        "cancelled",
                        "closed",
                        "open",
                        "partially_returned",
                    )
                    and type(v) is str
                ):
                    v = _t.input_enum(
                        v,
                        False,
                        (
                            "cancelled",
                            "closed",
                            "open",
                            "partially_returned",
                        ),
                    )
                out["state"] = v
            v = value.cart_items
            if v is not None:
                w = 4
                if type(v) is not list:
                    v = _t.input_list(v, False)
                try:
                    v = [_to_request_CartItem(x) for x in v]
                except _t.InputError:
                    v = _t.input_items(v, _to_request_CartItem)  # again, to name the failing index
                out["cartItems"] = v
            v = value.identifiers
            if v is not None:
                w = 5
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(v, _t.item_check("str", min_length=1))
                out["identifiers"] = v
            v = value.total
            if v is not None:
                w = 6
                if not ((type(v) is float and v - v == 0.0) or (type(v) is int and -1e308 < v < 1e308)):
                    v = _t.input_number(v, False)
                out["total"] = v
            v = value.attributes
            if v is not None:
                w = 7
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
                    f"must not set the NewCustomerSession fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class NewCustomerSessionDict(TypedDict, total=False):
    """A NewCustomerSession as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    profile_id: str | None
    coupon: str | None
    referral: str | None
    state: CustomerSessionState | None
    cart_items: Sequence[CartItem | CartItemDict] | None
    identifiers: Sequence[str] | None
    total: float | Decimal | None
    attributes: Mapping[str, Any] | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "profile_id",
        "coupon",
        "referral",
        "state",
        "cart_items",
        "identifiers",
        "total",
        "attributes",
    }
)
_new = object.__new__
_WIRE_NAMES = NewCustomerSession._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .cart_item import CartItem, CartItemDict

NewCustomerSession.FIELDS = (
    _t.Field(
        "profile_id",
        "profileId",
        "str",
        False,
        description="The integration ID of the customer's profile; empty or absent for an anonymous session.",
    ),
    _t.Field("coupon", "coupon", "str", False, description="A coupon code entered by the customer."),
    _t.Field("referral", "referral", "str", False, description="A referral code entered by the customer."),
    _t.Field(
        "state",
        "state",
        "enum",
        False,
        choices=(
            "cancelled",
            "closed",
            "open",
            "partially_returned",
        ),
        description="The state of a customer session: `open` (the default when never set), `closed` (a purchase: coupons are redeemed, the profile's totals grow), `partially_returned` (some items of a closed session were returned) or `cancelled` (a purchase undone). Allowed changes: open→closed, open→cancelled, closed→cancelled, closed→partially_returned, partially_returned→cancelled.",
    ),
    _t.Field(
        "cart_items",
        "cartItems",
        "list",
        False,
        item_kind="model",
        model=CartItem,
        description="The full cart; it replaces the session's cart.",
    ),
    _t.Field(
        "identifiers",
        "identifiers",
        "list",
        False,
        item_kind="str",
        description="Identifiers of the customer's device or account, usable in limits and rules (e.g. to detect fraud).",
    ),
    _t.Field("total", "total", "float", False, description="The session total before discounts."),
    _t.Field(
        "attributes",
        "attributes",
        "object",
        False,
        description="Session attributes defined in the Application, by name.",
    ),
)
_parse_CartItem = CartItem._parse
_to_request_CartItem = CartItem.to_request
