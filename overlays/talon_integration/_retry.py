"""The one retry policy: a pure function of the attempt, the operation's idempotency and the outcome.

Idempotent operations (PUT, GET, DELETE, coupon reservation) retry connect errors, timeouts, dropped
connections and 408, 409, 429, 500, 502, 503, 504. Non-idempotent ones (trackEvent, createReferral)
retry only where the request was certainly not applied: failures before the request was sent,
409, 429 and 503. TLS errors are never retried. Backoff is ``min(0.5 * 2**n, 8)`` seconds with up
to 25 % jitter; a ``Retry-After`` (seconds or HTTP date) of up to 60 s is honoured exactly, a longer
one stops retrying. Clock and randomness are injectable so tests can pin every delay.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import attrs
import httpx

__all__ = ["Decision", "RetryPolicy", "parse_retry_after"]

IDEMPOTENT_RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
NON_IDEMPOTENT_RETRY_STATUSES = frozenset({409, 429, 503})
MAX_RETRY_AFTER = 60.0
# Raised before any byte of the request left this machine: safe to retry even a non-idempotent call.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@attrs.frozen
class Decision:
    """What to do after an attempt failed: ``delay`` seconds then retry, or give up (``delay`` None)."""

    delay: float | None
    retry_after: float | None = None


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), or None if unusable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - now
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / inf
        return None
    return max(seconds, 0.0)


def _is_tls_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


@attrs.frozen
class RetryPolicy:
    """Decides whether and when a failed attempt is retried. ``attempt`` counts from 0."""

    max_retries: int = 2
    rand: Callable[[], float] = random.random
    now: Callable[[], float] = time.time

    def backoff(self, attempt: int) -> float:
        """Exponential backoff for the retry after ``attempt``, with up to 25 % jitter subtracted."""
        base: float = min(0.5 * 2 ** min(attempt, 5), 8.0)  # 2**attempt alone overflows a float past 1023
        return base * (1.0 - 0.25 * self.rand())

    def after_response(self, attempt: int, idempotent: bool, response: httpx.Response) -> Decision:
        """Decision for a non-success response."""
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("retry-after"), self.now())
        statuses = IDEMPOTENT_RETRY_STATUSES if idempotent else NON_IDEMPOTENT_RETRY_STATUSES
        if status not in statuses or attempt >= self.max_retries:
            return Decision(None, retry_after)
        if retry_after is not None:
            if retry_after > MAX_RETRY_AFTER:
                return Decision(None, retry_after)
            return Decision(retry_after, retry_after)
        return Decision(self.backoff(attempt), None)

    def after_error(self, attempt: int, idempotent: bool, exc: Exception) -> Decision:
        """Decision for a transport error (the request may or may not have reached the server)."""
        if attempt >= self.max_retries or _is_tls_error(exc):
            return Decision(None)
        if isinstance(exc, _NOT_SENT_ERRORS) or (idempotent and isinstance(exc, _TRANSIENT_ERRORS)):
            return Decision(self.backoff(attempt))
        return Decision(None)
