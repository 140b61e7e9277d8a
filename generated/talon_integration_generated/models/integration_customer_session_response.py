"""IntegrationCustomerSessionResponse: IntegrationCustomerSessionResponse (Talon.One Integration API; SDK 9 model
IntegrationCustomerSessionResponse).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["IntegrationCustomerSessionResponse"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class IntegrationCustomerSessionResponse(_t.Model):
    """IntegrationCustomerSessionResponse (Talon.One Integration API; SDK 9 model IntegrationCustomerSessionResponse)."""

    customer_session: CustomerSessionV2 | None = None
    """CustomerSessionV2 (Talon.One Integration API; SDK 9 model CustomerSessionV2)."""
    effects: list[EffectV2] | None = None
    """The returned effects. **Note:** This endpoint returns only the effects that are valid after any rollback
    effects and their corresponding non-rollback effects are removed."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "customerSession",
            "effects",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a IntegrationCustomerSessionResponse from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 0  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data.get("customerSession")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not dict:
                    raise _t.expected("an object", v).at("customerSession")
                try:
                    v = _parse_CustomerSessionV2(v, consume)
                except _t.SchemaError as exc:
                    raise exc.at("customerSession") from None
            obj.customer_session = v
            v = data.get("effects")
            if v is not None:
                n += 1  # one more key of data accounted for (see the end of _parse)
                if type(v) is not list:
                    raise _t.expected("an array", v).at("effects")
                if consume:
                    i = 0
                    try:
                        for x in v:
                            v[i] = _parse_EffectV2(x, consume) if type(x) is dict else _t.not_an_object(x)
                            i += 1
                    except _t.SchemaError as exc:
                        raise exc.at(i).at("effects") from None  # the index of the item that failed
                else:
                    items = []
                    try:
                        for x in v:
                            items.append(_parse_EffectV2(x, consume) if type(x) is dict else _t.not_an_object(x))
                    except _t.SchemaError as exc:
                        raise exc.at(len(items)).at("effects") from None  # the index of the item that failed
                    v = items
            obj.effects = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This IntegrationCustomerSessionResponse as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.customer_session
        if v is not None:
            out["customerSession"] = v.to_dict()

        v = self.effects
        if v is not None:
            out["effects"] = [x.to_dict() for x in v]

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = IntegrationCustomerSessionResponse._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .customer_session_v2 import CustomerSessionV2
from .effect_v2 import EffectV2

IntegrationCustomerSessionResponse.FIELDS = (
    _t.Field(
        "customer_session",
        "customerSession",
        "model",
        False,
        model=CustomerSessionV2,
        description="CustomerSessionV2 (Talon.One Integration API; SDK 9 model CustomerSessionV2).",
    ),
    _t.Field(
        "effects",
        "effects",
        "list",
        False,
        item_kind="model",
        model=EffectV2,
        description="The returned effects. **Note:** This endpoint returns only the effects that are valid after any rollback effects and their corresponding non-rollback effects are removed.",
    ),
)
_parse_CustomerSessionV2 = CustomerSessionV2._parse
_parse_EffectV2 = EffectV2._parse
