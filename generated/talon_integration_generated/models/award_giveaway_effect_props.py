"""AwardGiveawayEffectProps: The `props` of a `awardGiveaway` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["AwardGiveawayEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class AwardGiveawayEffectProps(_t.Model):
    """The `props` of a `awardGiveaway` effect."""

    pool_id: int
    """The ID of the giveaways pool the code was taken from."""
    pool_name: str
    """The name of the giveaways pool the code was taken from."""
    recipient_integration_id: str
    """The integration ID of the profile that was awarded the giveaway."""
    giveaway_id: int
    """The internal ID for the giveaway that was awarded."""
    code: str
    """The giveaway code that was awarded."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "poolId",
            "poolName",
            "recipientIntegrationId",
            "giveawayId",
            "code",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a AwardGiveawayEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 5  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["poolId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("poolId") from None
            obj.pool_id = v
            v = data["poolName"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("poolName")
            obj.pool_name = v
            v = data["recipientIntegrationId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("recipientIntegrationId")
            obj.recipient_integration_id = v
            v = data["giveawayId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("giveawayId") from None
            obj.giveaway_id = v
            v = data["code"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("code")
            obj.code = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This AwardGiveawayEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.pool_id
        if v is not None:
            out["poolId"] = v

        v = self.pool_name
        if v is not None:
            out["poolName"] = v

        v = self.recipient_integration_id
        if v is not None:
            out["recipientIntegrationId"] = v

        v = self.giveaway_id
        if v is not None:
            out["giveawayId"] = v

        v = self.code
        if v is not None:
            out["code"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = AwardGiveawayEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

AwardGiveawayEffectProps.FIELDS = (
    _t.Field("pool_id", "poolId", "int", True, description="The ID of the giveaways pool the code was taken from."),
    _t.Field(
        "pool_name", "poolName", "str", True, description="The name of the giveaways pool the code was taken from."
    ),
    _t.Field(
        "recipient_integration_id",
        "recipientIntegrationId",
        "str",
        True,
        description="The integration ID of the profile that was awarded the giveaway.",
    ),
    _t.Field(
        "giveaway_id", "giveawayId", "int", True, description="The internal ID for the giveaway that was awarded."
    ),
    _t.Field("code", "code", "str", True, description="The giveaway code that was awarded."),
)
