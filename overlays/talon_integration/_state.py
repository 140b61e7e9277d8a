"""``IntegrationState`` with its typed effects: the one model the overlay extends (spec: ``x-talon-extensible``)."""

from __future__ import annotations

from typing import Any

from talon_integration_generated import models as _generated

from .effects import Effect, parse_effects

__all__ = ["IntegrationState"]


class IntegrationState(_generated.IntegrationState):
    """What the service knows after an update, and what its rules decided: ``effects``, typed."""

    __slots__ = ("_effects",)
    _effects: tuple[Effect, ...]

    @property
    def effects(self) -> tuple[Effect, ...]:
        """The typed effects of ``event.effects``, in server order, none dropped (empty without an event)."""
        try:
            return self._effects
        except AttributeError:  # the parsers fill the slots they know; this one on first access
            # An answer that did not match the spec may lack the event, or its typed effects may leave out entries
            # of the wrong shape: the list as sent is then in the event's additional_properties, and every entry of
            # it is an effect (a malformed one a plain Effect with its entry in ``raw``). None is dropped.
            event = self.event
            entries: Any = None
            if event is not None:
                sent = event.additional_properties.get("effects")
                entries = sent if type(sent) is list else event.effects
            effects = self._effects = parse_effects(entries) if entries is not None else ()
            return effects

    @property
    def coupon_rejection_reason(self) -> _generated.CouponRejectionReason | None:
        """``event.meta.couponRejectionReason``: why the session's coupon was rejected, or None."""
        event = self.event
        meta = event.meta if event is not None else None
        return meta.coupon_rejection_reason if meta is not None else None
