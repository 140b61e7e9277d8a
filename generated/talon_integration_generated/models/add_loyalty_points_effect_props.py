"""AddLoyaltyPointsEffectProps: The `props` of a `addLoyaltyPoints` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["AddLoyaltyPointsEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class AddLoyaltyPointsEffectProps(_t.Model):
    """The `props` of a `addLoyaltyPoints` effect."""

    name: str
    """The name / description of this loyalty point addition."""
    program_id: int
    """The ID of the loyalty program where these points were added."""
    sub_ledger_id: str
    """The ID of the subledger within the loyalty program where these points were added."""
    value: float
    """The amount of points that were added."""
    recipient_integration_id: str
    """The user for whom these points were added."""
    transaction_uuid: str
    """The identifier of this addition in the loyalty ledger."""
    desired_value: float | None = None
    """The original amount of loyalty points to be awarded."""
    start_date: datetime.datetime | None = None
    """Date after which points will be valid."""
    expiry_date: datetime.datetime | None = None
    """Date after which points will expire."""
    cart_item_position: float | None = None
    """The index of the item in the cart items list on which the loyal points addition should be applied."""
    cart_item_sub_position: float | None = None
    """For cart items with `quantity` > 1, the sub position indicates to which item the loyalty points addition is
    applied."""
    card_identifier: str | None = None
    """The alphanumeric identifier of the loyalty card."""
    bundle_index: int | None = None
    """The position of the bundle in a list of item bundles created from the same bundle definition."""
    bundle_name: str | None = None
    """The name of the bundle definition."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "programId",
            "subLedgerId",
            "value",
            "recipientIntegrationId",
            "transactionUUID",
            "desiredValue",
            "startDate",
            "expiryDate",
            "cartItemPosition",
            "cartItemSubPosition",
            "cardIdentifier",
            "bundleIndex",
            "bundleName",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a AddLoyaltyPointsEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 6  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["name"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("name")
            obj.name = v
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
            v = data["recipientIntegrationId"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("recipientIntegrationId")
            obj.recipient_integration_id = v
            v = data["transactionUUID"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("transactionUUID")
            obj.transaction_uuid = v
            v = data.get("desiredValue")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("desiredValue")
            obj.desired_value = v
            v = data.get("startDate")
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
                        raise exc.at("startDate") from None
            obj.start_date = v
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
            v = data.get("cartItemPosition")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("cartItemPosition")
            obj.cart_item_position = v
            v = data.get("cartItemSubPosition")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                    raise _t.not_a_finite_number(v).at("cartItemSubPosition")
            obj.cart_item_sub_position = v
            v = data.get("cardIdentifier")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("cardIdentifier")
            obj.card_identifier = v
            v = data.get("bundleIndex")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not int:
                    try:
                        v = _t.integral(v)  # 1.0 is 1; anything else raises
                    except _t.SchemaError as exc:
                        raise exc.at("bundleIndex") from None
            obj.bundle_index = v
            v = data.get("bundleName")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not str:
                    raise _t.expected("a string", v).at("bundleName")
            obj.bundle_name = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This AddLoyaltyPointsEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.name
        if v is not None:
            out["name"] = v

        v = self.program_id
        if v is not None:
            out["programId"] = v

        v = self.sub_ledger_id
        if v is not None:
            out["subLedgerId"] = v

        v = self.value
        if v is not None:
            out["value"] = v

        v = self.recipient_integration_id
        if v is not None:
            out["recipientIntegrationId"] = v

        v = self.transaction_uuid
        if v is not None:
            out["transactionUUID"] = v

        v = self.desired_value
        if v is not None:
            out["desiredValue"] = v

        v = self.start_date
        if v is not None:
            out["startDate"] = v.isoformat()

        v = self.expiry_date
        if v is not None:
            out["expiryDate"] = v.isoformat()

        v = self.cart_item_position
        if v is not None:
            out["cartItemPosition"] = v

        v = self.cart_item_sub_position
        if v is not None:
            out["cartItemSubPosition"] = v

        v = self.card_identifier
        if v is not None:
            out["cardIdentifier"] = v

        v = self.bundle_index
        if v is not None:
            out["bundleIndex"] = v

        v = self.bundle_name
        if v is not None:
            out["bundleName"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = AddLoyaltyPointsEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

AddLoyaltyPointsEffectProps.FIELDS = (
    _t.Field("name", "name", "str", True, description="The name / description of this loyalty point addition."),
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
    _t.Field("value", "value", "float", True, description="The amount of points that were added."),
    _t.Field(
        "recipient_integration_id",
        "recipientIntegrationId",
        "str",
        True,
        description="The user for whom these points were added.",
    ),
    _t.Field(
        "transaction_uuid",
        "transactionUUID",
        "str",
        True,
        description="The identifier of this addition in the loyalty ledger.",
    ),
    _t.Field(
        "desired_value",
        "desiredValue",
        "float",
        False,
        description="The original amount of loyalty points to be awarded.",
    ),
    _t.Field("start_date", "startDate", "datetime", False, description="Date after which points will be valid."),
    _t.Field("expiry_date", "expiryDate", "datetime", False, description="Date after which points will expire."),
    _t.Field(
        "cart_item_position",
        "cartItemPosition",
        "float",
        False,
        description="The index of the item in the cart items list on which the loyal points addition should be applied.",
    ),
    _t.Field(
        "cart_item_sub_position",
        "cartItemSubPosition",
        "float",
        False,
        description="For cart items with `quantity` > 1, the sub position indicates to which item the loyalty points addition is applied.",
    ),
    _t.Field(
        "card_identifier",
        "cardIdentifier",
        "str",
        False,
        description="The alphanumeric identifier of the loyalty card.",
    ),
    _t.Field(
        "bundle_index",
        "bundleIndex",
        "int",
        False,
        description="The position of the bundle in a list of item bundles created from the same bundle definition.",
    ),
    _t.Field("bundle_name", "bundleName", "str", False, description="The name of the bundle definition."),
)
