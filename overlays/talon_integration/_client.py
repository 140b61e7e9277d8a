"""``IntegrationClient`` and ``AsyncIntegrationClient``: the nine operations, sync and async.

Both share one base: configuration, request building, the retry loop and response handling live
in ``_BaseClient``; the loop is a generator that *yields* what to do (send this request, sleep this
long), so the two subclasses differ only in the two lines that do I/O (``_run``).
"""

from __future__ import annotations

import copy
import json
import logging
import math
import os
import platform
import re
import time
from collections.abc import Generator, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar, Unpack

import anyio
import httpx

from . import _operations as ops
from ._logging import configure_from_env, logger
from ._operations import Call, CartItemLike, DateLike, SessionFields
from ._retry import RetryPolicy
from ._version import __version__
from .auth import ApiKeyAuth, ContentSignatureAuth
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    InvalidInputError,
    make_status_error,
)
from .models import Coupon, IntegrationState, Referral, ReservedCoupons, ReservedCustomers, ResponseShapeError

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncIntegrationClient", "IntegrationClient"]

T = TypeVar("T")
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
_HEADER_VALUE = re.compile(r"[\x20-\x7e]*")  # printable ASCII: what every HTTP stack sends as is
_Step = httpx.Request | float  # what the retry loop asks the I/O driver to do


class _NotGiven:
    """Sentinel for "argument not passed" where ``None`` has a meaning of its own."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def _user_agent() -> str:
    return f"talon-integration-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


def _resolve_timeout(timeout: Any) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < math.inf:
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def _resolve_max_retries(max_retries: Any) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


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
) -> httpx.Auth:
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


class _BaseClient:
    """Configuration, request building and the retry loop; no I/O."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        base_url: str | None,
        *,
        api_key: str | None,
        application_id: int | str | None,
        application_key: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        environ: Mapping[str, str] | None,
    ) -> None:
        env = os.environ if environ is None else environ
        self.base_url = _resolve_base_url(base_url, env)
        self._auth = _resolve_auth(api_key, application_id, application_key, env)
        self._signs_bodies = isinstance(self._auth, ContentSignatureAuth)
        self.timeout = _resolve_timeout(timeout)
        self.max_retries = _resolve_max_retries(max_retries)
        self._policy = RetryPolicy(max_retries=self.max_retries)
        headers = {"User-Agent": _user_agent(), "Accept": "application/json"}
        if default_headers is not None:
            if not isinstance(default_headers, Mapping):
                raise ConfigurationError("default_headers must be a mapping of header names to values")
            for name, value in default_headers.items():
                if not isinstance(name, str) or not isinstance(value, str):
                    raise ConfigurationError(f"default_headers names and values must be strings, got {name!r}")
                if not _HEADER_NAME.fullmatch(name) or not _HEADER_VALUE.fullmatch(value):
                    raise ConfigurationError(
                        f"default_headers[{name!r}]: header names must be tokens and values printable ASCII"
                    )
                if name.lower() in ("authorization", "content-signature"):
                    raise ConfigurationError(f"default_headers must not set {name}: pass credentials instead")
            headers.update(default_headers)
        self._headers = headers
        self._owns_http = True
        configure_from_env(env)

    def _attach(self, http_client: Any, transport: Any, client_class: type[Any]) -> None:
        """Use the caller's httpx client, or build our own (then its defaults carry headers and timeout)."""
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        if http_client is not None:
            if not isinstance(http_client, client_class):
                raise ConfigurationError(f"http_client must be an httpx.{client_class.__name__}")
            self._http = http_client
            self._owns_http = False
            # The caller's client keeps its own defaults: ours go on every request instead.
            self._plain_headers: dict[str, str] | None = self._headers
            self._json_headers = {**self._headers, "Content-Type": "application/json"}
            self._request_timeout: Any = self.timeout
        else:
            self._http = client_class(
                transport=transport, timeout=self.timeout, headers=self._headers, follow_redirects=False
            )
            # Per-request headers and timeouts make httpx merge them on every call: pass only what differs.
            self._plain_headers = None
            self._json_headers = {"Content-Type": "application/json"}
            self._request_timeout = httpx.USE_CLIENT_DEFAULT

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth!r})"

    def _copy(self, timeout: Any, max_retries: Any) -> Any:
        clone = copy.copy(self)
        if timeout is not NOT_GIVEN:
            clone.timeout = clone._request_timeout = _resolve_timeout(timeout)
        if max_retries is not NOT_GIVEN:
            clone.max_retries = _resolve_max_retries(max_retries)
            clone._policy = RetryPolicy(max_retries=clone.max_retries, rand=self._policy.rand, now=self._policy.now)
        clone._owns_http = False  # the pool belongs to the client it was copied from
        return clone

    def _flow(self, call: Call[T]) -> Generator[_Step, Any, T]:
        """The retry loop. Yields a request (gets the response or an exception) or a delay to sleep."""
        if self._http.is_closed:
            raise APIConnectionError("The client is closed; create a new one (or do not close it yet).")
        op = call.operation
        content = call.content
        if content is None and op.signed_empty_body and self._signs_bodies:
            content = b"{}"  # what Talon.One's guide signs for a bodiless DELETE (API-FACTS.md)
        request = self._http.build_request(
            op.method,
            self.base_url + call.path,
            content=content,
            headers=self._plain_headers if content is None else self._json_headers,
            timeout=self._request_timeout,
        )
        policy = self._policy
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response: httpx.Response = yield request
            except httpx.RequestError as exc:
                decision = policy.after_error(attempt, op.idempotent, exc)
                _log_error(op.method, op.path_template, attempt, started, exc, decision.delay)
                if decision.delay is None:
                    if isinstance(exc, httpx.TimeoutException):
                        raise APITimeoutError(request=request) from exc
                    raise APIConnectionError(f"Connection error: {type(exc).__name__}", request=request) from exc
                yield decision.delay
                attempt += 1
                continue
            status = response.status_code
            if logger.isEnabledFor(logging.DEBUG):  # skip formatting work when nobody listens
                _log_attempt(op.method, op.path_template, status, attempt, started, response)
            if 200 <= status < 300:
                return _parse_success(call, response)
            # The body was read in full by send(), which also closed the response and released its
            # connection: nothing is held while we sleep.
            decision = policy.after_response(attempt, op.idempotent, response)
            if decision.delay is None:
                error = make_status_error(response, retry_after=decision.retry_after)
                logger.info("%s %s failed with %s (attempt %d)", op.method, op.path_template, status, attempt + 1)
                raise error
            logger.info(
                "%s %s got %s; retry %d of %d in %.2f s",
                op.method, op.path_template, status, attempt + 1, policy.max_retries, decision.delay,
            )  # fmt: skip
            yield decision.delay
            attempt += 1


def _parse_success(call: Call[T], response: httpx.Response) -> T:
    parse = call.operation.parse
    if parse is None:
        return None  # type: ignore[return-value]
    content = response.content
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):
        raise APIResponseValidationError(
            f"{call.operation.operation_id}: the {response.status_code} response body is not JSON",
            response=response,
            body=content,
        ) from None
    if type(data) is not dict:
        raise APIResponseValidationError(
            f"{call.operation.operation_id}: expected a JSON object, got {type(data).__name__}",
            response=response,
            body=content,
        )
    try:
        return parse(data)
    except (ResponseShapeError, RecursionError) as exc:
        raise APIResponseValidationError(
            f"{call.operation.operation_id}: the response does not match the schema: {exc}",
            response=response,
            body=content,
        ) from exc


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


class IntegrationClient(_BaseClient):
    """Synchronous client of the Talon.One v1 Integration API.

    Arguments not passed are read from ``TALON_BASE_URL``, ``TALON_API_KEY``, ``TALON_APPLICATION_ID``
    and ``TALON_APPLICATION_KEY``. Pass ``http_client`` (your own ``httpx.Client``, e.g. for proxies
    or mTLS; you close it) or ``transport`` (e.g. ``httpx.MockTransport`` or the sandbox's).
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
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        _environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            base_url, api_key=api_key, application_id=application_id, application_key=application_key,
            timeout=timeout, max_retries=max_retries, default_headers=default_headers, environ=_environ,
        )  # fmt: skip
        self._attach(http_client, transport, httpx.Client)
        self._sleep = time.sleep

    def with_options(
        self, *, timeout: float | httpx.Timeout = NOT_GIVEN, max_retries: int = NOT_GIVEN
    ) -> IntegrationClient:
        """A copy with other timeout / retry settings that shares this client's connection pool."""
        clone: IntegrationClient = self._copy(timeout, max_retries)
        return clone

    def close(self) -> None:
        """Close the connection pool (unless it is a user's own ``http_client`` or this is a copy)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> IntegrationClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _run(self, call: Call[T]) -> T:
        flow = self._flow(call)
        step = next(flow)
        try:
            while True:
                if isinstance(step, float):
                    self._sleep(step)
                    step = flow.send(None)
                    continue
                try:
                    response = self._http.send(step, auth=self._auth)
                except httpx.RequestError as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    # ---- the operations ---------------------------------------------------------------------------

    def update_customer_profile(
        self, integration_id: str, *, attributes: Mapping[str, Any] | None = None
    ) -> IntegrationState:
        """Create or update a customer profile (merges ``attributes``)."""
        return self._run(ops.update_customer_profile(integration_id, attributes=attributes))

    def update_customer_session(
        self,
        customer_session_id: str,
        *,
        profile_id: str | None = None,
        coupon: str | None = None,
        referral: str | None = None,
        state: str | None = None,
        cart_items: Sequence[CartItemLike] | None = None,
        identifiers: Sequence[str] | None = None,
        total: float | Decimal | None = None,
        attributes: Mapping[str, Any] | None = None,
    ) -> IntegrationState:
        """Create or update a customer session; the result's ``effects`` say what the rules decided."""
        return self._run(ops.update_customer_session(
            customer_session_id, profile_id=profile_id, coupon=coupon, referral=referral, state=state,
            cart_items=cart_items, identifiers=identifiers, total=total, attributes=attributes,
        ))  # fmt: skip

    def close_customer_session(self, customer_session_id: str, **fields: Unpack[SessionFields]) -> IntegrationState:
        """Close the session (the purchase is done, coupons are redeemed); keywords as update_customer_session."""
        return self.update_customer_session(customer_session_id, state="closed", **fields)

    def cancel_customer_session(self, customer_session_id: str, **fields: Unpack[SessionFields]) -> IntegrationState:
        """Cancel the session (open, or a closed purchase undone); keywords as update_customer_session."""
        return self.update_customer_session(customer_session_id, state="cancelled", **fields)

    def track_event(
        self,
        *,
        session_id: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        profile_id: str | None = None,
    ) -> IntegrationState:
        """Record a custom event on a session. Not idempotent: retried only where it cannot double."""
        return self._run(
            ops.track_event(session_id=session_id, type=type, attributes=attributes, profile_id=profile_id)
        )

    def create_referral(
        self,
        *,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: str | None = None,
        start_date: DateLike | None = None,
        expiry_date: DateLike | None = None,
    ) -> Referral:
        """Create a referral code for an advocate. Not idempotent: retried only where it cannot double."""
        return self._run(ops.create_referral(
            campaign_id=campaign_id, advocate_profile_integration_id=advocate_profile_integration_id,
            friend_profile_integration_id=friend_profile_integration_id, start_date=start_date,
            expiry_date=expiry_date,
        ))  # fmt: skip

    def delete_customer_data(self, integration_id: str) -> None:
        """Delete a customer's personal data; the profile cannot be read afterwards."""
        return self._run(ops.delete_customer_data(integration_id))

    def create_coupon_reservation(self, coupon_value: str, *, integration_ids: Sequence[str]) -> Coupon:
        """Reserve a coupon for the given profiles."""
        return self._run(ops.create_coupon_reservation(coupon_value, integration_ids=integration_ids))

    def delete_coupon_reservation(self, coupon_value: str, *, integration_ids: Sequence[str]) -> None:
        """Remove a coupon's reservations for the given profiles."""
        return self._run(ops.delete_coupon_reservation(coupon_value, integration_ids=integration_ids))

    def get_reserved_customers(self, coupon_value: str) -> ReservedCustomers:
        """The profiles that reserved a coupon."""
        return self._run(ops.get_reserved_customers(coupon_value))

    def get_reserved_coupons(self, integration_id: str) -> ReservedCoupons:
        """A profile's reserved coupons that are still usable."""
        return self._run(ops.get_reserved_coupons(integration_id))


class AsyncIntegrationClient(_BaseClient):
    """Asynchronous twin of ``IntegrationClient``: same arguments, same methods, awaited."""

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
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        _environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            base_url, api_key=api_key, application_id=application_id, application_key=application_key,
            timeout=timeout, max_retries=max_retries, default_headers=default_headers, environ=_environ,
        )  # fmt: skip
        self._attach(http_client, transport, httpx.AsyncClient)
        self._sleep = anyio.sleep

    def with_options(
        self, *, timeout: float | httpx.Timeout = NOT_GIVEN, max_retries: int = NOT_GIVEN
    ) -> AsyncIntegrationClient:
        """A copy with other timeout / retry settings that shares this client's connection pool."""
        clone: AsyncIntegrationClient = self._copy(timeout, max_retries)
        return clone

    async def aclose(self) -> None:
        """Close the connection pool (unless it is a user's own ``http_client`` or this is a copy)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncIntegrationClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _run(self, call: Call[T]) -> T:
        flow = self._flow(call)
        step = next(flow)
        try:
            while True:
                if isinstance(step, float):
                    await self._sleep(step)
                    step = flow.send(None)
                    continue
                try:
                    response = await self._http.send(step, auth=self._auth)
                except httpx.RequestError as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(response)
        except StopIteration as done:
            result: T = done.value
            return result

    # ---- the operations (same as IntegrationClient, awaited) ----------------------------------------

    async def update_customer_profile(
        self, integration_id: str, *, attributes: Mapping[str, Any] | None = None
    ) -> IntegrationState:
        """Create or update a customer profile (merges ``attributes``)."""
        return await self._run(ops.update_customer_profile(integration_id, attributes=attributes))

    async def update_customer_session(
        self,
        customer_session_id: str,
        *,
        profile_id: str | None = None,
        coupon: str | None = None,
        referral: str | None = None,
        state: str | None = None,
        cart_items: Sequence[CartItemLike] | None = None,
        identifiers: Sequence[str] | None = None,
        total: float | Decimal | None = None,
        attributes: Mapping[str, Any] | None = None,
    ) -> IntegrationState:
        """Create or update a customer session; the result's ``effects`` say what the rules decided."""
        return await self._run(ops.update_customer_session(
            customer_session_id, profile_id=profile_id, coupon=coupon, referral=referral, state=state,
            cart_items=cart_items, identifiers=identifiers, total=total, attributes=attributes,
        ))  # fmt: skip

    async def close_customer_session(
        self, customer_session_id: str, **fields: Unpack[SessionFields]
    ) -> IntegrationState:
        """Close the session (the purchase is done, coupons are redeemed); keywords as update_customer_session."""
        return await self.update_customer_session(customer_session_id, state="closed", **fields)

    async def cancel_customer_session(
        self, customer_session_id: str, **fields: Unpack[SessionFields]
    ) -> IntegrationState:
        """Cancel the session (open, or a closed purchase undone); keywords as update_customer_session."""
        return await self.update_customer_session(customer_session_id, state="cancelled", **fields)

    async def track_event(
        self,
        *,
        session_id: str,
        type: str,
        attributes: Mapping[str, Any] | None = None,
        profile_id: str | None = None,
    ) -> IntegrationState:
        """Record a custom event on a session. Not idempotent: retried only where it cannot double."""
        return await self._run(
            ops.track_event(session_id=session_id, type=type, attributes=attributes, profile_id=profile_id)
        )

    async def create_referral(
        self,
        *,
        campaign_id: int,
        advocate_profile_integration_id: str,
        friend_profile_integration_id: str | None = None,
        start_date: DateLike | None = None,
        expiry_date: DateLike | None = None,
    ) -> Referral:
        """Create a referral code for an advocate. Not idempotent: retried only where it cannot double."""
        return await self._run(ops.create_referral(
            campaign_id=campaign_id, advocate_profile_integration_id=advocate_profile_integration_id,
            friend_profile_integration_id=friend_profile_integration_id, start_date=start_date,
            expiry_date=expiry_date,
        ))  # fmt: skip

    async def delete_customer_data(self, integration_id: str) -> None:
        """Delete a customer's personal data; the profile cannot be read afterwards."""
        return await self._run(ops.delete_customer_data(integration_id))

    async def create_coupon_reservation(self, coupon_value: str, *, integration_ids: Sequence[str]) -> Coupon:
        """Reserve a coupon for the given profiles."""
        return await self._run(ops.create_coupon_reservation(coupon_value, integration_ids=integration_ids))

    async def delete_coupon_reservation(self, coupon_value: str, *, integration_ids: Sequence[str]) -> None:
        """Remove a coupon's reservations for the given profiles."""
        return await self._run(ops.delete_coupon_reservation(coupon_value, integration_ids=integration_ids))

    async def get_reserved_customers(self, coupon_value: str) -> ReservedCustomers:
        """The profiles that reserved a coupon."""
        return await self._run(ops.get_reserved_customers(coupon_value))

    async def get_reserved_coupons(self, integration_id: str) -> ReservedCoupons:
        """A profile's reserved coupons that are still usable."""
        return await self._run(ops.get_reserved_coupons(integration_id))
