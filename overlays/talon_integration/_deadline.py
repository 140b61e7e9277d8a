"""What bounds a call in progress: its deadline, the clock it is read with, and the gate that ``close()`` shuts.

``Call`` carries one call's request and bounds; the retry loop and the body reader consult it. ``DEADLINE`` (a
context variable set for each attempt) and ``Gate`` are what the guarded sockets of ``_sockets`` check before
each wait and each write. ``now`` is the clock of deadlines: tests replace ``_deadline.now``, so every other
module reads it as ``_deadline.now()``.
"""

from __future__ import annotations

import contextvars
import time
from typing import Any

import httpx

from talon_integration_generated import types as _t

__all__ = ["DEADLINE", "Call", "Gate", "bound_timeout", "deadline_passed", "now", "within"]

now = time.monotonic  # the clock of deadlines (tests replace it)
# The deadline of the call in progress in this thread or task, for the guarded sockets of our own pool (_sockets).
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("talon_integration_deadline", default=None)


class Call:
    """One call in progress: the request to (re)send and what bounds it (deadline, longest timeout, body limits)."""

    __slots__ = ("deadline", "limit", "longest", "operation", "request", "started")

    def __init__(
        self, operation: _t.Operation[Any], request: httpx.Request, deadline: float | None, longest: float, limit: int
    ):
        self.operation = operation
        self.request = request
        self.started = now()
        self.deadline = None if deadline is None else self.started + deadline
        self.longest = longest
        self.limit = limit

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - now()


class Gate:
    """Whether a pool may still open connections and send: ``close()`` shuts it first, so a call that reaches
    the network afterwards (it waited for a connection, or connected as the pool closed) fails instead of
    sending (the guarded sockets of ``_sockets`` check it before each connect and write)."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False


def bound_timeout(request: httpx.Request, remaining: float) -> None:
    """Shorten the attempt's timeouts so that it cannot outlast the call's deadline."""
    timeout = dict(request.extensions.get("timeout") or {})
    for key in ("connect", "read", "write", "pool"):
        value = timeout.get(key)
        timeout[key] = remaining if value is None else min(value, remaining)
    request.extensions["timeout"] = timeout


def within(call: Call, delay: float | None) -> float | None:
    """The retry delay, or None when waiting and trying again would pass the deadline."""
    if delay is None:
        return None
    remaining = call.remaining()
    if remaining is not None and delay >= remaining:
        return None
    return delay


def deadline_passed(call: Call) -> bool:
    remaining = call.remaining()
    return remaining is not None and remaining <= 0
