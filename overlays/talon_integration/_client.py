"""``IntegrationClient`` and ``AsyncIntegrationClient``: every operation of openapi.yaml, sync and async.

The operations themselves are generated (``talon_integration_generated.client``): one typed method per
operation that checks its arguments and builds the path and JSON body, then calls ``_request``. What the spec
cannot say lives here, once for both clients: configuration, auth, the retry loop, the deadline, limits on
what is read, error mapping and parsing. The retry loop is a generator that *yields* what to do (send this
request, sleep this long), so the two clients differ only in the lines that do I/O (``_send``/``_sleep``).
"""

from __future__ import annotations

import contextvars
import copy
import datetime
import functools
import json
import logging
import math
import os
import platform
import re
import threading
import time
import zlib
from collections.abc import Callable, Generator, Mapping
from decimal import Decimal
from typing import Any, TypeVar, Unpack

import anyio  # comes with httpx (its async backend layer); sleeps in the async client work under asyncio and trio
import httpx

from talon_integration_generated import client as _operations
from talon_integration_generated import types as _t
from talon_integration_generated.models import NewCustomerSessionDict
from talon_integration_generated.types import RawResponse, RequestOptions, SchemaError

from ._logging import configure_from_env, logger
from ._problems import describe, parse_tolerant
from ._retry import RetryPolicy
from ._version import __version__
from .auth import ApiKeyAuth, ContentSignatureAuth
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidInputError,
    ResponseTooLargeError,
    make_status_error,
)
from .models import IntegrationState, result_class

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncIntegrationClient",
    "IntegrationClient",
    "RawResponse",
    "SessionFields",
]

T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_DEADLINE = 60.0
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
MAX_ERROR_BODY_BYTES = 64 * 1024
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
_HEADER_VALUE = re.compile(r"[\x20-\x7e]*")  # printable ASCII: what every HTTP stack sends as is
_CREDENTIAL_HEADERS = frozenset({"authorization", "content-signature"})
_OPTIONS = frozenset(RequestOptions.__annotations__)
_Step = httpx.Request | float  # what the retry loop asks the I/O driver to do
# What a body may be compressed with: the client asks for these only (Accept-Encoding) and decompresses them
# itself, a chunk at a time and never past the limit (zlib wbits: 31 gzip, 15 zlib-wrapped deflate).
_ACCEPT_ENCODING = "gzip, deflate"
_INFLATE_WBITS = {"gzip": 31, "x-gzip": 31, "deflate": 15}
_now = time.monotonic  # the clock of deadlines (tests replace it)
# The deadline of the call in progress in this thread or task, for the guarded sockets of our own pool (_sockets).
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("talon_integration_deadline", default=None)


class _NotGiven:
    """Sentinel for "argument not passed" where ``None`` has a meaning of its own."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def _user_agent() -> str:
    return f"talon-integration-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


def _resolve_timeout(timeout: Any, error: type[Exception] = ConfigurationError) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < math.inf:
        raise error(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def _resolve_deadline(deadline: Any, error: type[Exception] = ConfigurationError) -> float | None:
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, int | float) or not 0 < deadline < math.inf:
        raise error(f"deadline must be a positive number of seconds or None, got {deadline!r}")
    return float(deadline)


def _resolve_max_retries(max_retries: Any) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def _resolve_max_response_bytes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be a positive integer, got {value!r}")
    return value


def _resolve_strict(value: Any) -> bool:
    if type(value) is not bool:
        raise ConfigurationError(f"strict_response_validation must be True or False, got {type(value).__name__}")
    return value


def _resolve_base_url(base_url: str | None, environ: Mapping[str, str]) -> str:
    value = base_url if base_url is not None else environ.get("TALON_BASE_URL")
    if not value:
        raise ConfigurationError("base_url is missing: pass base_url=... or set TALON_BASE_URL")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError("base_url (or TALON_BASE_URL) is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            "base_url (or TALON_BASE_URL) must be an http(s) URL such as https://mycompany.talon.one"
        )
    if url.query or url.fragment or url.userinfo:
        raise ConfigurationError("base_url (or TALON_BASE_URL) must not carry credentials, a query or a fragment")
    return str(url.copy_with(query=None)).rstrip("/")


def _resolve_auth(
    api_key: str | None, application_id: int | str | None, application_key: str | None, environ: Mapping[str, str]
) -> ApiKeyAuth | ContentSignatureAuth:
    # Arguments win; a missing one comes from its env var, but only for the credential form the
    # arguments chose (an explicit api_key is never combined with an application key from the env).
    if api_key is None:
        if application_id is None and application_key is None:
            api_key = environ.get("TALON_API_KEY") or None
        if application_id is None:
            application_id = environ.get("TALON_APPLICATION_ID") or None
        if application_key is None:
            application_key = environ.get("TALON_APPLICATION_KEY") or None
    if api_key is not None and (application_id is not None or application_key is not None):
        raise ConfigurationError(
            "pass either api_key (TALON_API_KEY) or application_id + application_key "
            "(TALON_APPLICATION_ID, TALON_APPLICATION_KEY), not both"
        )
    if api_key is not None:
        try:
            return ApiKeyAuth(api_key)
        except InvalidInputError as exc:
            raise ConfigurationError(f"api_key (TALON_API_KEY): {exc}") from None
    if application_id is None and application_key is None:
        raise ConfigurationError(
            "credentials are missing: pass api_key=... (or set TALON_API_KEY), or application_id=... and "
            "application_key=... (or set TALON_APPLICATION_ID and TALON_APPLICATION_KEY)"
        )
    if application_id is None or application_key is None:
        missing = (
            "application_id (TALON_APPLICATION_ID)"
            if application_id is None
            else "application_key (TALON_APPLICATION_KEY)"
        )
        raise ConfigurationError(f"{missing} is missing: HMAC signing needs both application_id and application_key")
    if isinstance(application_id, str) and application_id.strip().isdecimal() and application_id.strip().isascii():
        application_id = int(application_id)
    if isinstance(application_id, bool) or not isinstance(application_id, int) or application_id < 1:
        raise ConfigurationError("application_id (TALON_APPLICATION_ID) must be a positive integer")
    try:
        return ContentSignatureAuth(application_id, application_key)
    except InvalidInputError as exc:
        raise ConfigurationError(f"application_key (TALON_APPLICATION_KEY): {exc}") from None


def _check_headers(headers: Any, what: str, error: type[Exception]) -> dict[str, str]:
    """Header names must be tokens and values printable ASCII; credentials never come this way."""
    if not isinstance(headers, Mapping):
        raise error(f"{what} must be a mapping of header names to values")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise error(f"{what} names and values must be strings, got {name!r}")
        if not _HEADER_NAME.fullmatch(name) or not _HEADER_VALUE.fullmatch(value):
            raise error(f"{what}[{name!r}]: header names must be tokens and values printable ASCII")
        if name.lower() in _CREDENTIAL_HEADERS:
            raise error(f"{what} must not set {name}: pass credentials to the client instead")
    return dict(headers)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "isoformat"):  # datetime / date in extra_body
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _encode(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes sent: compact UTF-8 JSON; values JSON cannot carry raise InvalidInputError."""
    try:
        text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default)
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidInputError(f"request body cannot be sent as JSON: {exc}") from None
    try:
        return text.encode()
    except UnicodeEncodeError:
        raise InvalidInputError("request body is not valid Unicode text (lone surrogate?)") from None


def _longest(timeout: httpx.Timeout) -> float:
    """The longest wait a timeout allows (infinite when one of its parts is unbounded)."""
    longest = 0.0
    for part in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        if part is None:
            return math.inf
        longest = max(longest, part)
    return longest


class _Call:
    """One call in progress: the request to (re)send and what bounds it (deadline, longest timeout, body limits)."""

    __slots__ = ("deadline", "limit", "longest", "operation", "request", "started")

    def __init__(
        self, operation: _t.Operation[Any], request: httpx.Request, deadline: float | None, longest: float, limit: int
    ):
        self.operation = operation
        self.request = request
        self.started = _now()
        self.deadline = None if deadline is None else self.started + deadline
        self.longest = longest
        self.limit = limit

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - _now()


class _BaseClient:
    """Configuration, request building and the retry loop; no I/O."""

    _http: httpx.Client | httpx.AsyncClient

    def _invalid_input(self, error: _t.InputError) -> Exception:
        return InvalidInputError.from_input_error(error)

    def __init__(
        self,
        base_url: str | None,
        *,
        api_key: str | None,
        application_id: int | str | None,
        application_key: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        deadline: float | None,
        max_response_bytes: int,
        strict_response_validation: bool,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        env = os.environ
        self.base_url = _resolve_base_url(base_url, env)
        self._auth = _resolve_auth(api_key, application_id, application_key, env)
        # HMAC signing is per body, in _start; an API key is a fixed header that goes with the defaults.
        self._signer = self._auth if isinstance(self._auth, ContentSignatureAuth) else None
        self.timeout = _resolve_timeout(timeout)
        self._longest = _longest(self.timeout)
        self.max_retries = _resolve_max_retries(max_retries)
        self.deadline = _resolve_deadline(deadline)
        self.max_response_bytes = _resolve_max_response_bytes(max_response_bytes)
        self.strict_response_validation = _resolve_strict(strict_response_validation)
        self._policy = RetryPolicy(max_retries=self.max_retries)
        headers = {"User-Agent": _user_agent(), "Accept": "application/json", "Accept-Encoding": _ACCEPT_ENCODING}
        if default_headers is not None:
            headers.update(_check_headers(default_headers, "default_headers", ConfigurationError))
        self._headers = headers
        self._owns_http = True
        configure_from_env(env)

    def _attach(self, http_client: Any, transport: Any, client_class: type[Any]) -> None:
        """Use the caller's httpx client, or build our own (then its defaults carry headers and timeout, its
        pools' sockets are guarded, see ``_sockets``, and calls go straight to its transport)."""
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        headers = {**self._headers, **self._auth.fixed_headers()}
        if http_client is not None:
            if not isinstance(http_client, client_class):
                raise ConfigurationError(f"http_client must be an httpx.{client_class.__name__}")
            self._http = http_client
            self._owns_http = False
            # The caller's client keeps its own defaults, hooks and cookies: ours go on every request, and the
            # request goes through its send().
            self._plain_headers: dict[str, str] | None = headers
            self._json_headers = {**headers, "Content-Type": "application/json"}
            self._request_timeout: Any = self.timeout
            direct = None
        else:
            self._http = client_class(
                transport=transport, timeout=self.timeout, headers=headers, follow_redirects=False
            )
            if transport is None:
                from ._sockets import guard_pools  # here: it needs httpcore, which httpx imports for its pool only

                guard_pools(self._http)
            # Per-request headers and timeouts make httpx merge them on every call: pass only what differs.
            self._plain_headers = None
            self._json_headers = {"Content-Type": "application/json"}
            self._request_timeout = httpx.USE_CLIENT_DEFAULT
            direct = _transport_for(self._http, self.base_url)
        # What sends one attempt (stream=True: _send reads the body within its limits); credentials are in the
        # headers already, so a user's client's own auth stays out of it.
        self._dispatch: Callable[[httpx.Request], Any]
        if direct is None:
            self._dispatch = functools.partial(self._http.send, auth=None, stream=True)
        elif client_class is httpx.AsyncClient:
            self._dispatch = direct.handle_async_request
        else:
            self._dispatch = direct.handle_request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth!r})"

    def _copy(self, **changes: Any) -> Any:
        clone = copy.copy(self)
        for name, value in changes.items():
            if value is NOT_GIVEN:
                continue
            if name == "timeout":
                clone.timeout = clone._request_timeout = _resolve_timeout(value)
                clone._longest = _longest(clone.timeout)
            elif name == "max_retries":
                clone.max_retries = _resolve_max_retries(value)
                clone._policy = RetryPolicy(max_retries=clone.max_retries, rand=self._policy.rand, now=self._policy.now)
            elif name == "deadline":
                clone.deadline = _resolve_deadline(value)
            elif name == "max_response_bytes":
                clone.max_response_bytes = _resolve_max_response_bytes(value)
            elif name == "strict_response_validation":
                clone.strict_response_validation = _resolve_strict(value)
        clone._owns_http = False  # the pool belongs to the client it was copied from
        return clone

    # ---- one call: build, retry, parse (shared by both clients) --------------------------------------------

    def _start(self, op: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions) -> _Call:
        """The request of a call (body encoded, options applied) and its bounds; raises before any I/O."""
        if self._http.is_closed:
            raise ClientClosedError()
        timeout, longest, deadline, headers = self._request_timeout, self._longest, self.deadline, None
        if options:
            unknown = options.keys() - _OPTIONS
            if unknown:
                raise InvalidInputError(f"{op.name}() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
            if "timeout" in options:
                timeout = _resolve_timeout(options["timeout"], InvalidInputError)
                longest = _longest(timeout)
            if "deadline" in options:
                deadline = _resolve_deadline(options["deadline"], InvalidInputError)
            if "extra_headers" in options:
                headers = _check_headers(options["extra_headers"], "extra_headers", InvalidInputError)
            if "extra_body" in options:
                extra = options["extra_body"]
                if not isinstance(extra, Mapping) or not all(isinstance(k, str) for k in extra):
                    raise InvalidInputError("extra_body must be a mapping of field names to values")
                body = {**(body or {}), **extra}  # merged before encoding, so the signature covers it
        content = None if body is None else _encode(body)
        signer = self._signer
        if signer is not None:
            if content is None and op.signed_empty_body:
                content = b"{}"  # what Talon.One's guide signs for a bodiless DELETE (API-FACTS.md)
            # The exact bytes sent, extra_body included (b"" when there is no body).
            headers = {**(headers or {}), "Content-Signature": signer.signature_header(content or b"")}
        base_headers = self._plain_headers if content is None else self._json_headers
        if headers:
            base_headers = {**(base_headers or {}), **headers}
        try:
            request = self._http.build_request(
                op.method, self.base_url + path, content=content, headers=base_headers, timeout=timeout
            )
        except httpx.InvalidURL as exc:  # e.g. a path ID too long for a URL
            raise InvalidInputError(f"{op.name}(): the request URL cannot be built: {exc}") from None
        return _Call(op, request, deadline, longest, self.max_response_bytes)

    def _flow(self, call: _Call) -> Generator[_Step, Any, httpx.Response]:
        """The retry loop. Yields the request (gets the response, body read, or an exception) or a delay to sleep;
        returns the successful response."""
        op, request, policy = call.operation, call.request, self._policy
        attempt = 0
        while True:
            started = time.perf_counter()
            remaining = call.remaining()
            if remaining is not None:
                if remaining <= 0:
                    raise APITimeoutError(
                        f"{op.name}: the deadline passed before the call could finish", request=request
                    )
                if remaining < call.longest:  # else no timeout can outlast the deadline
                    _bound_timeout(request, remaining)
            try:
                response: httpx.Response = yield request
            except httpx.RequestError as exc:
                decision = policy.after_error(attempt, op.idempotent, exc)
                delay = _within(call, decision.delay)
                _log_error(op.method, op.path, attempt, started, exc, delay)
                if delay is None:
                    if isinstance(exc, httpx.TimeoutException) or _deadline_passed(call):
                        raise APITimeoutError(request=request) from exc
                    raise APIConnectionError(f"Connection error: {type(exc).__name__}", request=request) from exc
                yield delay
                attempt += 1
                continue
            status = response.status_code
            if logger.isEnabledFor(logging.DEBUG):  # skip formatting work when nobody listens
                _log_attempt(op.method, op.path, status, attempt, started, response)
            if 200 <= status < 300:
                return response
            # The body was read (up to its cap) and the response closed: nothing is held while we sleep.
            decision = policy.after_response(attempt, op.idempotent, response)
            delay = _within(call, decision.delay)
            if delay is None:
                logger.info("%s %s failed with %s (attempt %d)", op.method, op.path, status, attempt + 1)
                raise make_status_error(response, retry_after=decision.retry_after)
            logger.info(
                "%s %s got %s; retry %d of %d in %.2f s",
                op.method, op.path, status, attempt + 1, policy.max_retries, delay,
            )  # fmt: skip
            yield delay
            attempt += 1

    def _result(self, op: _t.Operation[Any], response: httpx.Response) -> Any:
        """The typed result of a successful response (``None`` for an operation without one).

        Tolerant unless ``strict_response_validation``: a body of the right top-level JSON type always gives the
        result; fields that do not match the schema are listed (``response_problems``) and logged, not fatal.
        """
        if op.result is None:
            return None
        content = response.content
        try:
            data = json.loads(content)
        except (ValueError, RecursionError) as exc:
            raise APIResponseValidationError(
                f"{op.operation_id}: the response body is not JSON", response=response, body=content
            ) from exc
        if type(data) is not dict:
            raise APIResponseValidationError(
                f"{op.operation_id}: expected a JSON object, got {type(data).__name__}", response=response, body=content
            )
        cls = result_class(op.result)
        try:
            # The JSON is ours: parsed consuming it, so its objects are freed as the models are made.
            return cls._parse(data, True)
        except (SchemaError, RecursionError):
            pass  # the slow path: parsed again, tolerantly, from the bytes
        try:
            result, problems = parse_tolerant(cls, content)
        except (ValueError, RecursionError) as exc:  # the same bytes decoded once already: not expected
            raise APIResponseValidationError(
                f"{op.operation_id}: the response cannot be parsed", response=response, body=content
            ) from exc
        if not problems:  # the fast parser's and the tolerant parser's checks are the same: not expected
            return result
        places = f"{len(problems)} place{'s' if len(problems) != 1 else ''}"
        if self.strict_response_validation:
            raise APIResponseValidationError(
                f"{op.operation_id}: the response does not match the schema at {places}: "
                f"{describe(problems, messages=True)}",
                response=response, body=content, problems=problems, partial=result,
            )  # fmt: skip
        logger.warning(
            "%s: the answer does not match the spec at %s (kept; see talon_integration.response_problems): %s",
            op.operation_id, places, describe(problems, messages=False),
        )  # fmt: skip
        return result


def _transport_for(http: httpx.Client | httpx.AsyncClient, base_url: str) -> Any:
    """The transport our own httpx client picks for ``base_url`` (its own, or an env proxy's mount), which the
    calls use directly: what ``send()`` adds on top (auth flows, redirects, event hooks, the cookie jar) is not
    used by a client we built, and costs about 0.1 ms a call. Every request goes to ``base_url``, so the pick is
    made once. ``None`` (calls go through ``send()``) should httpx stop offering the pick.
    """
    pick = getattr(http, "_transport_for_url", None)
    if pick is None:
        return None
    try:
        return pick(httpx.URL(base_url))
    except Exception:  # a private method that changed: fall back to the public path
        return None


def _bound_timeout(request: httpx.Request, remaining: float) -> None:
    """Shorten the attempt's timeouts so that it cannot outlast the call's deadline."""
    timeout = dict(request.extensions.get("timeout") or {})
    for key in ("connect", "read", "write", "pool"):
        value = timeout.get(key)
        timeout[key] = remaining if value is None else min(value, remaining)
    request.extensions["timeout"] = timeout


def _within(call: _Call, delay: float | None) -> float | None:
    """The retry delay, or None when waiting and trying again would pass the deadline."""
    if delay is None:
        return None
    remaining = call.remaining()
    if remaining is not None and delay >= remaining:
        return None
    return delay


def _deadline_passed(call: _Call) -> bool:
    remaining = call.remaining()
    return remaining is not None and remaining <= 0


class _Inflate:
    """gzip or deflate, decompressed a chunk at a time and never more than asked for (zlib's ``max_length``)."""

    __slots__ = ("retry", "zlib")

    def __init__(self, wbits: int) -> None:
        self.zlib = zlib.decompressobj(wbits)
        self.retry = wbits == 15  # "deflate" is zlib-wrapped by the RFC and raw in the wild: try both, as httpx does

    def __call__(self, data: bytes, max_length: int) -> bytes:
        try:
            out = self.zlib.decompress(data, max_length)
        except zlib.error:
            if not self.retry:
                raise
            self.zlib = zlib.decompressobj(-15)
            out = self.zlib.decompress(data, max_length)
        self.retry = False
        return out


def _inflater(encoding: str) -> _Inflate | None:
    """The decompressor for a Content-Encoding; None for none, or for one the client did not ask for (which is
    left as sent, as httpx leaves an encoding it does not know)."""
    codings = [c for c in (part.strip().lower() for part in encoding.split(",")) if c and c != "identity"]
    if len(codings) == 1 and codings[0] in _INFLATE_WBITS:
        return _Inflate(_INFLATE_WBITS[codings[0]])
    return None


def _declared_over(length: str | None, limit: int) -> bool:
    """True when a Content-Length says the body is over ``limit`` (an odd one is left to the stream to tell)."""
    return length is not None and length.isascii() and length.isdigit() and (len(length) > 18 or int(length) > limit)


class _Body:
    """One answer's body, taken a chunk at a time as it arrives and held only within its bounds.

    ``limit`` bounds the body both as sent and once decompressed, while it streams: a chunk that would expand
    to gigabytes yields at most ``limit + 1`` bytes. A success body over it raises ``ResponseTooLargeError``
    (before reading anything when its Content-Length says so); an error body keeps its first 64 KiB and the
    rest is never read. The call's deadline is checked as each chunk arrives.
    """

    __slots__ = ("call", "chunks", "inflate", "limit", "raw", "response", "size", "streams", "success")

    def __init__(self, call: _Call, response: httpx.Response) -> None:
        self.call = call
        self.response = response
        self.success = success = 200 <= response.status_code < 300
        self.limit = limit = call.limit if success else min(call.limit, MAX_ERROR_BODY_BYTES)
        self.chunks: list[bytes] = []
        self.raw = self.size = 0
        headers = response.headers
        encoding = headers.get("content-encoding")
        self.inflate = None if encoding is None else _inflater(encoding)
        if success and _declared_over(headers.get("content-length"), limit):
            raise self.too_large()
        self.streams = not response.is_stream_consumed
        if not self.streams:  # built in memory and read already (httpx.MockTransport and the like): decoded
            self.inflate = None
            self.feed(response.content)

    def feed(self, chunk: bytes) -> bool:
        """Take one chunk as sent; True when nothing more is to be read (an error body at its cap)."""
        self.raw += len(chunk)
        room = self.limit - self.size
        if self.inflate is not None:
            try:
                chunk = self.inflate(chunk, room + 1)
            except zlib.error:
                if self.success:
                    raise APIResponseValidationError(
                        f"{self.call.operation.operation_id}: the response body cannot be decompressed "
                        f"(Content-Encoding: {self.response.headers.get('content-encoding')})",
                        response=self._empty(), body=b"",
                    ) from None  # fmt: skip
                return True  # an error body: the status says what went wrong; keep what was decoded
        if len(chunk) > room or self.raw > self.limit:
            if self.success:
                raise self.too_large()
            self.chunks.append(chunk[:room])
            return True
        self.chunks.append(chunk)
        self.size += len(chunk)
        deadline = self.call.deadline
        if deadline is not None and _now() > deadline:
            raise APITimeoutError(f"{self.call.operation.name}: the deadline passed while the answer was read",
                                  request=self.call.request)  # fmt: skip
        return False

    def content(self) -> bytes:
        return b"".join(self.chunks)

    def _empty(self) -> httpx.Response:
        self.response._content = b""  # what the error carries: the headers and status, none of the body
        return self.response

    def too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{self.call.operation.operation_id}: the response body exceeds max_response_bytes ({self.limit} bytes)",
            response=self._empty(),
            body=b"",
        )


def _read(response: httpx.Response, body: _Body, started: float) -> httpx.Response:
    """The response as after ``read()``: ``.content`` and ``.json()`` work, and ``.elapsed`` is the time from
    sending to the end of the body (a direct transport call does not set it; ``send()`` does, but not for a
    response built in memory)."""
    response._content = body.content()
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    return response


def _unsent(closed: bool, request: httpx.Request, exc: RuntimeError) -> Exception:
    """What a RuntimeError of httpx's send means: the client was closed, or the transport failed."""
    if closed:
        return ClientClosedError("The client was closed while the call was in flight.")
    return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request=request)


def _unread(closed: bool, request: httpx.Request, exc: RuntimeError) -> Exception:
    """What a RuntimeError while the answer was read means: the client was closed, or the transport failed."""
    if closed:
        return ClientClosedError("The client was closed while the answer was read.")
    return APIConnectionError(f"Connection error while the answer was read: {type(exc).__name__}", request=request)


def _log_attempt(method: str, path: str, status: int, attempt: int, started: float, response: httpx.Response) -> None:
    logger.debug(
        "%s %s -> %s (attempt %d, %.1f ms, request id %s)",
        method, path, status, attempt + 1, (time.perf_counter() - started) * 1000,
        response.headers.get("x-request-id", "-"),
    )  # fmt: skip


def _log_error(method: str, path: str, attempt: int, started: float, exc: Exception, delay: float | None) -> None:
    elapsed = (time.perf_counter() - started) * 1000
    name = type(exc).__name__
    if delay is None:
        logger.info("%s %s failed: %s (attempt %d, %.1f ms)", method, path, name, attempt + 1, elapsed)
    else:
        logger.info("%s %s failed: %s (attempt %d, %.1f ms); retry in %.2f s", method, path, name, attempt + 1,
                    elapsed, delay)  # fmt: skip


class SessionFields(NewCustomerSessionDict, RequestOptions, total=False):
    """The keywords of ``update_customer_session`` (and the per-call options), for close/cancel."""


def _with_state(fields: Mapping[str, Any], state: str, method: str) -> dict[str, Any]:
    """close/cancel's keywords with the state they set (one the caller passed too is refused, not overridden)."""
    if "state" in fields:
        raise InvalidInputError(f"{method}() sets the state itself; use update_customer_session(state=...)")
    return {**fields, "state": state}


class IntegrationClient(_BaseClient, _operations.SyncOperations[IntegrationState]):
    """Synchronous client of the Talon.One v1 Integration API: one method per operation of openapi.yaml.

    Each operation method checks its arguments as the spec states (``InvalidInputError`` before any I/O),
    sends the request with the configured credentials, retries what is safe to retry, and returns the typed
    result or raises a ``TalonError``. Every method also takes the per-call options ``timeout=``,
    ``deadline=``, ``extra_headers=`` and ``extra_body=``; ``client.with_raw_response.<method>(...)`` returns
    the HTTP answer instead. Use it as a context manager, or call ``close()``: it owns a connection pool.

    Args:
        base_url: The deployment, e.g. ``https://mycompany.talon.one`` (default: ``$TALON_BASE_URL``). An http(s)
            URL without credentials, query or fragment; a trailing ``/`` is dropped.
        api_key: An API key of the Application, sent as ``Authorization: ApiKey-v1 <key>`` (default:
            ``$TALON_API_KEY``, unless application credentials are passed).
        application_id: For HMAC signing (``Content-Signature``), with ``application_key`` (default:
            ``$TALON_APPLICATION_ID``). Pass either ``api_key`` or these two.
        application_key: The hex Application key that signs each request body (default:
            ``$TALON_APPLICATION_KEY``).
        timeout: Seconds (or an ``httpx.Timeout``) for each wait of one attempt: connect, read, write, pool
            (default: 10 s, 5 s to connect).
        max_retries: Retries of a failed call where retrying is safe (default 2; 0 turns retries off).
        deadline: Seconds for a whole call, all attempts and waits included; ``None`` for none (default 60 s).
        max_response_bytes: The largest response body the client reads, as sent or decompressed (default
            16 MiB); a larger success answer raises ``ResponseTooLargeError``.
        strict_response_validation: By default an answer with fields that do not match the spec is returned all
            the same, those fields ``None`` and listed by ``talon_integration.response_problems(result)`` (and one
            WARNING log record); ``True`` raises ``APIResponseValidationError`` instead (with ``problems`` and the
            tolerant result as ``partial``).
        default_headers: Headers sent with every request (names are tokens, values printable ASCII; never
            credentials).
        http_client: Your own ``httpx.Client`` (proxies, mTLS, event hooks); you close it.
        transport: An ``httpx`` transport for the client's own pool, e.g. ``httpx.MockTransport`` or
            ``talon_integration.testing.SandboxTransport``. Not together with ``http_client``.

    Arguments win over the environment. Secrets never appear in ``repr()``, exception text or logs.
    ``TALON_LOG=debug`` (or ``info``) attaches a stderr handler to the ``talon_integration`` logger.

    Raises:
        ConfigurationError: A missing or malformed argument or env var (named in the message), when the client
            is created; never later.

    Example:
        ```python
        with IntegrationClient(base_url="https://mycompany.talon.one", api_key="...") as client:
            state = client.update_customer_session("sess-1", profile_id="user-42", coupon="XMAS-2026")
        ```
    """

    _http: httpx.Client

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        application_id: int | str | None = None,
        application_key: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url, api_key=api_key, application_id=application_id, application_key=application_key,
            timeout=timeout, max_retries=max_retries, deadline=deadline, max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation, default_headers=default_headers,
        )  # fmt: skip
        self._attach(http_client, transport, httpx.Client)
        self._closing = threading.Event()  # set by close(): ends a wait to retry at once (copies share it)
        self._sleep = self._closing.wait

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout = NOT_GIVEN,
        max_retries: int = NOT_GIVEN,
        deadline: float | None = NOT_GIVEN,
        max_response_bytes: int = NOT_GIVEN,
        strict_response_validation: bool = NOT_GIVEN,
    ) -> IntegrationClient:
        """A copy with other settings that shares this client's connection pool.

        Close the original, not the copy (``close()`` on a copy leaves the pool open). Settings not passed are
        this client's.

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            max_retries: Retries of a failed call where retrying is safe (0: none).
            deadline: Seconds for a whole call, attempts and waits included; ``None`` for none.
            max_response_bytes: The largest response body the copy reads.
            strict_response_validation: Raise ``APIResponseValidationError`` for an answer that does not match
                the spec, instead of returning it with its problems listed.

        Returns:
            The new client.

        Raises:
            ConfigurationError: A setting out of range (a timeout that is not a positive number, ...).

        Example:
            ```python
            fast = client.with_options(timeout=2, max_retries=0)
            fast.get_reserved_coupons("user-42")
            ```
        """
        clone: IntegrationClient = self._copy(
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
        )
        return clone

    @property
    def with_raw_response(self) -> _SyncRaw:
        """The same operations, returning the ``RawResponse`` (status, headers, request id; ``parse()``).

        The calls check, send, retry and raise exactly as the plain methods do; only the parsing of a success
        body waits for ``parse()``.

        Example:
            ```python
            raw = client.with_raw_response.get_reserved_coupons("user-42")
            print(raw.status_code, raw.request_id)
            coupons = raw.parse()
            ```
        """
        return _SyncRaw(self)

    def close(self) -> None:
        """Close the connection pool (unless it is a user's own ``http_client`` or this is a copy).

        Idempotent. A call made afterwards raises ``ClientClosedError``, and so do calls in flight or waiting to
        retry in other threads, at once. ``with IntegrationClient(...) as client:`` closes on leaving the block.
        """
        if self._owns_http:
            self._closing.set()
            self._http.close()

    def __enter__(self) -> IntegrationClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close_customer_session(self, customer_session_id: str, **fields: Unpack[SessionFields]) -> IntegrationState:
        """Close the session: the purchase is done, its coupons and referral are redeemed.

        ``update_customer_session(customer_session_id, state="closed", **fields)``: the same request, retries and
        errors.

        Args:
            customer_session_id: The shop's own ID of the session.
            **fields: Any other keyword of ``update_customer_session`` (``profile_id``, ``cart_items``, ``total``,
                ...) and the per-call options; not ``state``.

        Returns:
            The session's ``IntegrationState``, with the effects of the rules that fired.

        Raises:
            InvalidInputError: ``state=`` was passed (this method sets it), or an argument the spec does not allow.
            BadRequestError: The service refused the change, e.g. a session that is already cancelled.

        Example:
            ```python
            state = client.close_customer_session("sess-1", profile_id="user-42")
            ```
        """
        return self.update_customer_session(
            customer_session_id, **_with_state(fields, "closed", "close_customer_session")
        )

    def cancel_customer_session(self, customer_session_id: str, **fields: Unpack[SessionFields]) -> IntegrationState:
        """Cancel the session: an open one is dropped, a closed purchase is undone (redemptions rolled back).

        ``update_customer_session(customer_session_id, state="cancelled", **fields)``: the same request, retries
        and errors.

        Args:
            customer_session_id: The shop's own ID of the session.
            **fields: Any other keyword of ``update_customer_session`` and the per-call options; not ``state``.

        Returns:
            The session's ``IntegrationState``.

        Raises:
            InvalidInputError: ``state=`` was passed (this method sets it), or an argument the spec does not allow.
            BadRequestError: The service refused the change, e.g. a session that is already cancelled.

        Example:
            ```python
            state = client.cancel_customer_session("sess-1")
            ```
        """
        return self.update_customer_session(
            customer_session_id, **_with_state(fields, "cancelled", "cancel_customer_session")
        )

    # ---- I/O ------------------------------------------------------------------------------------------------

    def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions
    ) -> Any:
        return self._result(operation, self._run(self._start(operation, path, body, options)))

    def _run(self, call: _Call) -> httpx.Response:
        flow = self._flow(call)
        step = next(flow)
        try:
            while True:
                if isinstance(step, float):
                    self._sleep(step)
                    if self._http.is_closed:
                        flow.close()
                        raise ClientClosedError("The client was closed while the call waited to retry.")
                    step = flow.send(None)
                    continue
                try:
                    response = self._send(call, step)
                except httpx.RequestError as exc:
                    if self._http.is_closed:
                        flow.close()
                        raise ClientClosedError("The client was closed while the call was in flight.") from exc
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result

    def _send(self, call: _Call, request: httpx.Request) -> httpx.Response:
        """One attempt: send, then read the body as it arrives, within its limits and the deadline."""
        token = _DEADLINE.set(call.deadline)
        started = time.perf_counter()
        try:
            try:
                if self._http.is_closed:  # as send() says; a closed pool would open a new connection
                    raise ClientClosedError()
                response: httpx.Response = self._dispatch(request)
                response.request = request
            except httpx.RequestError as exc:
                exc.request = request  # as send() sets it
                raise
            except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed"
                raise _unsent(self._http.is_closed, request, exc) from exc
            try:
                body = _Body(call, response)
                if body.streams:
                    for chunk in response.iter_raw():
                        if body.feed(chunk):
                            break
            except RuntimeError as exc:  # httpx's StreamError and kin; after close(), the pool shutting down
                raise _unread(self._http.is_closed, request, exc) from exc
            finally:
                response.close()
        finally:
            _DEADLINE.reset(token)
        return _read(response, body, started)


class _RawBase:
    """What both raw-response views share: the client they call through, and its input errors."""

    __slots__ = ("_client",)

    def _invalid_input(self, error: _t.InputError) -> Exception:
        return InvalidInputError.from_input_error(error)


class _SyncRaw(_RawBase, _operations.SyncRawOperations[IntegrationState]):
    """``client.with_raw_response``: the operations of one client, answering with the HTTP response."""

    __slots__ = ()
    _client: IntegrationClient

    def __init__(self, client: IntegrationClient) -> None:
        self._client = client

    def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions
    ) -> Any:
        client = self._client
        call = client._start(operation, path, body, options)
        response = client._run(call)
        return RawResponse(response, lambda: client._result(operation, response), _now() - call.started)


class AsyncIntegrationClient(_BaseClient, _operations.AsyncOperations[IntegrationState]):
    """Asynchronous twin of ``IntegrationClient``: same arguments, same methods, awaited.

    Works under asyncio and trio (anyio). ``http_client`` is an ``httpx.AsyncClient`` and ``transport`` an
    ``httpx.AsyncBaseTransport``; everything else is as for ``IntegrationClient``. Use it as an async context
    manager, or ``await client.aclose()``.

    Args:
        base_url: The deployment (default: ``$TALON_BASE_URL``).
        api_key: An API key of the Application (default: ``$TALON_API_KEY``).
        application_id: For HMAC signing, with ``application_key`` (default: ``$TALON_APPLICATION_ID``).
        application_key: The hex Application key (default: ``$TALON_APPLICATION_KEY``).
        timeout: Seconds (or an ``httpx.Timeout``) for each wait of one attempt (default: 10 s, 5 s to connect).
        max_retries: Retries where retrying is safe (default 2).
        deadline: Seconds for a whole call, all attempts and waits included; ``None`` for none (default 60 s).
        max_response_bytes: The largest response body the client reads (default 16 MiB).
        default_headers: Headers sent with every request (never credentials).
        http_client: Your own ``httpx.AsyncClient``; you close it.
        transport: An async ``httpx`` transport for the client's own pool. Not together with ``http_client``.

    Raises:
        ConfigurationError: A missing or malformed argument or env var, when the client is created.

    Example:
        ```python
        async with AsyncIntegrationClient() as client:  # configured from the TALON_* env vars
            state = await client.track_event(session_id="sess-1", type="viewed_product")
        ```
    """

    _http: httpx.AsyncClient

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        application_id: int | str | None = None,
        application_key: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url, api_key=api_key, application_id=application_id, application_key=application_key,
            timeout=timeout, max_retries=max_retries, deadline=deadline, max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation, default_headers=default_headers,
        )  # fmt: skip
        self._attach(http_client, transport, httpx.AsyncClient)
        self._waits: set[anyio.CancelScope] = set()  # waits to retry in progress: aclose() ends them (copies share it)
        self._sleep = self._wait

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout = NOT_GIVEN,
        max_retries: int = NOT_GIVEN,
        deadline: float | None = NOT_GIVEN,
        max_response_bytes: int = NOT_GIVEN,
        strict_response_validation: bool = NOT_GIVEN,
    ) -> AsyncIntegrationClient:
        """A copy with other settings that shares this client's connection pool (see ``IntegrationClient``).

        Args:
            timeout: Seconds (or an ``httpx.Timeout``) for each wait of one attempt.
            max_retries: Retries of a failed call where retrying is safe (0: none).
            deadline: Seconds for a whole call, attempts and waits included; ``None`` for none.
            max_response_bytes: The largest response body the copy reads.
            strict_response_validation: Raise ``APIResponseValidationError`` for an answer that does not match
                the spec, instead of returning it with its problems listed.

        Returns:
            The new client; close the original, not the copy.

        Raises:
            ConfigurationError: A setting out of range.

        Example:
            ```python
            coupons = await client.with_options(deadline=1.5).get_reserved_coupons("user-42")
            ```
        """
        clone: AsyncIntegrationClient = self._copy(
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            strict_response_validation=strict_response_validation,
        )
        return clone

    @property
    def with_raw_response(self) -> _AsyncRaw:
        """The same operations, returning the ``RawResponse`` (status, headers, request id; ``parse()``).

        Example:
            ```python
            raw = await client.with_raw_response.get_reserved_coupons("user-42")
            coupons = raw.parse()
            ```
        """
        return _AsyncRaw(self)

    async def aclose(self) -> None:
        """Close the connection pool (unless it is a user's own ``http_client`` or this is a copy).

        Idempotent. A call made afterwards raises ``ClientClosedError``, and so do calls in flight or waiting to
        retry in other tasks, at once. ``async with AsyncIntegrationClient(...) as client:`` closes on leaving
        the block.
        """
        if self._owns_http:
            for scope in list(self._waits):
                scope.cancel()
            await self._http.aclose()

    async def __aenter__(self) -> AsyncIntegrationClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def close_customer_session(
        self, customer_session_id: str, **fields: Unpack[SessionFields]
    ) -> IntegrationState:
        """Close the session: the purchase is done, its coupons and referral are redeemed.

        ``await update_customer_session(customer_session_id, state="closed", **fields)``.

        Args:
            customer_session_id: The shop's own ID of the session.
            **fields: Any other keyword of ``update_customer_session`` and the per-call options; not ``state``.

        Returns:
            The session's ``IntegrationState``.

        Raises:
            InvalidInputError: ``state=`` was passed (this method sets it), or an argument the spec does not allow.
            BadRequestError: The service refused the change.

        Example:
            ```python
            state = await client.close_customer_session("sess-1", profile_id="user-42")
            ```
        """
        return await self.update_customer_session(
            customer_session_id, **_with_state(fields, "closed", "close_customer_session")
        )

    async def cancel_customer_session(
        self, customer_session_id: str, **fields: Unpack[SessionFields]
    ) -> IntegrationState:
        """Cancel the session: an open one is dropped, a closed purchase is undone.

        ``await update_customer_session(customer_session_id, state="cancelled", **fields)``.

        Args:
            customer_session_id: The shop's own ID of the session.
            **fields: Any other keyword of ``update_customer_session`` and the per-call options; not ``state``.

        Returns:
            The session's ``IntegrationState``.

        Raises:
            InvalidInputError: ``state=`` was passed (this method sets it), or an argument the spec does not allow.
            BadRequestError: The service refused the change.

        Example:
            ```python
            state = await client.cancel_customer_session("sess-1")
            ```
        """
        return await self.update_customer_session(
            customer_session_id, **_with_state(fields, "cancelled", "cancel_customer_session")
        )

    # ---- I/O (the same as IntegrationClient's, awaited) -------------------------------------------------------

    async def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions
    ) -> Any:
        return self._result(operation, await self._run(self._start(operation, path, body, options)))

    async def _run(self, call: _Call) -> httpx.Response:
        flow = self._flow(call)
        step = next(flow)
        try:
            while True:
                if isinstance(step, float):
                    await self._sleep(step)
                    if self._http.is_closed:
                        flow.close()
                        raise ClientClosedError("The client was closed while the call waited to retry.")
                    step = flow.send(None)
                    continue
                try:
                    response = await self._send(call, step)
                except httpx.RequestError as exc:
                    if self._http.is_closed:
                        flow.close()
                        raise ClientClosedError("The client was closed while the call was in flight.") from exc
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result

    async def _send(self, call: _Call, request: httpx.Request) -> httpx.Response:
        """One attempt: send, then read the body as it arrives, within its limits and the deadline."""
        token = _DEADLINE.set(call.deadline)
        started = time.perf_counter()
        try:
            try:
                if self._http.is_closed:  # as send() says; a closed pool would open a new connection
                    raise ClientClosedError()
                response: httpx.Response = await self._dispatch(request)
                response.request = request
            except httpx.RequestError as exc:
                exc.request = request  # as send() sets it
                raise
            except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed"
                raise _unsent(self._http.is_closed, request, exc) from exc
            chunks = response.aiter_raw()
            try:
                body = _Body(call, response)
                if body.streams:
                    async for chunk in chunks:
                        if body.feed(chunk):
                            break
            except RuntimeError as exc:  # httpx's StreamError and kin; after aclose(), the pool shutting down
                raise _unread(self._http.is_closed, request, exc) from exc
            finally:
                await chunks.aclose()  # type: ignore[attr-defined]  # an async generator: end it here, not in GC
                await response.aclose()
        finally:
            _DEADLINE.reset(token)
        return _read(response, body, started)

    async def _wait(self, delay: float) -> None:
        """Wait to retry; aclose() ends the wait at once."""
        with anyio.CancelScope() as scope:
            self._waits.add(scope)
            try:
                await anyio.sleep(delay)
            finally:
                self._waits.discard(scope)


class _AsyncRaw(_RawBase, _operations.AsyncRawOperations[IntegrationState]):
    """``client.with_raw_response`` of the async client."""

    __slots__ = ()
    _client: AsyncIntegrationClient

    def __init__(self, client: AsyncIntegrationClient) -> None:
        self._client = client

    async def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions
    ) -> Any:
        client = self._client
        call = client._start(operation, path, body, options)
        response = await client._run(call)
        return RawResponse(response, lambda: client._result(operation, response), _now() - call.started)
