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
import warnings
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

from ._logging import clean, configure_from_env, logger
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


# The longest wait a timeout or deadline may ask for: beyond ~9.2e9 s the socket and thread waits raise
# OverflowError; a billion seconds (31 years) is "no limit" in all but name (pass None for that).
_MAX_SECONDS = 1e9
_MAX_RESPONSE_BYTES = 2**62  # zlib and the buffers take sizes that fit a C ssize_t


def _seconds(value: Any) -> bool:
    """True for a number of seconds a socket can wait: 0 < value <= 1e9 (never NaN, infinite or a bool)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return 0 < value <= _MAX_SECONDS  # False for NaN; an int of any size compares without overflow


def _resolve_timeout(timeout: Any, error: type[Exception] = ConfigurationError) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is not None and not _seconds(value):
                raise error(
                    f"timeout.{part} must be a positive number of seconds up to {_MAX_SECONDS:.0e} or None "
                    f"(no limit), got {value!r}"
                )
        return timeout
    if not _seconds(timeout):
        raise error(
            f"timeout must be a positive number of seconds up to {_MAX_SECONDS:.0e} or an httpx.Timeout, "
            f"got {_short(timeout)}"
        )
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def _resolve_deadline(deadline: Any, error: type[Exception] = ConfigurationError) -> float | None:
    if deadline is None:
        return None
    if not _seconds(deadline):
        raise error(
            f"deadline must be a positive number of seconds up to {_MAX_SECONDS:.0e} or None, got {_short(deadline)}"
        )
    return float(deadline)


def _short(value: Any) -> str:
    """A value for an error message: its repr, cut short (an int of 400 digits stays readable)."""
    try:
        text = repr(value)
    except Exception:  # a repr that fails (or an int too long to print): its type says enough
        return f"a {type(value).__name__}"
    return text if len(text) <= 60 else text[:57] + "..."


def _resolve_max_retries(max_retries: Any) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {_short(max_retries)}")
    return max_retries


def _resolve_max_response_bytes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_RESPONSE_BYTES:
        raise ConfigurationError(f"max_response_bytes must be a positive integer up to 2**62, got {_short(value)}")
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
    except (httpx.InvalidURL, TypeError, ValueError):  # ValueError: UnicodeError (a lone surrogate, bad IDNA)
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
    if (
        isinstance(application_id, str)
        and application_id.strip().isdecimal()
        and application_id.strip().isascii()
        and len(application_id.strip()) <= 19
    ):
        application_id = int(application_id)
    if isinstance(application_id, bool) or not isinstance(application_id, int) or not 1 <= application_id < 2**63:
        raise ConfigurationError("application_id (TALON_APPLICATION_ID) must be a positive integer")
    try:
        return ContentSignatureAuth(application_id, application_key)
    except InvalidInputError as exc:
        raise ConfigurationError(f"application_key (TALON_APPLICATION_KEY): {exc}") from None


# Headers that frame the message or route it: httpx sets them from the request itself, and one given by hand
# would contradict the bytes sent (a Content-Length of 1 on a longer body) or send them elsewhere.
_FRAMING_HEADERS = frozenset(
    {"content-length", "transfer-encoding", "host", "connection", "keep-alive", "te", "trailer", "upgrade",
     "expect", "proxy-connection"}
)  # fmt: skip
_CREDENTIAL_HEADERS = frozenset({"authorization", "content-signature", "proxy-authorization"})


def _check_headers(headers: Any, what: str, error: type[Exception]) -> dict[str, str]:
    """Header names must be tokens and values printable ASCII; credentials and framing never come this way.

    The mapping is read through its keys (``m[k]`` for each ``k in m``), and what is checked is what is copied:
    a mapping whose ``items()`` says something else cannot slip a header past the checks.
    """
    if not isinstance(headers, Mapping):
        raise error(f"{what} must be a mapping of header names to values")
    out: dict[str, str] = {}
    for name in headers:
        value = headers[name]
        if not isinstance(name, str) or not isinstance(value, str):
            raise error(f"{what} names and values must be strings, got {_short(name)}")
        if not _HEADER_NAME.fullmatch(name) or not _HEADER_VALUE.fullmatch(value):
            raise error(f"{what}[{name!r}]: header names must be tokens and values printable ASCII")
        lower = name.lower()
        if lower in _CREDENTIAL_HEADERS:
            raise error(f"{what} must not set {name}: pass credentials to the client instead")
        if lower in _FRAMING_HEADERS:
            raise error(f"{what} must not set {name}: the client frames and addresses each request itself")
        out[name] = value
    return out


def _check_extra_body(op: _t.Operation[Any], extra: Any) -> dict[str, Any]:
    """``extra_body``: fields the spec does not have yet, copied through its keys; never a field the spec defines
    (that would replace the checked value), and only for an operation that has a JSON body."""
    if not isinstance(extra, Mapping):
        raise InvalidInputError("extra_body must be a mapping of field names to values", parameter="extra_body")
    if op.body is None:
        raise InvalidInputError(
            f"{op.name}() sends no JSON body: extra_body cannot be sent with it", parameter="extra_body"
        )
    out: dict[str, Any] = {}
    for key in extra:
        if not isinstance(key, str):
            raise InvalidInputError("extra_body must be a mapping of field names to values", parameter="extra_body")
        out[key] = extra[key]
    known = op.body._wire_names.intersection(out)
    if known:
        raise InvalidInputError(
            f"extra_body must not set fields that {op.name}() defines ({', '.join(sorted(known))}): pass them as "
            "arguments, where they are checked; extra_body is for fields the spec does not have yet",
            parameter="extra_body",
        )
    return out


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


class _Gate:
    """Whether a pool may still open connections and send: ``close()`` shuts it first, so a call that reaches
    the network afterwards (it waited for a connection, or connected as the pool closed) fails instead of
    sending (the guarded sockets of ``_sockets`` check it before each connect and write)."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False


def _in_memory(transport: Any) -> bool:
    """True for a transport without connections of httpx's to share with a forked child (a mock, the sandbox's)."""
    return transport is not None and not isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport)


def _user_in_memory(http: Any) -> bool:
    """True when every transport of a user's httpx client is in memory (its private attributes; else False)."""
    transport, mounts = getattr(http, "_transport", None), getattr(http, "_mounts", None)
    if not isinstance(mounts, dict):
        return False
    return _in_memory(transport) and all(t is None or _in_memory(t) for t in mounts.values())


def _own_http(
    client_class: type[Any], transport: Any, timeout: httpx.Timeout, headers: dict[str, str], base_url: str, gate: _Gate
) -> tuple[Any, Callable[[httpx.Request], Any]]:
    """Our own httpx client, its sockets guarded (deadline, ``gate``), and what sends one attempt through it."""
    http = client_class(transport=transport, timeout=timeout, headers=headers, follow_redirects=False)
    from ._sockets import guard_pools  # here: it needs httpcore, which httpx imports for its pool only

    guard_pools(http, gate)
    direct = _transport_for(http, base_url)
    if direct is None:  # what sends one attempt (stream=True: _send reads the body within its limits)
        return http, functools.partial(http.send, auth=None, stream=True)
    return http, direct.handle_async_request if client_class is httpx.AsyncClient else direct.handle_request


class _Pool:
    """The httpx client that a client and its ``with_options`` copies send through, and the process it serves.

    A connection must never be shared by two processes: after ``os.fork()`` both would write requests on it
    and each read answers meant for the other. Each call compares the process ID (``_start``; no fork hook, no
    global registry); in a child, a pool of our own is replaced by a fresh one, and the inherited one is kept,
    never used and never closed (closing it could shut the socket down or end a TLS session that the parent
    still uses; its file descriptors go when the child exits). A user's ``http_client`` or socket ``transport``
    cannot be rebuilt: calls in the child raise ``ClientClosedError`` saying to create the client after the
    fork (an in-memory transport, such as a mock or the sandbox's, has nothing to share and goes on working).
    """

    __slots__ = ("dispatch", "gate", "http", "in_memory", "inherited", "make", "pid", "rebuild", "watch")

    def __init__(
        self,
        make: Callable[[_Gate], tuple[Any, Callable[[httpx.Request], Any]]],
        *,
        rebuild: bool,
        in_memory: bool,
        watch: bool = False,
    ) -> None:
        self.make = make
        self.watch = watch  # sockets we cannot guard (a user's async client): a cancel scope bounds each attempt
        self.rebuild = rebuild  # our own client around our own transport: a child builds a new one
        self.in_memory = in_memory  # no connection to share: nothing to do after a fork
        self.inherited: list[Any] = []
        self.pid = os.getpid()
        self.gate = _Gate()
        self.http, self.dispatch = make(self.gate)

    def closed(self) -> bool:
        return self.gate.closed or bool(self.http.is_closed)

    def forked(self) -> None:
        """This process is a child of the one that made the pool: never send over the parent's connections."""
        if self.closed() or self.in_memory:  # closed before the fork (it stays closed), or no connections
            self.pid = os.getpid()
            return
        if not self.rebuild:
            raise ClientClosedError(
                "This client was created before os.fork() and its connections (your http_client or transport) "
                "belong to the parent process too: create the client (and its httpx client) after the fork, "
                "in each process."
            )
        gate = _Gate()
        http, dispatch = self.make(gate)
        self.inherited.append(self.http)  # abandoned: neither used nor closed here (see above)
        self.gate, self.http, self.dispatch = gate, http, dispatch
        self.pid = os.getpid()


def _hop(http: Any, request: httpx.Request, response: httpx.Response, hops: int) -> httpx.Request:
    """The next request of a redirect that a user's client follows (``follow_redirects=True``), as httpx built it
    (``response.next_request``), without our credentials when it leaves the origin or no longer carries the signed
    body: httpx drops only ``Authorization``, and a ``Content-Signature`` would go to another host."""
    hop = response.next_request
    assert hop is not None
    if hops >= http.max_redirects:
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=hop)
    if _origin(hop.url) != _origin(request.url) or hop.method != request.method:
        for name in ("Authorization", "Content-Signature"):
            hop.headers.pop(name, None)
    return hop


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _users_http(http: Any, gate: _Gate) -> tuple[Any, Callable[[httpx.Request], Any]]:
    """A user's httpx client, and what sends one attempt through it (its ``send()``).

    A sync one gets the guarded network backend in its pools (``_sockets``, without the shutdown on close): it acts
    only while one of our calls runs (the deadline is a context variable set per attempt), so the call's deadline
    ends every wait on its sockets as it does in our own pool, and the user's other requests are left as they
    were. An async one is bounded by a cancel scope instead (``AsyncIntegrationClient._send``).
    """
    if isinstance(http, httpx.Client):
        from ._sockets import guard_pools

        if not guard_pools(http, gate, wake=False) and not _user_in_memory(http):
            warnings.warn(
                "talon_integration: the deadline cannot bound every socket wait of this http_client (its transport "
                "has no httpx connection pool to guard): each attempt's timeouts are cut to what is left of the "
                "deadline when it starts, and the deadline is checked as each chunk of the answer arrives",
                RuntimeWarning,
                stacklevel=5,
            )
    # follow_redirects=False: a redirect comes back with its next request, which _send follows if the client
    # does, without our credentials where they must not go (_hop).
    return http, functools.partial(http.send, auth=None, stream=True, follow_redirects=False)


class _BaseClient:
    """Configuration, request building and the retry loop; no I/O."""

    _pool: _Pool

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
        if transport is not None:
            base = httpx.AsyncBaseTransport if client_class is httpx.AsyncClient else httpx.BaseTransport
            if not isinstance(transport, base):
                raise ConfigurationError(f"transport must be an httpx.{base.__name__}, got {type(transport).__name__}")
        headers = {**self._headers, **self._auth.fixed_headers()}
        if http_client is not None:
            if not isinstance(http_client, client_class):
                raise ConfigurationError(f"http_client must be an httpx.{client_class.__name__}")
            self._owns_http = False
            # The caller's client keeps its own defaults, hooks and cookies: ours go on every request, and the
            # request goes through its send().
            self._plain_headers: dict[str, str] | None = headers
            self._json_headers = {**headers, "Content-Type": "application/json"}
            self._request_timeout: Any = self.timeout
            self._pool = _Pool(
                functools.partial(_users_http, http_client),
                rebuild=False,
                in_memory=_user_in_memory(http_client),
                watch=client_class is httpx.AsyncClient,
            )
        else:
            # Per-request headers and timeouts make httpx merge them on every call: pass only what differs.
            self._plain_headers = None
            self._json_headers = {"Content-Type": "application/json"}
            self._request_timeout = httpx.USE_CLIENT_DEFAULT
            self._pool = _Pool(
                functools.partial(_own_http, client_class, transport, self.timeout, headers, self.base_url),
                rebuild=transport is None,  # a user's transport is theirs: never rebuilt around it
                in_memory=_in_memory(transport),
            )

    @property
    def _http(self) -> Any:
        """The httpx client the calls go through (the pool's; a new one in a child process after a fork)."""
        return self._pool.http

    def __repr__(self) -> str:
        # getattr: a half-built client (a constructor that raised, a traceback with its locals) has a repr too.
        base_url, auth = getattr(self, "base_url", None), getattr(self, "_auth", None)
        return f"{type(self).__name__}(base_url={base_url!r}, auth={auth!r})"

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
        pool = self._pool
        if pool.pid != os.getpid():  # a fork: the parent's connections are not ours to use (see _Pool)
            pool.forked()
        if pool.closed():
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
                # merged before encoding, so the signature covers it
                body = {**(body or {}), **_check_extra_body(op, options["extra_body"])}
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

    def _secrets(self, request: httpx.Request) -> tuple[str, ...]:
        """What an error must not show of what a server echoes: the credentials and this request's signature."""
        signature = request.headers.get("content-signature")
        if signature is None:
            return self._auth.secrets()
        return (*self._auth.secrets(), signature, signature.rpartition("signature=")[2])

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
                raise make_status_error(response, retry_after=decision.retry_after, secrets=self._secrets(request))
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
    """gzip or deflate, decompressed a chunk at a time and never more than asked for (zlib's ``max_length``).

    gzip may come as several members one after the other (RFC 1952): each is decoded in turn; anything else after
    the end of the stream is refused (``zlib.error``), and so is a stream that ends early (``complete()``, e.g. a
    gzip member without its checksum trailer). "deflate" is zlib-wrapped by the RFC and raw in the wild: as httpx
    does, the zlib wrapper is tried first, and while the first bytes have not proved it (``probe``: they may come
    one TCP segment at a time) the stream starts again as raw deflate should it fail.
    """

    __slots__ = ("fed", "gzip", "probe", "zlib")

    def __init__(self, wbits: int) -> None:
        self.zlib = zlib.decompressobj(wbits)
        self.gzip = wbits == 31
        self.probe: bytes | None = b"" if wbits == 15 else None  # what was fed while zlib-vs-raw is open
        self.fed = False

    def __call__(self, data: bytes, max_length: int) -> bytes:
        if data:
            self.fed = True
        if self.probe is None:
            return self._inflate(data, max_length)
        self.probe += data
        try:
            out = self._inflate(data, max_length)
        except zlib.error:
            probe, self.probe = self.probe, None
            self.zlib = zlib.decompressobj(-15)
            return self._inflate(probe, max_length)
        if out or len(self.probe) > 64:  # decoded, or well past the 2-byte header: zlib it is
            self.probe = None
        return out

    def _inflate(self, data: bytes, max_length: int) -> bytes:
        z = self.zlib
        if z.eof and data:  # more after the end of the stream, in a later chunk
            z = self._next_member()
        out = z.decompress(data, max_length)
        while z.eof and z.unused_data and len(out) < max_length:  # more after the end, in this chunk
            rest = z.unused_data
            z = self._next_member()
            out += z.decompress(rest, max_length - len(out))
        return out

    def _next_member(self) -> Any:
        if not self.gzip:
            raise zlib.error("data after the end of the compressed stream")
        self.zlib = zlib.decompressobj(31)
        return self.zlib

    def complete(self) -> bool:
        """True when the stream ended as a compressed stream must (nothing at all was sent counts as empty)."""
        return not self.fed or self.zlib.eof


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
            except zlib.error as exc:
                if self.success:
                    raise APIResponseValidationError(
                        f"{self.call.operation.operation_id}: the response body cannot be decompressed ({exc}; "
                        f"Content-Encoding: {self.response.headers.get('content-encoding')})",
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

    def end(self) -> None:
        """The body ended as sent: a compressed success body must have ended as its encoding says."""
        if self.inflate is not None and self.success and not self.inflate.complete():
            raise APIResponseValidationError(
                f"{self.call.operation.operation_id}: the compressed response body is truncated "
                f"(Content-Encoding: {self.response.headers.get('content-encoding')})",
                response=self._empty(), body=b"",
            )  # fmt: skip

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
        clean(response.headers.get("x-request-id", "-")),  # server text: no control characters reach a log
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
        http_client: Your own ``httpx.Client`` (proxies, mTLS, event hooks); you close it. Its pools get the
            deadline guard (active only during this client's calls). Not usable across ``os.fork()``: create the
            client in each process (a client with its own pool starts a fresh one in a child by itself).
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

        Idempotent. A call made afterwards raises ``ClientClosedError``, and so does every call of other threads
        not answered yet (in flight, waiting for a connection or to retry), at once; no request goes out once
        ``close()`` has returned. ``with IntegrationClient(...) as client:`` closes on leaving the block. In a
        child process after ``os.fork()``, only the child's own pool is closed, never the inherited one.
        """
        if self._owns_http:
            pool = self._pool
            if pool.pid != os.getpid():  # never close what a parent process still uses (see _Pool)
                pool.forked()
            pool.gate.closed = True  # first: no connection opens and no request goes out from here on
            self._closing.set()
            pool.http.close()  # shuts the pool's sockets down: calls reading them end at once

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
                    if self._pool.closed():
                        flow.close()
                        raise ClientClosedError("The client was closed while the call waited to retry.")
                    step = flow.send(None)
                    continue
                try:
                    response = self._send(call, step)
                except httpx.RequestError as exc:
                    if self._pool.closed():
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
        pool = self._pool
        try:
            try:
                if pool.closed():  # as send() says; a closed pool would open a new connection
                    raise ClientClosedError()
                response: httpx.Response = pool.dispatch(request)
                response.request = request
                hops = 0
                while response.next_request is not None and pool.http.follow_redirects:  # a redirect to follow
                    hop = _hop(pool.http, request, response, hops)
                    response.close()
                    request, hops = hop, hops + 1
                    response = pool.dispatch(request)
                    response.request = request
                if pool.gate.closed:  # close() began while the request was out: no answer is taken after it
                    response.close()
                    raise ClientClosedError("The client was closed while the call was in flight.")
            except httpx.RequestError as exc:
                exc.request = request  # as send() sets it
                raise
            except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed"
                raise _unsent(pool.closed(), request, exc) from exc
            try:
                body = _Body(call, response)
                if body.streams:
                    for chunk in response.iter_raw():
                        if body.feed(chunk):
                            break
                    else:
                        body.end()
            except RuntimeError as exc:  # httpx's StreamError and kin; after close(), the pool shutting down
                raise _unread(pool.closed(), request, exc) from exc
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
        http_client: Your own ``httpx.AsyncClient``; you close it. Each attempt through it runs in a cancel scope
            that ends at the call's deadline. Not usable across ``os.fork()``, as for ``IntegrationClient``.
        transport: An async ``httpx`` transport for the client's own pool. Not together with ``http_client``.

    Raises:
        ConfigurationError: A missing or malformed argument or env var, when the client is created.

    Example:
        ```python
        async with AsyncIntegrationClient() as client:  # configured from the TALON_* env vars
            state = await client.track_event(session_id="sess-1", type="viewed_product")
        ```
    """

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

        Idempotent. A call made afterwards raises ``ClientClosedError``, and so does every call of other tasks not
        answered yet (in flight, waiting for a connection or to retry), at once; no request goes out once
        ``aclose()`` has returned. ``async with AsyncIntegrationClient(...) as client:`` closes on leaving the
        block.
        """
        if self._owns_http:
            pool = self._pool
            if pool.pid != os.getpid():  # never close what a parent process still uses (see _Pool)
                pool.forked()
            pool.gate.closed = True  # first: no connection opens and no request goes out from here on
            for scope in list(self._waits):
                scope.cancel()
            await pool.http.aclose()

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
                    if self._pool.closed():
                        flow.close()
                        raise ClientClosedError("The client was closed while the call waited to retry.")
                    step = flow.send(None)
                    continue
                try:
                    response = await self._send(call, step)
                except httpx.RequestError as exc:
                    if self._pool.closed():
                        flow.close()
                        raise ClientClosedError("The client was closed while the call was in flight.") from exc
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
        except StopIteration as done:
            result: httpx.Response = done.value
            return result

    async def _send(self, call: _Call, request: httpx.Request) -> httpx.Response:
        """One attempt: send, then read the body as it arrives, within its limits and the deadline.

        With a user's ``http_client`` (whose sockets are not ours to guard), a cancel scope ends the attempt at the
        deadline, wherever it waits."""
        if call.deadline is None or not self._pool.watch:
            return await self._attempt(call, request)
        with anyio.move_on_after(call.deadline - _now()):
            return await self._attempt(call, request)
        raise httpx.ReadTimeout("the call's deadline passed", request=request)

    async def _attempt(self, call: _Call, request: httpx.Request) -> httpx.Response:
        token = _DEADLINE.set(call.deadline)
        started = time.perf_counter()
        pool = self._pool
        try:
            try:
                if pool.closed():  # as send() says; a closed pool would open a new connection
                    raise ClientClosedError()
                response: httpx.Response = await pool.dispatch(request)
                response.request = request
                hops = 0
                while response.next_request is not None and pool.http.follow_redirects:  # a redirect to follow
                    hop = _hop(pool.http, request, response, hops)
                    await response.aclose()
                    request, hops = hop, hops + 1
                    response = await pool.dispatch(request)
                    response.request = request
                if pool.gate.closed:  # close() began while the request was out: no answer is taken after it
                    await response.aclose()
                    raise ClientClosedError("The client was closed while the call was in flight.")
            except httpx.RequestError as exc:
                exc.request = request  # as send() sets it
                raise
            except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed"
                raise _unsent(pool.closed(), request, exc) from exc
            chunks = response.aiter_raw()
            try:
                body = _Body(call, response)
                if body.streams:
                    async for chunk in chunks:
                        if body.feed(chunk):
                            break
                    else:
                        body.end()
            except RuntimeError as exc:  # httpx's StreamError and kin; after aclose(), the pool shutting down
                raise _unread(pool.closed(), request, exc) from exc
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
