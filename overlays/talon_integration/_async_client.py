"""``AsyncIntegrationClient``: every operation of openapi.yaml as a coroutine method (asyncio and trio, via anyio).

Everything but the I/O lines is shared with ``IntegrationClient`` through ``BaseClient`` (``_base``).
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Unpack

import anyio  # comes with httpx (its async backend layer); sleeps in the async client work under asyncio and trio
import httpx

from talon_integration_generated import client as _operations
from talon_integration_generated import types as _t
from talon_integration_generated.types import RequestOptions

from . import _deadline
from ._base import BaseClient, RawBase, SessionFields, with_state
from ._body import Body, read_body, unread, unsent
from ._deadline import DEADLINE, Call
from ._pagination import Walk, async_walk
from ._pool import hop
from ._raw import RawAnswer
from ._settings import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
from .errors import ClientClosedError
from .models import IntegrationState

__all__ = ["AsyncIntegrationClient"]


class AsyncIntegrationClient(BaseClient, _operations.AsyncOperations[IntegrationState]):
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
            if pool.pid != os.getpid():  # never close what a parent process still uses (see Pool)
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
            customer_session_id, **with_state(fields, "closed", "close_customer_session")
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
            customer_session_id, **with_state(fields, "cancelled", "cancel_customer_session")
        )

    def _pages(
        self, page: Callable[[int], Awaitable[Any]], page_size: int | None, skip: int | None, max_pages: int | None
    ) -> AsyncIterator[Any]:
        # The walk (and its check of max_pages) now; its first page when the iterator is first advanced.
        return async_walk(page, Walk(page_size, skip, max_pages))

    # ---- I/O (the same as IntegrationClient's, awaited) -------------------------------------------------------

    async def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions
    ) -> Any:
        return self._result(operation, await self._run(self._start(operation, path, body, options)))

    async def _run(self, call: Call) -> httpx.Response:
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

    async def _send(self, call: Call, request: httpx.Request) -> httpx.Response:
        """One attempt: send, then read the body as it arrives, within its limits and the deadline.

        With a user's ``http_client`` (whose sockets are not ours to guard), a cancel scope ends the attempt at the
        deadline, wherever it waits."""
        if call.deadline is None or not self._pool.watch:
            return await self._attempt(call, request)
        with anyio.move_on_after(call.deadline - _deadline.now()):
            return await self._attempt(call, request)
        raise httpx.ReadTimeout("the call's deadline passed", request=request)

    async def _attempt(self, call: Call, request: httpx.Request) -> httpx.Response:
        token = DEADLINE.set(call.deadline)
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
                    following = hop(pool.http, request, response, hops)
                    await response.aclose()
                    request, hops = following, hops + 1
                    response = await pool.dispatch(request)
                    response.request = request
                if pool.gate.closed:  # close() began while the request was out: no answer is taken after it
                    await response.aclose()
                    raise ClientClosedError("The client was closed while the call was in flight.")
            except httpx.RequestError as exc:
                exc.request = request  # as send() sets it
                raise
            except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed"
                raise unsent(pool.closed(), request, exc) from exc
            chunks = response.aiter_raw()
            try:
                body = Body(call, response)
                if body.streams:
                    async for chunk in chunks:
                        if body.feed(chunk):
                            break
                    else:
                        body.end()
            except RuntimeError as exc:  # httpx's StreamError and kin; after aclose(), the pool shutting down
                raise unread(pool.closed(), request, exc) from exc
            finally:
                await chunks.aclose()  # type: ignore[attr-defined]  # an async generator: end it here, not in GC
                await response.aclose()
        finally:
            DEADLINE.reset(token)
        return read_body(response, body, started)

    async def _wait(self, delay: float) -> None:
        """Wait to retry; aclose() ends the wait at once."""
        with anyio.CancelScope() as scope:
            self._waits.add(scope)
            try:
                await anyio.sleep(delay)
            finally:
                self._waits.discard(scope)


class _AsyncRaw(RawBase, _operations.AsyncRawOperations[IntegrationState]):
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
        return RawAnswer(response, lambda: client._result(operation, response), _deadline.now() - call.started)
