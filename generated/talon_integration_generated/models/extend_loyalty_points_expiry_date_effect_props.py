"""ExtendLoyaltyPointsExpiryDateEffectProps: The `props` of a `extendLoyaltyPointsExpiryDate` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["ExtendLoyaltyPointsExpiryDateEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class ExtendLoyaltyPointsExpiryDateEffectProps(_t.Model):
    """The `props` of a `extendLoyaltyPointsExpiryDate` effect."""

    program_id: int
    """ID of the loyalty program that contains these points."""
    sub_ledger_id: str
    """API name of the loyalty program subledger that contains these points. added."""
    extension_duration: str
    """Time frame by which the expiry date extends. The time format is either: - immediate, or - an **integer**
    followed by a letter indicating the time unit. Examples: `immediate`, `30s`, `40m`, `1h`, `5D`, `7W`, `10M`,
    `15Y`."""
    previous_expiration_date: datetime.datetime
    """Expiry date before applying the extension."""
    transaction_uuids: list[str] | None = None
    """The list of identifiers of transactions affected affected by the extension."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "programId",
            "subLedgerId",
            "extensionDuration",
            "previousExpirationDate",
            "transactionUUIDs",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a ExtendLoyaltyPointsExpiryDateEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 4  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
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
            v = data["extensionDuration"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("extensionDuration")
            obj.extension_duration = v
            v = data["previousExpirationDate"]
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
                    raise exc.at("previousExpirationDate") from None
            obj.previous_expiration_date = v
            v = data.get("transactionUUIDs")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("transactionUUIDs")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("transactionUUIDs") from None
            obj.transaction_uuids = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This ExtendLoyaltyPointsExpiryDateEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.program_id
        if v is not None:
            out["programId"] = v

        v = self.sub_ledger_id
        if v is not None:
            out["subLedgerId"] = v

        v = self.extension_duration
        if v is not None:
            out["extensionDuration"] = v

        v = self.previous_expiration_date
        if v is not None:
            out["previousExpirationDate"] = v.isoformat()

        v = self.transaction_uuids
        if v is not None:
            out["transactionUUIDs"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = ExtendLoyaltyPointsExpiryDateEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

ExtendLoyaltyPointsExpiryDateEffectProps.FIELDS = (
    _t.Field(
        "program_id", "programId", "int", True, description="ID of the loyalty program that contains these points."
    ),
    _t.Field(
        "sub_ledger_id",
        "subLedgerId",
        "str",
        True,
        description="API name of the loyalty program subledger that contains these points. added.",
    ),
    _t.Field(
        "extension_duration",
        "extensionDuration",
        "str",
        True,
        description="Time frame by which the expiry date extends. The time format is either: - immediate, or - an **integer** followed by a letter indicating the time unit. Examples: `immediate`, `30s`, `40m`, `1h`, `5D`, `7W`, `10M`, `15Y`.",
    ),
    _t.Field(
        "previous_expiration_date",
        "previousExpirationDate",
        "datetime",
        True,
        description="Expiry date before applying the extension.",
    ),
    _t.Field(
        "transaction_uuids",
        "transactionUUIDs",
        "list",
        False,
        item_kind="str",
        description="The list of identifiers of transactions affected affected by the extension.",
    ),
)
