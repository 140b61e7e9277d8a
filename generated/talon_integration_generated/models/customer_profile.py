"""CustomerProfile: A customer profile as the service stores it.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CustomerProfile"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomerProfile(_t.Model):
    """A customer profile as the service stores it."""

    id: int
    """The service's internal ID of the profile."""
    integration_id: str
    """The shop's own ID of the profile."""
    created: datetime.datetime
    """When the profile was created."""
    attributes: dict[str, Any]
    """Profile attributes, by name."""
    account_id: int
    """The Talon.One account the profile belongs to."""
    closed_sessions: int
    """How many of the profile's sessions were closed (purchases), not counting cancelled or reopened ones."""
    total_sales: float
    """The sum of the closed sessions' totals before discounts, less cancelled or reopened sessions and returns."""
    loyalty_memberships: list[LoyaltyMembership]
    """The loyalty programs the profile is a member of (deprecated by the service)."""
    last_activity: datetime.datetime
    """When the profile last received an event that ran the rules (not dry runs, not reservations)."""
    audience_memberships: list[AudienceMembership] | None = None
    """The audiences the profile belongs to."""
    sandbox: bool | None = None
    """Whether the profile belongs to a sandbox Application rather than a live one."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "integrationId",
            "created",
            "attributes",
            "accountId",
            "closedSessions",
            "totalSales",
            "loyaltyMemberships",
            "lastActivity",
            "audienceMemberships",
            "sandbox",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerProfile from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 9  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["id"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("id") from None
            obj.id = v
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
            v = data["attributes"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("attributes")
            obj.attributes = v
            v = data["accountId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("accountId") from None
            obj.account_id = v
            v = data["closedSessions"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("closedSessions") from None
            obj.closed_sessions = v
            v = data["totalSales"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("totalSales")
            obj.total_sales = v
            v = data["loyaltyMemberships"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("loyaltyMemberships")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_LoyaltyMembership(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("loyaltyMemberships") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(_parse_LoyaltyMembership(x, consume) if type(x) is dict else _t.not_an_object(x))
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("loyaltyMemberships") from None  # the index of the item that failed
                v = items
            obj.loyalty_memberships = v
            v = data["lastActivity"]
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
                    raise exc.at("lastActivity") from None
            obj.last_activity = v
            v = data.get("audienceMemberships")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("audienceMemberships")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_AudienceMembership(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("audienceMemberships") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(
                                _parse_AudienceMembership(x, consume) if type(x) is dict else _t.not_an_object(x)
                            )
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at(
                            "audienceMemberships"
                        ) from None  # the index of the item that failed
                    v = items
            obj.audience_memberships = v
            v = data.get("sandbox")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not bool:
                    raise _t.expected("a boolean", v).at("sandbox")
            obj.sandbox = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomerProfile as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.id
        if v is not None:
            out["id"] = v

        v = self.integration_id
        if v is not None:
            out["integrationId"] = v

        v = self.created
        if v is not None:
            out["created"] = v.isoformat()

        v = self.attributes
        if v is not None:
            out["attributes"] = v

        v = self.account_id
        if v is not None:
            out["accountId"] = v

        v = self.closed_sessions
        if v is not None:
            out["closedSessions"] = v

        v = self.total_sales
        if v is not None:
            out["totalSales"] = v

        v = self.loyalty_memberships
        if v is not None:
            out["loyaltyMemberships"] = [x.to_dict() for x in v]

        v = self.last_activity
        if v is not None:
            out["lastActivity"] = v.isoformat()

        v = self.audience_memberships
        if v is not None:
            out["audienceMemberships"] = [x.to_dict() for x in v]

        v = self.sandbox
        if v is not None:
            out["sandbox"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = CustomerProfile._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .audience_membership import AudienceMembership
from .loyalty_membership import LoyaltyMembership

CustomerProfile.FIELDS = (
    _t.Field("id", "id", "int", True, description="The service's internal ID of the profile."),
    _t.Field("integration_id", "integrationId", "str", True, description="The shop's own ID of the profile."),
    _t.Field("created", "created", "datetime", True, description="When the profile was created."),
    _t.Field("attributes", "attributes", "object", True, description="Profile attributes, by name."),
    _t.Field("account_id", "accountId", "int", True, description="The Talon.One account the profile belongs to."),
    _t.Field(
        "closed_sessions",
        "closedSessions",
        "int",
        True,
        description="How many of the profile's sessions were closed (purchases), not counting cancelled or reopened ones.",
    ),
    _t.Field(
        "total_sales",
        "totalSales",
        "float",
        True,
        description="The sum of the closed sessions' totals before discounts, less cancelled or reopened sessions and returns.",
    ),
    _t.Field(
        "loyalty_memberships",
        "loyaltyMemberships",
        "list",
        True,
        item_kind="model",
        model=LoyaltyMembership,
        description="The loyalty programs the profile is a member of (deprecated by the service).",
    ),
    _t.Field(
        "last_activity",
        "lastActivity",
        "datetime",
        True,
        description="When the profile last received an event that ran the rules (not dry runs, not reservations).",
    ),
    _t.Field(
        "audience_memberships",
        "audienceMemberships",
        "list",
        False,
        item_kind="model",
        model=AudienceMembership,
        description="The audiences the profile belongs to.",
    ),
    _t.Field(
        "sandbox",
        "sandbox",
        "bool",
        False,
        description="Whether the profile belongs to a sandbox Application rather than a live one.",
    ),
)
_parse_LoyaltyMembership = LoyaltyMembership._parse
_parse_AudienceMembership = AudienceMembership._parse
