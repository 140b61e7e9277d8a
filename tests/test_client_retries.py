"""The retry policy, alone and inside both clients, with a fake sleep and pinned randomness and clock.

Idempotent operations retry 408/409/429/500/502/503/504, connect errors, timeouts and dropped
connections; ``track_event`` / ``create_referral`` only connect errors (request not sent), 409, 429 and
503. Backoff ``min(0.5 * 2**n, 8)`` minus up to 25 % jitter; ``Retry-After`` (seconds or HTTP date)
honoured up to 60 s, a longer one raises ``RateLimitError`` at once. TLS errors are never retried.
Failed responses are closed before the client sleeps; a real local server shows no connection is left
checked out after retries.
"""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import ssl
import threading
from collections.abc import Iterator
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from _client_helpers import (
    IDEMPOTENT_CASES,
    NON_IDEMPOTENT_CASES,
    OPS,
    FakeServer,
    Mode,
    OpCase,
    TrackedStream,
    all_cases,
    respond,
    success,
)

from talon_integration import AsyncIntegrationClient, IntegrationClient
from talon_integration._retry import Decision, RetryPolicy, parse_retry_after
from talon_integration.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConflictError,
    InternalServerError,
    RateLimitError,
)

NOW = 1_800_000_000.0  # a fixed "now" for the policy's clock
IDEMPOTENT_STATUSES = [408, 409, 429, 500, 502, 503, 504]
NON_IDEMPOTENT_STATUSES = [409, 429, 503]
NEVER_RETRIED = [400, 401, 403, 404, 422, 418, 499, 501, 505, 520]


def pin(client: Any, *, max_retries: int | None = None, rand: float = 0.0, now: float = NOW) -> None:
    """Replace the client's policy with one whose randomness and clock are fixed."""
    retries = client.max_retries if max_retries is None else max_retries
    client._policy = RetryPolicy(max_retries=retries, rand=lambda: rand, now=lambda: now)


async def call(mode: Mode, client: Any, case: OpCase) -> Any:
    return await mode.call(client, case.op, *case.args, **case.kwargs)


def error_response(status: int, **headers: str) -> httpx.Response:
    return respond(status, {"message": f"status {status}"}, headers=headers)


# --------------------------------------------------------------------------------------------------
# The policy alone
# --------------------------------------------------------------------------------------------------


def test_backoff_without_jitter() -> None:
    policy = RetryPolicy(max_retries=10, rand=lambda: 0.0)
    assert [policy.backoff(n) for n in range(8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]


def test_backoff_jitter_bound() -> None:
    policy = RetryPolicy(max_retries=10, rand=lambda: 1.0)
    assert [policy.backoff(n) for n in range(6)] == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]
    half = RetryPolicy(max_retries=10, rand=lambda: 0.5)
    assert half.backoff(0) == pytest.approx(0.4375)


def test_default_policy_jitter_stays_in_bounds() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == 2
    for n in range(6):
        base = min(0.5 * 2**n, 8.0)
        for _ in range(50):
            assert 0.75 * base <= policy.backoff(n) <= base


def _response(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize("status", IDEMPOTENT_STATUSES)
def test_policy_statuses_idempotent(status: int) -> None:
    policy = RetryPolicy(max_retries=2, rand=lambda: 0.0, now=lambda: NOW)
    assert policy.after_response(0, True, _response(status)) == Decision(0.5, None)
    assert policy.after_response(1, True, _response(status)) == Decision(1.0, None)
    assert policy.after_response(2, True, _response(status)).delay is None
    expected = 0.5 if status in NON_IDEMPOTENT_STATUSES else None
    assert policy.after_response(0, False, _response(status)).delay == expected


@pytest.mark.parametrize("status", NEVER_RETRIED)
def test_policy_statuses_never_retried(status: int) -> None:
    policy = RetryPolicy(max_retries=5)
    assert policy.after_response(0, True, _response(status)).delay is None
    assert policy.after_response(0, False, _response(status)).delay is None


def test_policy_retry_after() -> None:
    policy = RetryPolicy(max_retries=2, rand=lambda: 0.0, now=lambda: NOW)
    assert policy.after_response(0, True, _response(429, "3")) == Decision(3.0, 3.0)
    assert policy.after_response(0, False, _response(503, "60")) == Decision(60.0, 60.0)
    assert policy.after_response(0, True, _response(429, "61")) == Decision(None, 61.0)
    assert policy.after_response(2, True, _response(429, "3")) == Decision(None, 3.0)  # out of retries
    assert policy.after_response(0, True, _response(400, "3")).delay is None


def _http_date(offset: float) -> str:
    return format_datetime(dt.datetime.fromtimestamp(NOW + offset, dt.UTC), usegmt=True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("0", 0.0),
        ("5", 5.0),
        (" 5 ", 5.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("120", 120.0),
        ("soon", None),
        ("nan", None),
        ("inf", None),
        ("-inf", None),
        (_http_date(30), 30.0),
        (_http_date(-30), 0.0),
        (_http_date(3600), 3600.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("Wed, 99 Foo 2015 07:28:00 GMT", None),
        ("Wed, 21 Oct 2015 07:28:00", None),  # no zone: unusable rather than guessed
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    result = parse_retry_after(value, NOW)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


def _tls_error() -> httpx.ConnectError:
    exc = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    exc.__cause__ = ssl.SSLCertVerificationError(1, "certificate verify failed")
    return exc


ERRORS_RETRIED_FOR_ALL = [
    httpx.ConnectError("refused"),
    httpx.ConnectTimeout("connect timeout"),
    httpx.PoolTimeout("pool timeout"),
]
ERRORS_RETRIED_IF_IDEMPOTENT = [
    httpx.ReadTimeout("read timeout"),
    httpx.WriteTimeout("write timeout"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("Server disconnected without sending a response."),
]


@pytest.mark.parametrize("exc", ERRORS_RETRIED_FOR_ALL + ERRORS_RETRIED_IF_IDEMPOTENT, ids=lambda e: type(e).__name__)
def test_policy_transport_errors(exc: Exception) -> None:
    policy = RetryPolicy(max_retries=2, rand=lambda: 0.0)
    assert policy.after_error(0, True, exc) == Decision(0.5)
    assert policy.after_error(1, True, exc) == Decision(1.0)
    assert policy.after_error(2, True, exc) == Decision(None)
    expected = 0.5 if exc in ERRORS_RETRIED_FOR_ALL else None
    assert policy.after_error(0, False, exc).delay == expected


def test_policy_never_retries_tls_errors() -> None:
    policy = RetryPolicy(max_retries=5, rand=lambda: 0.0)
    assert policy.after_error(0, True, _tls_error()).delay is None
    assert policy.after_error(0, False, _tls_error()).delay is None
    wrapped = httpx.ConnectError("tls")
    inner = httpx.ConnectError("inner")
    inner.__context__ = ssl.SSLError("handshake failure")
    wrapped.__cause__ = inner
    assert policy.after_error(0, True, wrapped).delay is None


def test_policy_other_errors_not_retried() -> None:
    policy = RetryPolicy(max_retries=5)
    for exc in (httpx.LocalProtocolError("x"), httpx.UnsupportedProtocol("x"), httpx.ProxyError("x")):
        assert policy.after_error(0, True, exc).delay is None


# --------------------------------------------------------------------------------------------------
# Inside the clients: statuses
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("status", IDEMPOTENT_STATUSES)
@pytest.mark.parametrize("case", all_cases(IDEMPOTENT_CASES))
async def test_idempotent_operations_retry_then_succeed(mode: Mode, case: OpCase, status: int) -> None:
    server = FakeServer([error_response(status), error_response(status), success(case)])
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    result = await call(mode, client, case)
    await mode.close(client)
    assert len(server.requests) == 3
    assert slept == [0.5, 1.0]
    assert (result is None) == (case.result_type is None)
    # Every attempt is the same request: same method, path, body and signature.
    assert len({(r.method, r.url.raw_path, r.content) for r in server.requests}) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("status", IDEMPOTENT_STATUSES)
async def test_idempotent_retries_run_out(mode: Mode, status: int) -> None:
    case = OPS["update_customer_session"]
    server = FakeServer([error_response(status)] * 3)
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    with pytest.raises(APIStatusError) as info:
        await call(mode, client, case)
    await mode.close(client)
    assert info.value.status_code == status
    assert len(server.requests) == 3
    assert slept == [0.5, 1.0]


@pytest.mark.anyio
@pytest.mark.parametrize("status", sorted(set(IDEMPOTENT_STATUSES) | set(NEVER_RETRIED)))
@pytest.mark.parametrize("case", all_cases(NON_IDEMPOTENT_CASES))
async def test_non_idempotent_operations(mode: Mode, case: OpCase, status: int) -> None:
    server = FakeServer([error_response(status), success(case)])
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    if status in NON_IDEMPOTENT_STATUSES:
        await call(mode, client, case)
        assert len(server.requests) == 2
        assert slept == [0.5]
    else:
        with pytest.raises(APIStatusError) as info:
            await call(mode, client, case)
        assert info.value.status_code == status
        assert len(server.requests) == 1
        assert slept == []
    await mode.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("status", NEVER_RETRIED)
@pytest.mark.parametrize("case", all_cases([OPS["get_reserved_coupons"], OPS["delete_customer_data"]]))
async def test_client_errors_are_never_retried(mode: Mode, case: OpCase, status: int) -> None:
    server = FakeServer([error_response(status)])
    client = mode.client(server)
    slept = mode.fake_sleep(client)
    with pytest.raises(APIStatusError):
        await call(mode, client, case)
    await mode.close(client)
    assert len(server.requests) == 1
    assert slept == []


# --------------------------------------------------------------------------------------------------
# Inside the clients: transport errors
# --------------------------------------------------------------------------------------------------


def _fresh(exc: Exception) -> Exception:
    return type(exc)(str(exc))


@pytest.mark.anyio
@pytest.mark.parametrize("exc", ERRORS_RETRIED_FOR_ALL + ERRORS_RETRIED_IF_IDEMPOTENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("case", all_cases())
async def test_transport_errors_retried_per_idempotency(mode: Mode, case: OpCase, exc: Exception) -> None:
    server = FakeServer([_fresh(exc), success(case)])
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    if case.idempotent or exc in ERRORS_RETRIED_FOR_ALL:
        await call(mode, client, case)
        assert len(server.requests) == 2
        assert slept == [0.5]
    else:
        with pytest.raises(APIConnectionError) as info:
            await call(mode, client, case)
        assert type(info.value.__cause__) is type(exc)
        assert isinstance(info.value, APITimeoutError) == isinstance(exc, httpx.TimeoutException)
        assert len(server.requests) == 1
        assert slept == []
    await mode.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases([OPS["get_reserved_coupons"], OPS["track_event"]]))
async def test_transport_retries_run_out(mode: Mode, case: OpCase) -> None:
    errors = [httpx.ConnectError("refused") for _ in range(3)]
    server = FakeServer(list(errors))
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    with pytest.raises(APIConnectionError) as info:
        await call(mode, client, case)
    await mode.close(client)
    assert type(info.value) is APIConnectionError
    assert info.value.__cause__ is errors[-1]
    assert len(server.requests) == 3
    assert slept == [0.5, 1.0]


@pytest.mark.anyio
async def test_timeouts_run_out_as_api_timeout_error(mode: Mode) -> None:
    server = FakeServer([httpx.ReadTimeout("slow") for _ in range(3)])
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    with pytest.raises(APITimeoutError):
        await call(mode, client, OPS["update_customer_profile"])
    await mode.close(client)
    assert slept == [0.5, 1.0]


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases([OPS["get_reserved_coupons"], OPS["track_event"]]))
async def test_tls_errors_are_never_retried(mode: Mode, case: OpCase) -> None:
    exc = _tls_error()
    server = FakeServer([exc, success(case)])
    client = mode.client(server, max_retries=5)
    slept = mode.fake_sleep(client)
    with pytest.raises(APIConnectionError) as info:
        await call(mode, client, case)
    await mode.close(client)
    assert info.value.__cause__ is exc
    assert len(server.requests) == 1
    assert slept == []


# --------------------------------------------------------------------------------------------------
# Backoff and Retry-After inside the clients
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("rand", "expected"), [(0.0, [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]), (1.0, [0.375, 0.75, 1.5, 3.0, 6.0, 6.0])]
)
async def test_backoff_sequence(mode: Mode, rand: float, expected: list[float]) -> None:
    server = FakeServer([error_response(503) for _ in range(7)])
    client = mode.client(server, max_retries=6)
    pin(client, rand=rand)
    slept = mode.fake_sleep(client)
    with pytest.raises(InternalServerError):
        await call(mode, client, OPS["get_reserved_customers"])
    await mode.close(client)
    assert slept == expected
    assert len(server.requests) == 7


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("header", "delay"),
    [("3", 3.0), ("0", 0.0), ("2.5", 2.5), ("60", 60.0), (_http_date(42), 42.0), (_http_date(-5), 0.0)],
)
@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_is_honoured(mode: Mode, status: int, header: str, delay: float) -> None:
    case = OPS["track_event"]  # non-idempotent: 429 and 503 are still safe to retry
    server = FakeServer([error_response(status, **{"Retry-After": header}), success(case)])
    # A 60 s wait fits only without the default 60 s deadline (test_deadline_* cover the two together).
    client = mode.client(server, deadline=None)
    pin(client)
    slept = mode.fake_sleep(client)
    await call(mode, client, case)
    await mode.close(client)
    assert slept == [pytest.approx(delay)]
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_the_real_sleep_is_used_by_default(mode: Mode) -> None:
    """No fake sleep: ``Retry-After: 0`` goes through ``time.sleep`` / ``anyio.sleep`` for real (0 s)."""
    case = OPS["get_reserved_coupons"]
    server = FakeServer([error_response(503, **{"Retry-After": "0"}), success(case)])
    client = mode.client(server)
    result = await call(mode, client, case)
    await mode.close(client)
    assert result.total_result_size == 1
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_unusable_retry_after_falls_back_to_backoff(mode: Mode) -> None:
    case = OPS["get_reserved_coupons"]
    server = FakeServer([error_response(429, **{"Retry-After": "whenever"}), success(case)])
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    await call(mode, client, case)
    await mode.close(client)
    assert slept == [0.5]


@pytest.mark.anyio
@pytest.mark.parametrize("header", ["61", "3600", _http_date(61), _http_date(86400)])
async def test_long_retry_after_raises_at_once(mode: Mode, header: str) -> None:
    case = OPS["update_customer_session"]
    server = FakeServer([error_response(429, **{"Retry-After": header}), success(case)])
    client = mode.client(server, max_retries=5)
    pin(client)
    slept = mode.fake_sleep(client)
    with pytest.raises(RateLimitError) as info:
        await call(mode, client, case)
    await mode.close(client)
    assert info.value.retry_after is not None
    assert info.value.retry_after > 60
    assert info.value.retry_after == pytest.approx(parse_retry_after(header, NOW))
    assert slept == []
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_rate_limit_after_retries_keeps_retry_after(mode: Mode) -> None:
    server = FakeServer([error_response(429, **{"Retry-After": "2"}) for _ in range(3)])
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    with pytest.raises(RateLimitError) as info:
        await call(mode, client, OPS["get_reserved_coupons"])
    await mode.close(client)
    assert slept == [2.0, 2.0]
    assert info.value.retry_after == 2.0


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases())
async def test_max_retries_zero(mode: Mode, case: OpCase) -> None:
    server = FakeServer([error_response(503), success(case)])
    client = mode.client(server, max_retries=0)
    slept = mode.fake_sleep(client)
    with pytest.raises(InternalServerError):
        await call(mode, client, case)
    server2 = FakeServer([httpx.ConnectError("refused"), success(case)])
    client2 = mode.client(server2, max_retries=0)
    slept2 = mode.fake_sleep(client2)
    with pytest.raises(APIConnectionError):
        await call(mode, client2, case)
    await mode.close(client)
    await mode.close(client2)
    assert len(server.requests) == 1 and len(server2.requests) == 1
    assert slept == slept2 == []


@pytest.mark.anyio
async def test_default_max_retries_is_two(mode: Mode) -> None:
    server = FakeServer([error_response(502)] * 4)
    client = mode.client(server)
    assert client.max_retries == 2
    slept = mode.fake_sleep(client)
    with pytest.raises(InternalServerError):
        await call(mode, client, OPS["get_reserved_coupons"])
    await mode.close(client)
    assert len(server.requests) == 3
    assert len(slept) == 2
    assert 0.375 <= slept[0] <= 0.5 and 0.75 <= slept[1] <= 1.0


@pytest.mark.anyio
async def test_with_options_max_retries(mode: Mode) -> None:
    server = FakeServer([error_response(503)] * 10)
    client = mode.client(server)
    pin(client)
    more = client.with_options(max_retries=4)
    slept = mode.fake_sleep(more)
    with pytest.raises(InternalServerError):
        await call(mode, more, OPS["get_reserved_coupons"])
    assert slept == [0.5, 1.0, 2.0, 4.0]  # the copy kept the pinned randomness
    assert len(server.requests) == 5
    none = client.with_options(max_retries=0)
    with pytest.raises(InternalServerError):
        await call(mode, none, OPS["get_reserved_coupons"])
    assert len(server.requests) == 6
    assert client.max_retries == 2
    await mode.close(client)


@pytest.mark.anyio
async def test_mixed_failures_count_against_one_budget(mode: Mode) -> None:
    case = OPS["get_reserved_coupons"]
    server = FakeServer([httpx.ConnectError("refused"), error_response(503), httpx.ReadTimeout("slow"), success(case)])
    client = mode.client(server, max_retries=3)
    pin(client)
    slept = mode.fake_sleep(client)
    await call(mode, client, case)
    await mode.close(client)
    assert slept == [0.5, 1.0, 2.0]
    assert len(server.requests) == 4


@pytest.mark.anyio
async def test_conflict_is_retried_for_session_updates(mode: Mode) -> None:
    case = OPS["update_customer_session"]
    body = {"message": "too many requests, avoid parallel requests", "StatusCode": 409}
    server = FakeServer([respond(409, body), respond(409, body), respond(409, body)])
    client = mode.client(server)
    pin(client)
    slept = mode.fake_sleep(client)
    with pytest.raises(ConflictError) as info:
        await call(mode, client, case)
    await mode.close(client)
    assert info.value.message == body["message"]
    assert slept == [0.5, 1.0]


# --------------------------------------------------------------------------------------------------
# Failed responses are closed before sleeping; no connection is left checked out
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases([OPS["get_reserved_coupons"], OPS["track_event"]]))
async def test_failed_responses_are_closed_before_the_sleep(mode: Mode, case: OpCase) -> None:
    streams: list[TrackedStream] = []
    server = FakeServer([lambda request: respond(503, {"message": "down"}, tracked=streams) for _ in range(3)])
    client = mode.client(server)
    pin(client)

    def check(delay: float) -> None:
        assert streams, "slept before any response"
        assert all(stream.closed for stream in streams), "a failed response is still open while sleeping"

    slept = mode.fake_sleep(client, on_sleep=check)
    with pytest.raises(InternalServerError) as info:
        await call(mode, client, case)
    await mode.close(client)
    assert slept == [0.5, 1.0]
    assert all(stream.closed for stream in streams)
    assert info.value.response.is_closed


class _FlakyHandler(http.server.BaseHTTPRequestHandler):
    """503 for the first ``failures`` requests of the server, then a reserved-coupons list; keep-alive."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        server: _Server = self.server  # type: ignore[assignment]
        with server.lock:
            server.count += 1
            failing = server.count <= server.failures
        body = b'{"message": "down"}' if failing else b'{"totalResultSize": 0, "data": []}'
        self.send_response(503 if failing else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    failures = 0
    count = 0

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _FlakyHandler)
        self.lock = threading.Lock()


@pytest.fixture
def local_server() -> Iterator[_Server]:
    server = _Server()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _pool_connections(client: Any) -> list[Any]:
    return list(client._http._transport._pool.connections)


@pytest.mark.anyio
async def test_no_connection_leak_with_a_real_server(mode: Mode, local_server: _Server) -> None:
    local_server.failures = 3
    host, port = local_server.server_address[:2]
    cls = AsyncIntegrationClient if mode.is_async else IntegrationClient
    client: Any = cls(f"http://{host}:{port}", api_key="k")
    pin(client)
    slept = mode.fake_sleep(client)
    with pytest.raises(InternalServerError):
        await call(mode, client, OPS["get_reserved_coupons"])  # 3 failed attempts
    result = await call(mode, client, OPS["get_reserved_coupons"])  # the 4th request succeeds
    assert result.total_result_size == 0
    assert local_server.count == 4
    assert slept == [0.5, 1.0]
    connections = _pool_connections(client)
    # Every response was read and released: keep-alive reused one connection, and none is in use.
    assert len(connections) == 1
    assert all(not c.is_closed() and c.is_idle() for c in connections)
    await mode.close(client)
    assert _pool_connections(client) == []


def test_dropped_connection_against_a_real_socket() -> None:
    """A server that accepts and closes without answering: RemoteProtocolError, retried for GETs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[int] = []

    def serve() -> None:
        for _ in range(3):
            conn, _ = listener.accept()
            conn.recv(65536)
            accepted.append(1)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    client = IntegrationClient(f"http://127.0.0.1:{port}", api_key="k")
    pin(client)
    slept: list[float] = []
    client._sleep = slept.append  # type: ignore[method-assign]
    try:
        with pytest.raises(APIConnectionError) as info:
            client.get_reserved_coupons("u")
    finally:
        client.close()
        thread.join(timeout=10)
        listener.close()
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert len(accepted) == 3
    assert slept == [0.5, 1.0]
