"""``BaseClient``: what both clients share, with no I/O: configuration, building a call, the retry loop, parsing.

The retry loop (``_flow``) is a generator that *yields* what to do (send this request, sleep this long), so the
sync and async clients differ only in the lines that do I/O (``_client`` and ``_async_client``). Also here: the
request body's encoding, the per-call log records, and what the raw-response views and the session helpers share.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import time
import warnings
from collections.abc import Generator, Mapping
from decimal import Decimal
from typing import Any

import httpx

from talon_integration_generated import types as _t
from talon_integration_generated.models import NewCustomerSessionDict
from talon_integration_generated.types import RequestOptions, SchemaError

from ._body import ACCEPT_ENCODING
from ._deadline import Call, bound_timeout, deadline_passed, within
from ._logging import clean, configure_from_env, logger
from ._pool import Pool, in_memory, own_http, user_in_memory, users_http
from ._problems import describe, parse_tolerant
from ._retry import RetryPolicy
from ._settings import (
    NOT_GIVEN,
    OPTIONS,
    check_extra_body,
    check_headers,
    longest,
    resolve_auth,
    resolve_base_url,
    resolve_deadline,
    resolve_max_response_bytes,
    resolve_max_retries,
    resolve_strict,
    resolve_timeout,
    user_agent,
)
from .auth import ContentSignatureAuth
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidInputError,
    make_status_error,
)
from .models import result_class

__all__ = ["BaseClient", "RawBase", "SessionFields", "encode", "with_state"]

_Step = httpx.Request | float  # what the retry loop asks the I/O driver to do


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "isoformat"):  # datetime / date in extra_body
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def encode(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes sent: compact UTF-8 JSON; values JSON cannot carry raise InvalidInputError."""
    try:
        text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default)
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidInputError(f"request body cannot be sent as JSON: {exc}") from None
    try:
        return text.encode()
    except UnicodeEncodeError:
        raise InvalidInputError("request body is not valid Unicode text (lone surrogate?)") from None


class BaseClient:
    """Configuration, request building and the retry loop; no I/O."""

    _pool: Pool

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
        self.base_url = resolve_base_url(base_url, env)
        self._auth = resolve_auth(api_key, application_id, application_key, env)
        # HMAC signing is per body, in _start; an API key is a fixed header that goes with the defaults.
        self._signer = self._auth if isinstance(self._auth, ContentSignatureAuth) else None
        self.timeout = resolve_timeout(timeout)
        self._longest = longest(self.timeout)
        self.max_retries = resolve_max_retries(max_retries)
        self.deadline = resolve_deadline(deadline)
        self.max_response_bytes = resolve_max_response_bytes(max_response_bytes)
        self.strict_response_validation = resolve_strict(strict_response_validation)
        self._policy = RetryPolicy(max_retries=self.max_retries)
        headers = {"User-Agent": user_agent(), "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}
        if default_headers is not None:
            headers.update(check_headers(default_headers, "default_headers", ConfigurationError))
        self._headers = headers
        self._owns_http = True
        # The deprecated operations (openapi.yaml: deprecated: true) this client has warned about: once each.
        # with_options copies share the set, as they share the pool.
        self._deprecation_warned: set[str] = set()
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
            self._pool = Pool(
                functools.partial(users_http, http_client),
                rebuild=False,
                in_memory=user_in_memory(http_client),
                watch=client_class is httpx.AsyncClient,
            )
        else:
            # Per-request headers and timeouts make httpx merge them on every call: pass only what differs.
            self._plain_headers = None
            self._json_headers = {"Content-Type": "application/json"}
            self._request_timeout = httpx.USE_CLIENT_DEFAULT
            self._pool = Pool(
                functools.partial(own_http, client_class, transport, self.timeout, headers, self.base_url),
                rebuild=transport is None,  # a user's transport is theirs: never rebuilt around it
                in_memory=in_memory(transport),
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
                clone.timeout = clone._request_timeout = resolve_timeout(value)
                clone._longest = longest(clone.timeout)
            elif name == "max_retries":
                clone.max_retries = resolve_max_retries(value)
                clone._policy = RetryPolicy(max_retries=clone.max_retries, rand=self._policy.rand, now=self._policy.now)
            elif name == "deadline":
                clone.deadline = resolve_deadline(value)
            elif name == "max_response_bytes":
                clone.max_response_bytes = resolve_max_response_bytes(value)
            elif name == "strict_response_validation":
                clone.strict_response_validation = resolve_strict(value)
        clone._owns_http = False  # the pool belongs to the client it was copied from
        return clone

    # ---- one call: build, retry, parse (shared by both clients) --------------------------------------------

    def _warn_deprecated(self, op: _t.Operation[Any]) -> None:
        """A ``DeprecationWarning`` naming the successor, once per operation and client, at the caller's line
        (``stacklevel``: this method, ``_start``, the client's ``_request``, the generated method, the caller)."""
        self._deprecation_warned.add(op.operation_id)
        warnings.warn(op.deprecated or op.name, DeprecationWarning, stacklevel=5)

    def _start(self, op: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions) -> Call:
        """The request of a call (body encoded, options applied) and its bounds; raises before any I/O."""
        if op.deprecated is not None and op.operation_id not in self._deprecation_warned:
            self._warn_deprecated(op)
        pool = self._pool
        if pool.pid != os.getpid():  # a fork: the parent's connections are not ours to use (see Pool)
            pool.forked()
        if pool.closed():
            raise ClientClosedError()
        timeout, widest, deadline, headers = self._request_timeout, self._longest, self.deadline, None
        if options:
            unknown = options.keys() - OPTIONS
            if unknown:
                raise InvalidInputError(f"{op.name}() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
            if "timeout" in options:
                timeout = resolve_timeout(options["timeout"], InvalidInputError)
                widest = longest(timeout)
            if "deadline" in options:
                deadline = resolve_deadline(options["deadline"], InvalidInputError)
            if "extra_headers" in options:
                headers = check_headers(options["extra_headers"], "extra_headers", InvalidInputError)
            if "extra_body" in options:
                # merged before encoding, so the signature covers it
                body = {**(body or {}), **check_extra_body(op, options["extra_body"])}
        content = None if body is None else encode(body)
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
        return Call(op, request, deadline, widest, self.max_response_bytes)

    def _secrets(self, request: httpx.Request) -> tuple[str, ...]:
        """What an error must not show of what a server echoes: the credentials and this request's signature."""
        signature = request.headers.get("content-signature")
        if signature is None:
            return self._auth.secrets()
        return (*self._auth.secrets(), signature, signature.rpartition("signature=")[2])

    def _flow(self, call: Call) -> Generator[_Step, Any, httpx.Response]:
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
                    bound_timeout(request, remaining)
            try:
                response: httpx.Response = yield request
            except httpx.RequestError as exc:
                decision = policy.after_error(attempt, op.idempotent, exc)
                delay = within(call, decision.delay)
                _log_error(op.method, op.path, attempt, started, exc, delay)
                if delay is None:
                    if isinstance(exc, httpx.TimeoutException) or deadline_passed(call):
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
            delay = within(call, decision.delay)
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
        if op.result is None or (op.empty_success and response.status_code == 204):
            return None  # no body; for empty_success, a 204 the spec declares besides the result (silent=yes)
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


def with_state(fields: Mapping[str, Any], state: str, method: str) -> dict[str, Any]:
    """close/cancel's keywords with the state they set (one the caller passed too is refused, not overridden)."""
    if "state" in fields:
        raise InvalidInputError(f"{method}() sets the state itself; use update_customer_session(state=...)")
    return {**fields, "state": state}


class RawBase:
    """What both raw-response views share: the client they call through, and its input errors."""

    __slots__ = ("_client",)

    def _invalid_input(self, error: _t.InputError) -> Exception:
        return InvalidInputError.from_input_error(error)
