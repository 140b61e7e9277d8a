"""``IntegrationClient``: every operation of openapi.yaml as a method, synchronous.

The operations are generated (``talon_integration_generated.client``); what the spec cannot say is in
``BaseClient`` (``_base``), shared with ``AsyncIntegrationClient``. This module holds only what is sync: the
constructor's signature, closing, and the I/O lines (send, read, sleep).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Unpack

import httpx

from talon_integration_generated import client as _operations
from talon_integration_generated import types as _t
from talon_integration_generated.types import RawResponse, RequestOptions

from . import _deadline
from ._base import BaseClient, RawBase, SessionFields, with_state
from ._body import Body, read_body, unread, unsent
from ._deadline import DEADLINE, Call
from ._pagination import Walk, walk
from ._pool import hop
from ._raw import RawAnswer
from ._settings import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
from .errors import ClientClosedError
from .models import IntegrationState

__all__ = ["IntegrationClient", "RawResponse"]


class IntegrationClient(BaseClient, _operations.SyncOperations[IntegrationState]):
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
            if pool.pid != os.getpid():  # never close what a parent process still uses (see Pool)
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
            customer_session_id, **with_state(fields, "closed", "close_customer_session")
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
            customer_session_id, **with_state(fields, "cancelled", "cancel_customer_session")
        )

    def _pages(
        self, page: Callable[[int], Any], page_size: int | None, skip: int | None, max_pages: int | None
    ) -> Iterator[Any]:
        # The walk (and its check of max_pages) now; its first page when the iterator is first advanced.
        return walk(page, Walk(page_size, skip, max_pages))

    # ---- I/O ------------------------------------------------------------------------------------------------

    def _request(
        self, operation: _t.Operation[Any], path: str, body: dict[str, Any] | None, options: RequestOptions
    ) -> Any:
        return self._result(operation, self._run(self._start(operation, path, body, options)))

    def _run(self, call: Call) -> httpx.Response:
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

    def _send(self, call: Call, request: httpx.Request) -> httpx.Response:
        """One attempt: send, then read the body as it arrives, within its limits and the deadline."""
        token = DEADLINE.set(call.deadline)
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
                    following = hop(pool.http, request, response, hops)
                    response.close()
                    request, hops = following, hops + 1
                    response = pool.dispatch(request)
                    response.request = request
                if pool.gate.closed:  # close() began while the request was out: no answer is taken after it
                    response.close()
                    raise ClientClosedError("The client was closed while the call was in flight.")
            except httpx.RequestError as exc:
                exc.request = request  # as send() sets it
                raise
            except RuntimeError as exc:  # httpx: "Cannot send a request, as the client has been closed"
                raise unsent(pool.closed(), request, exc) from exc
            try:
                body = Body(call, response)
                if body.streams:
                    for chunk in response.iter_raw():
                        if body.feed(chunk):
                            break
                    else:
                        body.end()
            except RuntimeError as exc:  # httpx's StreamError and kin; after close(), the pool shutting down
                raise unread(pool.closed(), request, exc) from exc
            finally:
                response.close()
        finally:
            DEADLINE.reset(token)
        return read_body(response, body, started)


class _SyncRaw(RawBase, _operations.SyncRawOperations[IntegrationState]):
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
        return RawAnswer(response, lambda: client._result(operation, response), _deadline.now() - call.started)
