"""The sandbox as its adapters see it: the ``Endpoint`` protocol, injected ``Fault``s, ``RecordedRequest``s.

The adapters (``_transport``, ``_wsgi``, and ``_server`` through ``_wsgi``) depend on this protocol, not on
``Sandbox``: for each request that passed the limits of ``_limits`` they call ``_receive`` (which records it
and hands out the next injected fault), then either act out the fault or call ``handle``.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import attrs

from ._replies import Reply, error_body, json_reply, phrase

__all__ = ["Endpoint", "Fault", "RecordedRequest", "fault_reply"]


@attrs.frozen
class RecordedRequest:
    """A request the sandbox received: the items of ``Sandbox.requests``, in the order they arrived.

    Every request that reached the sandbox is recorded, a failed one (an injected fault, a 4xx) too, and each
    retried attempt on its own; a request refused at the door (over the size limits, malformed) is not.

    Attributes:
        method: The HTTP method, upper case (``"PUT"``).
        path: The path as sent, percent-encoded, with its query (``/v1/coupon_reservations/A%2FB``).
        headers: The request headers, names lower case; ``authorization`` and ``content-signature`` read
            ``<redacted>``.
        body: The body bytes as sent (``b""`` for none).

    Example:
        ```python
        sent = sandbox.requests[-1]
        assert (sent.method, sent.path) == ("PUT", "/v1/customer_sessions/sess-1")
        assert sent.json()["coupon"] == "XMAS-2026"
        ```
    """

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """The body decoded as JSON (``None`` for an empty body)."""
        return json.loads(self.body) if self.body else None


@attrs.frozen
class Fault:
    """One injected fault, as ``Sandbox.fail_next`` queues it (the fields are its keywords)."""

    status: int = 503
    retry_after: float | str | None = None
    delay: float | None = None
    drop_connection: bool = False

    def wait(self, read_timeout: float | None) -> tuple[float, bool]:
        """How long a delayed request waits, and whether the client's read timeout expires first."""
        delay = self.delay or 0.0
        if read_timeout is not None and delay > read_timeout:
            return read_timeout, True
        return delay, False


def _retry_after(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)


def fault_reply(fault: Fault, request_id: str) -> Reply:
    """The error answer of a status fault: its status's phrase as the message, ``Retry-After`` when given."""
    extra = [] if fault.retry_after is None else [("Retry-After", _retry_after(fault.retry_after))]
    return json_reply(fault.status, error_body(fault.status, phrase(fault.status)), request_id, extra)


class Endpoint(Protocol):
    """What an adapter needs of a sandbox (``Sandbox`` is one)."""

    _sleep: Callable[[float], None]
    """Waits out an injected delay (tests may replace it to stay fast)."""
    _async_sleep: Callable[[float], Awaitable[None]]
    """Awaits an injected delay, in the async transport."""

    def _receive(self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes) -> Fault | None:
        """Record a request and hand out the next injected fault, if any."""

    def _fault_reply(self, fault: Fault) -> Reply:
        """The error answer of a status fault."""

    def handle(self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request: ``(status, headers, body)``."""
