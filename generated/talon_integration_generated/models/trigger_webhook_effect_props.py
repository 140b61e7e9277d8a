"""TriggerWebhookEffectProps: The `props` of a `triggerWebhook` effect.

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["TriggerWebhookEffectProps"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class TriggerWebhookEffectProps(_t.Model):
    """The `props` of a `triggerWebhook` effect."""

    webhook_id: float
    """The ID of the webhook that was triggered."""
    webhook_name: str
    """The name of the webhook that was triggered."""
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "webhookId",
            "webhookName",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a TriggerWebhookEffectProps from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["webhookId"]
            if (type(v) is not float and type(v) is not int) or v - v:  # v - v: nan for NaN and infinities
                raise _t.not_a_finite_number(v).at("webhookId")
            obj.webhook_id = v
            v = data["webhookName"]
            if type(v) is not str:
                raise _t.expected("a string", v).at("webhookName")
            obj.webhook_name = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This TriggerWebhookEffectProps as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.webhook_id
        if v is not None:
            out["webhookId"] = v

        v = self.webhook_name
        if v is not None:
            out["webhookName"] = v

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out


_new = object.__new__
_WIRE_NAMES = TriggerWebhookEffectProps._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.

TriggerWebhookEffectProps.FIELDS = (
    _t.Field("webhook_id", "webhookId", "float", True, description="The ID of the webhook that was triggered."),
    _t.Field("webhook_name", "webhookName", "str", True, description="The name of the webhook that was triggered."),
)
