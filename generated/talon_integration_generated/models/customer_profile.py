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
_date_fromisoformat = datetime.date.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False)
class CustomerProfile(_t.Model):
    """A customer profile as the service stores it."""

    integration_id: str
    """The shop's own ID of the profile."""
    created: datetime.datetime
    """When the profile was created."""
    attributes: dict[str, Any]
    """Profile attributes, by name."""
    account_id: int
    """The Talon.One account the profile belongs to."""
    closed_sessions: int
    """How many of the profile's sessions were closed (purchases)."""
    total_sales: float
    """The sum of the totals of the closed sessions."""
    loyalty_memberships: list[LoyaltyMembership]
    """The loyalty programs the profile is a member of."""
    last_activity: datetime.datetime
    """When the profile was last updated or used."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "integrationId",
            "created",
            "attributes",
            "accountId",
            "closedSessions",
            "totalSales",
            "loyaltyMemberships",
            "lastActivity",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerProfile from decoded JSON; raises ``SchemaError`` naming the offending field."""
        v: Any
        try:
            w = "integrationId"
            v = data.get("integrationId")
            if type(v) is not str:
                raise _t.expected("a string", v)
            a0 = v
            w = "created"
            v = data.get("created")
            if type(v) is not str:
                raise _t.expected("a date-time string", v)
            try:
                v = _fromisoformat(v)
            except ValueError:
                raise _t.bad_datetime(v) from None
            a1 = v
            w = "attributes"
            v = data.get("attributes")
            if type(v) is not dict:
                raise _t.expected("an object", v)
            a2 = v
            w = "accountId"
            v = data.get("accountId")
            if type(v) is not int:
                raise _t.expected("an integer", v)
            a3 = v
            w = "closedSessions"
            v = data.get("closedSessions")
            if type(v) is not int:
                raise _t.expected("an integer", v)
            a4 = v
            w = "totalSales"
            v = data.get("totalSales")
            if type(v) is not float and type(v) is not int:
                raise _t.expected("a number", v)
            a5 = v
            w = "loyaltyMemberships"
            v = data.get("loyaltyMemberships")
            if type(v) is not list:
                raise _t.expected("an array", v)
            try:
                v = [_from_dict_LoyaltyMembership(x) if type(x) is dict else _t.not_an_object(x) for x in v]
            except _t.SchemaError:
                v = _t.parse_models(v, _from_dict_LoyaltyMembership)  # again, to name the failing index
            a6 = v
            w = "lastActivity"
            v = data.get("lastActivity")
            if type(v) is not str:
                raise _t.expected("a date-time string", v)
            try:
                v = _fromisoformat(v)
            except ValueError:
                raise _t.bad_datetime(v) from None
            a7 = v
        except _t.SchemaError as exc:
            raise exc.at(w) from None
        obj = _new(cls)
        obj.integration_id = a0
        obj.created = a1
        obj.attributes = a2
        obj.account_id = a3
        obj.closed_sessions = a4
        obj.total_sales = a5
        obj.loyalty_memberships = a6
        obj.last_activity = a7
        obj._extra = None
        obj._source = data  # unknown fields are picked out of it on first access
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomerProfile as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
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

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__

# Nested models, imported after the class so that models may refer to each other in any order.
from .loyalty_membership import LoyaltyMembership

CustomerProfile.FIELDS = (
    _t.Field("integration_id", "integrationId", "str", True, description="The shop's own ID of the profile."),
    _t.Field("created", "created", "datetime", True, description="When the profile was created."),
    _t.Field("attributes", "attributes", "object", True, description="Profile attributes, by name."),
    _t.Field("account_id", "accountId", "int", True, description="The Talon.One account the profile belongs to."),
    _t.Field(
        "closed_sessions",
        "closedSessions",
        "int",
        True,
        description="How many of the profile's sessions were closed (purchases).",
    ),
    _t.Field("total_sales", "totalSales", "float", True, description="The sum of the totals of the closed sessions."),
    _t.Field(
        "loyalty_memberships",
        "loyaltyMemberships",
        "list",
        True,
        item_kind="model",
        model=LoyaltyMembership,
        description="The loyalty programs the profile is a member of.",
    ),
    _t.Field(
        "last_activity", "lastActivity", "datetime", True, description="When the profile was last updated or used."
    ),
)
_from_dict_LoyaltyMembership = LoyaltyMembership.from_dict
