"""The raw answers of ``client.with_raw_response``: the HTTP response, parsed only on ``parse()``.

The generated methods name the type (``talon_integration_generated.types.RawResponse``, a protocol: users
annotate with ``talon_integration.RawResponse[T]``); this is what the clients return.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["RawAnswer"]

T = TypeVar("T")


class RawAnswer(Generic[T]):
    """One raw answer: ``http_response`` (body read), the call's ``elapsed`` seconds, and the parser of its body."""

    __slots__ = ("_parse", "elapsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T], elapsed: float) -> None:
        self.http_response = http_response
        self._parse = parse
        self.elapsed = elapsed

    @property
    def status_code(self) -> int:
        """The HTTP status of the final attempt (a success: an error status raises instead)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive), e.g. ``x-ratelimit-remaining``."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The service's ``x-request-id`` header (quote it to Talon.One support), or ``None``."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    def parse(self) -> T:
        """The typed result, as the plain method returns it (parsed anew on every call)."""
        return self._parse()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"
