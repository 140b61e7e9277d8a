"""Every exception the client raises, in one tree, and the one status-to-class table.

```
TalonError
├── ConfigurationError             missing/invalid base URL or credentials, at construction
├── InvalidInputError (ValueError) bad arguments caught before any network I/O
├── APIConnectionError             could not reach the server / connection dropped
│   └── APITimeoutError
├── APIStatusError                 status_code, message, errors, body, request_id, response
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404
│   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429 (retry_after)
│   └── InternalServerError >= 500
└── APIResponseValidationError     2xx body that is not valid JSON or does not match the schema
```

Messages never contain credentials: they are built from the status, the server's message and the
request's method and path template only.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TalonError",
    "UnprocessableEntityError",
]


class TalonError(Exception):
    """Root of every error this package raises."""


class ConfigurationError(TalonError):
    """The client was configured wrongly: raised at construction, never later."""


class InvalidInputError(TalonError, ValueError):
    """An argument the service would refuse; raised before any network I/O."""


class APIConnectionError(TalonError):
    """The server could not be reached, or the connection broke before a full answer arrived."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request took longer than the configured timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


@attrs.frozen
class ErrorDetail:
    """One entry of a Talon.One error body's ``errors`` list."""

    title: str | None = None
    details: str | None = None
    pointer: str | None = None
    parameter: str | None = None
    line: str | None = None


class APIStatusError(TalonError):
    """The service answered with a status that is not a success."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        errors: list[ErrorDetail],
    ) -> None:
        self.status_code = response.status_code
        self.message = message
        self.response = response
        self.body = body
        self.errors = errors
        self.request_id: str | None = response.headers.get("x-request-id")
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.status_code} {self.message}"
        if self.errors:
            parts = [e.details or e.title or "" for e in self.errors]
            text += " (" + "; ".join(p for p in parts if p) + ")"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    """400: the request was refused (validation, wrong state change, signature mismatch)."""


class AuthenticationError(APIStatusError):
    """401: credentials missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404: the coupon, profile or campaign does not exist."""


class ConflictError(APIStatusError):
    """409: parallel requests for one entity; nothing was applied and the request may be retried."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but refused."""


class RateLimitError(APIStatusError):
    """429: rate limited. ``retry_after`` is the server's wait in seconds, or None."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        errors: list[ErrorDetail],
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, response=response, body=body, errors=errors)


class InternalServerError(APIStatusError):
    """5xx (including non-standard ones such as 520-527): the service or a proxy failed."""


class APIResponseValidationError(TalonError):
    """A success answer whose body is not JSON or does not match the schema; ``body`` keeps the raw bytes."""

    def __init__(self, message: str, *, response: httpx.Response, body: bytes) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.body = body
        self.status_code = response.status_code


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-success status: the table above, >= 500 server errors, else the base."""
    cls = _STATUS_ERRORS.get(status_code)
    if cls is not None:
        return cls
    return InternalServerError if status_code >= 500 else APIStatusError


def _parse_error_body(content: bytes) -> tuple[Any, str | None, list[ErrorDetail]]:
    """Decode a Talon.One error body leniently: HTML, empty and odd JSON bodies are all accepted."""
    try:
        body: Any = json.loads(content) if content else None
    except (ValueError, RecursionError):
        return content.decode("utf-8", "replace"), None, []
    if not isinstance(body, dict):
        return body, None, []
    message = body.get("message")
    details: list[ErrorDetail] = []
    raw_errors = body.get("errors")
    if isinstance(raw_errors, list):
        for item in raw_errors:
            if not isinstance(item, dict):
                continue
            source = item.get("source")
            source = source if isinstance(source, dict) else {}
            details.append(
                ErrorDetail(
                    title=_str_or_none(item.get("title")),
                    details=_str_or_none(item.get("details")),
                    pointer=_str_or_none(source.get("pointer")),
                    parameter=_str_or_none(source.get("parameter")),
                    line=_str_or_none(source.get("line")),
                )
            )
    return body, message if isinstance(message, str) and message else None, details


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def make_status_error(response: httpx.Response, *, retry_after: float | None = None) -> APIStatusError:
    """Build the typed error for a non-success response (the body must already be read)."""
    body, message, details = _parse_error_body(response.content)
    if message is None:
        message = response.reason_phrase or "HTTP error"
    cls = error_class_for(response.status_code)
    if cls is RateLimitError:
        return RateLimitError(message, response=response, body=body, errors=details, retry_after=retry_after)
    return cls(message, response=response, body=body, errors=details)
