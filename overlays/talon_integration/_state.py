"""``IntegrationState`` with its typed effects: the one model the overlay extends (spec: ``x-talon-extensible``)."""

from __future__ import annotations

from talon_integration_generated import models as _generated

from .effects import Effect, parse_effects

__all__ = ["IntegrationState"]


class IntegrationState(_generated.IntegrationState):
    """What the service knows after an update, and what its rules decided: ``effects``, typed."""

    __slots__ = ("_effects",)
    _effects: tuple[Effect, ...]

    @property
    def effects(self) -> tuple[Effect, ...]:
        """The typed effects of ``event.effects``, in server order, none dropped."""
        try:
            return self._effects
        except AttributeError:  # the parsers fill the slots they know; this one on first access
            effects = self._effects = parse_effects(self.event.effects)
            return effects

    @property
    def coupon_rejection_reason(self) -> _generated.CouponRejectionReason | None:
        """``event.meta.couponRejectionReason``: why the session's coupon was rejected, or None."""
        meta = self.event.meta
        return meta.coupon_rejection_reason if meta is not None else None
