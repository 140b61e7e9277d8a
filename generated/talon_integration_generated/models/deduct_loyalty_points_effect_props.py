"""DeductLoyaltyPointsEffectProps: The `props` of a `deductLoyaltyPoints` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["DeductLoyaltyPointsEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class DeductLoyaltyPointsEffectProps(_t.Model):
    """The `props` of a `deductLoyaltyPoints` effect."""

    rule_title: str
    """The title of the rule that contained triggered this points deduction."""
    program_id: int
    """The ID of the loyalty program where these points were added."""
    sub_ledger_id: str
    """The ID of the subledger within the loyalty program where these points were added."""
    value: float
    """The amount of points that were deducted."""
    transaction_uuid: str
    """The identifier of this deduction in the loyalty ledger."""
    name: str
    """The name property gets one of the following two values. It can be the loyalty program name or it can
    represent a reason for the respective deduction of loyalty points. The latter is an optional value defined
    in a deduction rule."""
    card_identifier: str | None = None
    """The alphanumeric identifier of the loyalty card."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "ruleTitle",
            "programId",
            "subLedgerId",
            "value",
            "transactionUUID",
            "name",
            "cardIdentifier",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a DeductLoyaltyPointsEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
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
            v = data["value"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("value")
            obj.value = v
            v = data["transactionUUID"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("transactionUUID")
            obj.transaction_uuid = v
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
            v = data.get("cardIdentifier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("cardIdentifier")
            obj.card_identifier = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This DeductLoyaltyPointsEffectProps as JSON-ready data with the service's field names, unknown fields included."""
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

        v = self.value
        if v is not None:
            out["value"] = v

        v = self.transaction_uuid
        if v is not None:
            out["transactionUUID"] = v

        v = self.name
        if v is not None:
            out["name"] = v

        v = self.card_identifier
        if v is not None:
            out["cardIdentifier"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = DeductLoyaltyPointsEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

DeductLoyaltyPointsEffectProps.FIELDS = (
    _t.Field(
        "rule_title",
        "ruleTitle",
        "str",
        True,
        description="The title of the rule that contained triggered this points deduction.",
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
    _t.Field("value", "value", "float", True, description="The amount of points that were deducted."),
    _t.Field(
        "transaction_uuid",
        "transactionUUID",
        "str",
        True,
        description="The identifier of this deduction in the loyalty ledger.",
    ),
    _t.Field(
        "name",
        "name",
        "str",
        True,
        description="The name property gets one of the following two values. It can be the loyalty program name or it can represent a reason for the respective deduction of loyalty points. The latter is an optional value defined in a deduction rule.",
    ),
    _t.Field(
        "card_identifier",
        "cardIdentifier",
        "str",
        False,
        description="The alphanumeric identifier of the loyalty card.",
    ),
)
