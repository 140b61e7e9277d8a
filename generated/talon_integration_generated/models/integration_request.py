"""IntegrationRequest: IntegrationRequest (Talon.One Integration API; SDK 9 model IntegrationRequest).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Required, Self, TypedDict

import attrs

from .. import types as _t
from .session_response_content import SessionResponseContent

__all__ = ["IntegrationRequest", "IntegrationRequestDict"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class IntegrationRequest(_t.Model):
    """IntegrationRequest (Talon.One Integration API; SDK 9 model IntegrationRequest)."""

    customer_session: NewCustomerSessionV2
    """NewCustomerSessionV2 (Talon.One Integration API; SDK 9 model NewCustomerSessionV2)."""
    response_content: list[SessionResponseContent] | None = None
    """Extends the response with the chosen data entities. Use this property to get as much data as you need in one
    _Update customer session_ request instead of sending extra requests to other endpoints."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "customerSession",
            "responseContent",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a IntegrationRequest from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 1  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["customerSession"]
            if type(v) is not dict:
                raise _t.expected("an object", v).at("customerSession")
            try:
                v = _parse_NewCustomerSessionV2(v, consume)
            except _t.SchemaError as exc:
                raise exc.at("customerSession") from None
            obj.customer_session = v
            v = data.get("responseContent")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("responseContent")
                try:
                    v = _t.parse_plain_list(v, "str")
                except _t.SchemaError as exc:
                    raise exc.at("responseContent") from None
            obj.response_content = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This IntegrationRequest as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.customer_session
        if v is not None:
            out["customerSession"] = v.to_dict()

        v = self.response_content
        if v is not None:
            out["responseContent"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, from a IntegrationRequest or a mapping of its attribute names.

        Checks what the spec states (required fields, lengths, bounds, enums) and converts what JSON cannot carry
        as it is (``Decimal`` amounts, ``datetime`` values); raises ``InputError`` naming the field. A model's unknown
        fields (``additional_properties``) are sent as they are; a mapping with an unknown key is refused.
        """
        if not isinstance(value, cls):  # a mapping: made the model it describes (no checks yet), then read as one
            if type(value) is not dict and not isinstance(value, Mapping):
                raise _t.not_a_model(value, "IntegrationRequest")
            if not _ATTRIBUTE_NAMES.issuperset(value):
                raise _t.unknown_keys(value, _ATTRIBUTE_NAMES, "IntegrationRequest")
            try:
                value = cls(**value)
            except TypeError:  # a required key is absent: None, which the checks below refuse as missing
                value = cls(**{**_REQUIRED_ABSENT, **value})
        out: dict[str, Any] = {}
        v: Any
        try:  # the attributes, read directly: this runs for every cart line
            w = 0
            v = value.customer_session
            v = _to_request_NewCustomerSessionV2(v)
            out["customerSession"] = v
            v = value.response_content
            if v is not None:
                w = 1
                if type(v) is not list:
                    v = _t.input_list(v, False)
                v = _t.input_items(
                    v,
                    _t.item_check(
                        "enum",
                        choices=(
                            "awardedGiveaways",
                            "coupons",
                            "customerProfile",
                            "customerSession",
                            "event",
                            "loyalty",
                            "previousReturns",
                            "referral",
                            "ruleFailureReasons",
                            "triggeredCampaigns",
                        ),
                    ),
                )
                out["responseContent"] = v
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
                    f"must not set the IntegrationRequest fields the spec defines ({', '.join(sorted(known))}): "
                    "pass them as attributes, where they are checked",
                    "additional_properties",
                )
            out.update({k: extra[k] for k in extra})
        return out


class IntegrationRequestDict(TypedDict, total=False):
    """A IntegrationRequest as a plain dict of its attribute names (for ``mypy``; the values are checked at run time)."""

    customer_session: Required[NewCustomerSessionV2 | NewCustomerSessionV2Dict]
    response_content: Sequence[SessionResponseContent] | None


_ATTRIBUTE_NAMES = frozenset(
    {
        "customer_session",
        "response_content",
    }
)
_REQUIRED_ABSENT: dict[str, Any] = {
    "customer_session": None,
}
_new = object.__new__
_WIRE_NAMES = IntegrationRequest._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .new_customer_session_v2 import NewCustomerSessionV2, NewCustomerSessionV2Dict

IntegrationRequest.FIELDS = (
    _t.Field(
        "customer_session",
        "customerSession",
        "model",
        True,
        model=NewCustomerSessionV2,
        description="NewCustomerSessionV2 (Talon.One Integration API; SDK 9 model NewCustomerSessionV2).",
    ),
    _t.Field(
        "response_content",
        "responseContent",
        "list",
        False,
        item_kind="enum",
        choices=(
            "awardedGiveaways",
            "coupons",
            "customerProfile",
            "customerSession",
            "event",
            "loyalty",
            "previousReturns",
            "referral",
            "ruleFailureReasons",
            "triggeredCampaigns",
        ),
        description="Extends the response with the chosen data entities. Use this property to get as much data as you need in one _Update customer session_ request instead of sending extra requests to other endpoints.",
    ),
)
_parse_NewCustomerSessionV2 = NewCustomerSessionV2._parse
_to_request_NewCustomerSessionV2 = NewCustomerSessionV2.to_request
