"""ChangeLoyaltyTierLevelEffectProps: The `props` of a `changeLoyaltyTierLevel` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["ChangeLoyaltyTierLevelEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class ChangeLoyaltyTierLevelEffectProps(_t.Model):
    """The `props` of a `changeLoyaltyTierLevel` effect."""

    rule_title: str
    """The title of the rule that triggered the tier upgrade."""
    program_id: int
    """The ID of the loyalty program where these points were added."""
    sub_ledger_id: str
    """The ID of the subledger within the loyalty program where these points were added."""
    new_tier_name: str
    """The name of the tier to which the user has been upgraded."""
    previous_tier_name: str | None = None
    """The name of the tier from which the user was upgraded."""
    expiry_date: datetime.datetime | None = None
    """The expiration date of the new tier."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "ruleTitle",
            "programId",
            "subLedgerId",
            "newTierName",
            "previousTierName",
            "expiryDate",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ChangeLoyaltyTierLevelEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 4  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["ruleTitle"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("ruleTitle")
            obj.rule_title = v
            v = data["programId"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("programId") from None
            obj.program_id = v
            v = data["subLedgerId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("subLedgerId")
            obj.sub_ledger_id = v
            v = data["newTierName"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("newTierName")
            obj.new_tier_name = v
            v = data.get("previousTierName")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("previousTierName")
            obj.previous_tier_name = v
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
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This ChangeLoyaltyTierLevelEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.rule_title
        if v is not None:
            out["ruleTitle"] = v

        v = self.program_id
        if v is not None:
            out["programId"] = v

        v = self.sub_ledger_id
        if v is not None:
            out["subLedgerId"] = v

        v = self.new_tier_name
        if v is not None:
            out["newTierName"] = v

        v = self.previous_tier_name
        if v is not None:
            out["previousTierName"] = v

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = ChangeLoyaltyTierLevelEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

ChangeLoyaltyTierLevelEffectProps.FIELDS = (
    _t.Field(
        "rule_title", "ruleTitle", "str", True, description="The title of the rule that triggered the tier upgrade."
    ),
    _t.Field(
        "program_id",
        "programId",
        "int",
        True,
        description="The ID of the loyalty program where these points were added.",
    ),
    _t.Field(
        "sub_ledger_id",
        "subLedgerId",
        "str",
        True,
        description="The ID of the subledger within the loyalty program where these points were added.",
    ),
    _t.Field(
        "new_tier_name",
        "newTierName",
        "str",
        True,
        description="The name of the tier to which the user has been upgraded.",
    ),
    _t.Field(
        "previous_tier_name",
        "previousTierName",
        "str",
        False,
        description="The name of the tier from which the user was upgraded.",
    ),
    _t.Field("expiry_date", "expiryDate", "datetime", False, description="The expiration date of the new tier."),
)
