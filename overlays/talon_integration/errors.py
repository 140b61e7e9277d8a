"""Every exception the client raises, in one tree, and the one status-to-class table.

```
TalonError
├── ConfigurationError             missing/invalid base URL or credentials, at construction
├── InvalidInputError (ValueError) bad arguments caught before any network I/O
├── ClientClosedError (RuntimeError) a call on a closed client, or one that close() interrupted
├── APIConnectionError             could not reach the server / connection dropped
│   └── APITimeoutError
├── APIStatusError                 status_code, message, errors, body, request_id, response
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404
│   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429 (retry_after)
│   └── InternalServerError >= 500
└── APIResponseValidationError     2xx body that is not JSON or of the wrong top-level type; with
    │                              strict_response_validation, any mismatch (.problems, .partial)
    └── ResponseTooLargeError      a body over max_response_bytes (raw or decompressed)
```

Messages never contain credentials: they are built from the status, the server's message and the
request's method and path template only.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import httpx

from talon_integration_generated.models import ErrorItem, ErrorResponse
from talon_integration_generated.types import InputError, SchemaError

if TYPE_CHECKING:
    from ._problems import ResponseProblem

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "TalonError",
    "UnprocessableEntityError",
]


class TalonError(Exception):
    """Root of every error this package raises: ``except TalonError`` catches them all.

    Example:
        ```python
        try:
            state = client.update_customer_session("sess-1", coupon=code)
        except errors.InvalidInputError as exc:  # our bug: fix the call
            log.error("bad argument %s: %s", exc.parameter, exc)
        except errors.APIConnectionError:        # service unreachable: go on without discounts
            state = None
        except errors.APIStatusError as exc:     # the service said no
            log.warning("%s %s (request id %s)", exc.status_code, exc.message, exc.request_id)
        ```
    """


class ConfigurationError(TalonError):
    """The client was configured wrongly: raised at construction, never later.

    The message names the argument and its env var (``base_url is missing: pass base_url=... or set
    TALON_BASE_URL``) and never contains a credential.
    """


class InvalidInputError(TalonError, ValueError):
    """An argument the service would refuse; raised before any network I/O.

    ``parameter`` names the argument (``cart_items[0].quantity``) and ``pointer`` the same place in the JSON
    body (``/cartItems/0/quantity``) when the check came from the spec; both are ``None`` otherwise.
    Also a ``ValueError``. Nothing was sent: retrying the same call cannot help.

    Example:
        ```python
        try:
            client.update_customer_session("sess-1", cart_items=[{"sku": "s", "name": "n", "quantity": 0, "price": 1}])
        except errors.InvalidInputError as exc:
            assert exc.pointer == "/cartItems/0/quantity"
        ```
    """

    def __init__(self, message: str, *, parameter: str | None = None, pointer: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.pointer = pointer

    @classmethod
    def from_input_error(cls, error: InputError) -> InvalidInputError:
        """The generated layer's ``InputError`` (a spec check that failed) as this package's error."""
        return cls(str(error), parameter=error.name or None, pointer=error.pointer or None)


class ClientClosedError(TalonError, RuntimeError):
    """The client was closed: before this call, or while it was in flight or waiting to retry.

    Not an ``APIConnectionError`` on purpose: a "service down, charge full price" handler must not swallow
    a shutdown of our own.
    """

    def __init__(self, message: str = "The client is closed; create a new one (or do not close it yet).") -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(TalonError):
    """The server could not be reached, or the connection broke before a full answer arrived.

    Raised once the retries are used up (or at once where a retry could apply the request twice).
    ``__cause__`` is the httpx error; ``request`` the ``httpx.Request`` of the last attempt.
    A non-idempotent call (``track_event``, ``create_referral``) whose connection dropped may or may not
    have been applied.
    """

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APITimeoutError(APIConnectionError):
    """A timeout (``timeout=``, per wait of one attempt) or the call's ``deadline`` passed."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class ErrorDetail(ErrorItem):
    """One entry of a Talon.One error body's ``errors`` list (the spec's ``ErrorItem``), with its ``source``
    fields at hand: ``pointer`` (a JSON pointer into the request body), ``parameter`` and ``line``."""

    __slots__ = ()

    @property
    def pointer(self) -> str | None:
        return self.source.pointer if self.source is not None else None

    @property
    def parameter(self) -> str | None:
        return self.source.parameter if self.source is not None else None

    @property
    def line(self) -> str | None:
        return self.source.line if self.source is not None else None


class APIStatusError(TalonError):
    """The service answered with a status that is not a success (after the retries, where they apply).

    Attributes:
        status_code: The HTTP status.
        message: The error body's ``message``, else the status's reason phrase.
        errors: The body's ``errors`` as ``ErrorDetail`` items (``title``, ``details``, ``pointer``,
            ``parameter``, ``line``); an entry of another shape is skipped.
        body: The decoded error body (JSON, or text), from at most its first 64 KiB.
        request_id: The ``x-request-id`` header, or ``None``: quote it to Talon.One support.
        response: The ``httpx.Response``.

    The subclasses tell the common statuses apart (400, 401, 403, 404, 409, 422, 429 and >= 500); any other
    error status raises this class itself.
    """

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
    """429: rate limited. ``retry_after`` is the server's wait in seconds (``Retry-After``), or None.

    Retried first where ``Retry-After`` is at most 60 s; a longer one is raised at once.
    """

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
    """A success answer the client cannot return as its typed result; ``body`` keeps the raw bytes.

    Raised for a body that is not JSON, or whose top level is not the JSON type the operation returns (then
    ``problems`` is empty and ``partial`` is ``None``), and, only by a client with
    ``strict_response_validation=True``, for an answer with any field that does not match the schema: then
    ``problems`` lists every mismatch (``ResponseProblem``: a JSON pointer and what was expected) and ``partial``
    is the result a tolerant client returns, so the effects can still be read. The message names the operation
    and the pointers (``updateCustomerSession: the response does not match the schema at 1 place:
    /loyalty/programs/7/id: required field is missing``). ``status_code`` and ``response`` are the answer's.
    The service did apply the request.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: bytes,
        problems: tuple[ResponseProblem, ...] = (),
        partial: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.body = body
        self.status_code = response.status_code
        self.problems = problems
        self.partial = partial


class ResponseTooLargeError(APIResponseValidationError):
    """A success answer larger than ``max_response_bytes`` (as sent, or once decompressed); never held in full.

    ``body`` is empty: what was read so far is dropped.
    """


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
    """Decode an error body leniently: the spec's ErrorResponse where it is one, else whatever came (HTML, empty,
    odd JSON). A malformed ``errors`` entry is skipped, not fatal: the status still tells what happened."""
    try:
        body: Any = json.loads(content) if content else None
    except (ValueError, RecursionError):
        return content.decode("utf-8", "replace"), None, []
    if not isinstance(body, dict):
        return body, None, []
    message = body.get("message")
    details: list[ErrorDetail] = []
    try:
        details = [ErrorDetail.from_dict(item) for item in ErrorResponse.from_dict(body).to_dict().get("errors", [])]
    except (SchemaError, RecursionError):
        raw_errors = body.get("errors")
        for item in raw_errors if isinstance(raw_errors, list) else []:
            try:
                details.append(ErrorDetail.from_dict(item) if isinstance(item, dict) else _not_an_item())
            except (SchemaError, RecursionError):
                continue
    return body, message if isinstance(message, str) and message else None, details


def _not_an_item() -> ErrorDetail:
    raise SchemaError("not an object")


def redact(content: bytes, secrets: tuple[str, ...]) -> bytes:
    """``content`` with every secret (as sent, or JSON-escaped; any letter case) replaced by ``<redacted>``."""
    forms: set[str] = set()
    for secret in secrets:
        if len(secret) < 4:  # too short to tell from ordinary text; such secrets are refused anyway
            continue
        escaped = json.dumps(secret)[1:-1]
        forms.update((secret, escaped, escaped.replace("/", "\\/")))
    if not forms or not content:
        return content
    pattern = b"|".join(re.escape(form.encode()) for form in sorted(forms, key=len, reverse=True))
    return re.sub(pattern, b"<redacted>", content, flags=re.IGNORECASE)


def make_status_error(
    response: httpx.Response, *, retry_after: float | None = None, secrets: tuple[str, ...] = ()
) -> APIStatusError:
    """Build the typed error for a non-success response (the body must already be read).

    ``secrets`` (the client's credentials and the request's computed credential headers) are redacted from what
    the server sent before anything is taken from it: a server that echoes the credential in its message puts
    it in no exception text, ``body`` or ``response.content``.
    """
    if secrets:
        response._content = redact(response.content, secrets)
        request_id = response.headers.get("x-request-id")
        if request_id is not None:
            clean = redact(request_id.encode("latin-1", "replace"), secrets).decode("latin-1")
            if clean != request_id:
                response.headers["x-request-id"] = clean
    body, message, details = _parse_error_body(response.content)
    if message is None:
        message = response.reason_phrase or "HTTP error"
    cls = error_class_for(response.status_code)
    if cls is RateLimitError:
        return RateLimitError(message, response=response, body=body, errors=details, retry_after=retry_after)
    return cls(message, response=response, body=body, errors=details)
