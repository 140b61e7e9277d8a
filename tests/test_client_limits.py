"""What one call may cost, and what it may raise (issue 11): each test failed before its fix.

- Memory: a success body over ``max_response_bytes`` (16 MiB by default) raises ``ResponseTooLargeError`` while it
  streams, as sent and once decompressed (a gzip bomb expands no further than the limit, even in one chunk), or at
  once when its Content-Length says so; an error body keeps its first 64 KiB and the rest is never read, retried
  or not. Peak RSS of a real call per hostile case is measured in child processes (``_limits_probe.py``).
- Time: the per-call ``deadline`` bounds the whole call, all attempts and waits included; no retry starts that would
  pass it; a server dripping one byte a second (in the body or in the headers) ends at the deadline with
  ``APITimeoutError``. The fake clock (``_deadline.now``) pins the retry cases; the drips run in real time.
- Closing: ``close()`` / ``aclose()`` from another thread or task ends a call in flight or waiting to retry with
  ``ClientClosedError``, at once; a call on a closed client raises it before any I/O.
- Arguments: a path ID too long for a URL and a date-time whose UTC instant is outside years 1-9999 raise
  ``InvalidInputError`` before any I/O.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from _client_helpers import (
    OPS,
    PATH_PREFIX,
    FakeServer,
    Mode,
    no_io,
    reserved_coupons_json,
    respond,
    with_path_param,
)
from _limits_probe import _gzip_bomb

import talon_integration._body as body_module
import talon_integration._deadline as deadline_module
from talon_integration import IntegrationClient
from talon_integration._retry import RetryPolicy
from talon_integration._settings import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES
from talon_integration.errors import (
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    InvalidInputError,
    RateLimitError,
    ResponseTooLargeError,
    TalonError,
)
from talon_integration.models import ReservedCoupons

KIB = 1024
MIB = 1024 * 1024
ERROR_CAP = 64 * KIB
CASE = OPS["get_reserved_coupons"]  # idempotent: its failures are retried
TESTS = Path(__file__).resolve().parent


def pin(client: Any, rand: float = 0.0) -> Any:
    """Backoff without jitter: 0.5 s, 1.0 s, 2.0 s, ..."""
    client._policy = RetryPolicy(max_retries=client.max_retries, rand=lambda: rand, now=lambda: 1.8e9)
    return client


async def get(mode: Mode, client: Any, **options: Any) -> Any:
    return await mode.call(client, CASE.op, *CASE.args, **options)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body streamed from an iterable of chunks (possibly endless), counting what was taken and whether closed."""

    def __init__(self, chunks: Iterable[bytes], on_chunk: Callable[[], None] | None = None) -> None:
        self._chunks = chunks
        self._on_chunk = on_chunk
        self.taken = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            self.taken += len(chunk)
            if self._on_chunk is not None:
                self._on_chunk()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def streamed(status: int, chunks: Iterable[bytes], streams: list[Chunks] | None = None, **headers: str) -> Any:
    """A handler answering every request with a fresh stream of ``chunks`` (a callable makes one per request)."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = Chunks(chunks() if callable(chunks) else chunks)
        if streams is not None:
            streams.append(body)
        return httpx.Response(status, headers={k.replace("_", "-"): v for k, v in headers.items()}, stream=body)

    return handler


def endless(chunk: bytes) -> Callable[[], Iterator[bytes]]:
    return lambda: itertools.repeat(chunk)


class Clock:
    """A fake monotonic clock for deadlines; a fake sleep advances it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 1000.0
        monkeypatch.setattr(deadline_module, "now", lambda: self.now)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def peak_python_bytes(run: Callable[[], Any]) -> tuple[Any, int]:
    """``run()``'s outcome (result or exception) and the peak of Python allocations while it ran."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        try:
            outcome = run()
        except Exception as exc:
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def run_mode(mode: Mode, build: Callable[[], Any], **options: Any) -> Callable[[], Any]:
    """A no-argument callable making one call (sync or async, each in its own event loop for async)."""

    def run() -> Any:
        async def go() -> Any:
            client = build()
            mode.fake_sleep(client)
            try:
                return await get(mode, client, **options)
            finally:
                await mode.close(client)

        return anyio.run(go)

    return run


# --------------------------------------------------------------------------------------------------
# Success bodies over max_response_bytes
# --------------------------------------------------------------------------------------------------


def test_the_defaults_are_the_documented_ones() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 16 * MIB
    assert DEFAULT_DEADLINE == 60.0
    assert body_module.MAX_ERROR_BODY_BYTES == ERROR_CAP


@pytest.mark.anyio
async def test_a_content_length_over_the_limit_is_refused_before_reading(mode: Mode) -> None:
    streams: list[Chunks] = []
    handler = streamed(200, endless(b" " * 64 * KIB), streams, content_length=str(200 * 1000 * 1000))
    client = mode.client(handler)
    with pytest.raises(ResponseTooLargeError) as info:
        await get(mode, client)
    await mode.close(client)
    assert streams[0].taken == 0 and streams[0].closed
    error = info.value
    assert isinstance(error, APIResponseValidationError)
    assert error.body == b"" and error.response.content == b"" and error.status_code == 200
    assert str(DEFAULT_MAX_RESPONSE_BYTES) in str(error)


@pytest.mark.anyio
async def test_a_body_without_a_length_is_cut_at_the_limit_while_it_streams(mode: Mode) -> None:
    streams: list[Chunks] = []
    client = mode.client(streamed(200, endless(b" " * 64 * KIB), streams), max_response_bytes=MIB)
    with pytest.raises(ResponseTooLargeError):
        await get(mode, client)  # the body never ends: only a check while streaming can stop it
    await mode.close(client)
    assert MIB < streams[0].taken <= MIB + 64 * KIB
    assert streams[0].closed
    assert len(streams) == 1  # not retried


@pytest.mark.anyio
async def test_a_body_of_exactly_the_limit_is_read(mode: Mode) -> None:
    body = json.dumps(reserved_coupons_json()).encode()
    limit = len(body) + 10
    exact = body + b" " * 10
    client = mode.client(streamed(200, lambda: iter([exact[:100], exact[100:]])), max_response_bytes=limit)
    result = await get(mode, client)
    assert result.total_result_size == 1
    over = client.with_options(max_response_bytes=limit - 1)
    with pytest.raises(ResponseTooLargeError):
        await get(mode, over)
    with pytest.raises(ResponseTooLargeError):  # the same body built in memory (no stream to cut) is checked too
        await get(mode, mode.client(lambda request: respond(200, content=exact), max_response_bytes=limit - 1))
    await mode.close(client)


@pytest.mark.parametrize("chunking", ["one chunk", "64 KiB chunks"])
def test_a_gzip_bomb_expands_no_further_than_the_limit(mode: Mode, chunking: str) -> None:
    bomb = _gzip_bomb(256 * MIB)  # ~260 KB that expand to 256 MiB
    parts = [bomb] if chunking == "one chunk" else [bomb[i : i + 64 * KIB] for i in range(0, len(bomb), 64 * KIB)]
    handler = streamed(200, lambda: iter(parts), content_encoding="gzip", content_length=str(len(bomb)))
    outcome, peak = peak_python_bytes(run_mode(mode, lambda: mode.client(handler, max_response_bytes=MIB)))
    assert isinstance(outcome, ResponseTooLargeError), outcome
    assert peak < 6 * MIB, f"peak {peak / MIB:.1f} MiB for a 1 MiB limit"


@pytest.mark.anyio
@pytest.mark.parametrize("encoding", ["gzip", "x-gzip", "deflate", "raw deflate", "GZIP, identity"])
async def test_compressed_bodies_are_decoded(mode: Mode, encoding: str) -> None:
    body = json.dumps(reserved_coupons_json()).encode()
    wbits = {"deflate": 15, "raw deflate": -15}.get(encoding, 31)
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    packed = packer.compress(body) + packer.flush()
    header = "deflate" if encoding == "raw deflate" else encoding
    trickle = [packed[i : i + 7] for i in range(0, len(packed), 7)]  # small chunks: state carries across
    server = FakeServer([streamed(200, lambda: iter(trickle), content_encoding=header)])
    client = mode.client(server)
    result = await get(mode, client)
    await mode.close(client)
    assert result == ReservedCoupons.from_dict(reserved_coupons_json())
    assert server.last.headers["Accept-Encoding"] == "gzip, deflate"  # what the client can decode within limits


@pytest.mark.anyio
async def test_an_encoding_not_asked_for_is_left_as_sent(mode: Mode) -> None:
    body = json.dumps(reserved_coupons_json()).encode()
    client = mode.client(streamed(200, lambda: iter([body]), content_encoding="br"))
    assert (await get(mode, client)).total_result_size == 1  # not brotli at all: httpx would have failed on it
    await mode.close(client)


@pytest.mark.anyio
async def test_a_corrupt_gzip_success_body_is_a_validation_error(mode: Mode) -> None:
    server = FakeServer([streamed(200, lambda: iter([b"\x1f\x8b\x08\x00garbage" * 10]), content_encoding="gzip")])
    client = mode.client(server)
    with pytest.raises(APIResponseValidationError) as info:
        await get(mode, client)
    await mode.close(client)
    assert type(info.value) is APIResponseValidationError and "decompressed" in str(info.value)
    assert len(server.requests) == 1


@pytest.mark.anyio
async def test_the_limit_also_bounds_the_body_as_sent(mode: Mode) -> None:
    limit = 10_000
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    packed = packer.compress(os.urandom(limit - 8)) + packer.flush()  # incompressible: larger as sent
    assert len(packed) > limit
    client = mode.client(streamed(200, lambda: iter([packed]), content_encoding="gzip"), max_response_bytes=limit)
    with pytest.raises(ResponseTooLargeError):
        await get(mode, client)
    await mode.close(client)


# --------------------------------------------------------------------------------------------------
# Error bodies: 64 KiB kept, the rest never read
# --------------------------------------------------------------------------------------------------

HTML = b"<html><body>" + b"<p>502 Bad Gateway</p>" * 3000 + b"</body></html>\n"  # 66 KB


@pytest.mark.anyio
async def test_an_error_body_keeps_64_kib_and_the_rest_is_never_read(mode: Mode) -> None:
    streams: list[Chunks] = []
    client = pin(mode.client(streamed(502, endless(HTML), streams, content_type="text/html")))
    slept = mode.fake_sleep(client)
    with pytest.raises(InternalServerError) as info:
        await get(mode, client)
    await mode.close(client)
    assert slept == [0.5, 1.0] and len(streams) == 3  # retried twice, as a 502 is
    assert all(s.closed and s.taken <= 2 * len(HTML) for s in streams)
    error = info.value
    assert error.status_code == 502
    assert len(error.response.content) == ERROR_CAP
    assert isinstance(error.body, str) and len(error.body) == ERROR_CAP and error.body.startswith("<html>")


def test_retried_error_bodies_do_not_accumulate(mode: Mode) -> None:
    chunk = b"x" * 64 * KIB
    body = lambda: iter([chunk] * 80)  # noqa: E731 - 5 MiB per answer, made of one shared chunk
    handler = streamed(502, body, content_type="text/html", content_length=str(80 * len(chunk)))
    outcome, peak = peak_python_bytes(run_mode(mode, lambda: pin(mode.client(handler, max_retries=5))))
    assert isinstance(outcome, InternalServerError) and len(outcome.response.content) == ERROR_CAP
    assert peak < MIB, f"peak {peak / MIB:.2f} MiB over six 5 MiB error bodies"


def test_a_gzip_bomb_error_body_keeps_64_kib(mode: Mode) -> None:
    bomb = _gzip_bomb(256 * MIB)
    handler = streamed(502, lambda: iter([bomb]), content_encoding="gzip")
    outcome, peak = peak_python_bytes(run_mode(mode, lambda: pin(mode.client(handler))))
    assert isinstance(outcome, InternalServerError)
    assert outcome.response.content == bytes(ERROR_CAP)
    assert peak < 2 * MIB, f"peak {peak / MIB:.2f} MiB"


@pytest.mark.anyio
async def test_a_limit_under_64_kib_bounds_error_bodies_too(mode: Mode) -> None:
    client = mode.client(streamed(400, lambda: iter([HTML]), content_type="text/html"), max_response_bytes=1000)
    with pytest.raises(TalonError) as info:
        await get(mode, client)
    await mode.close(client)
    assert info.value.status_code == 400 and len(info.value.response.content) == 1000  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_a_corrupt_gzip_error_body_still_gives_the_status_error(mode: Mode) -> None:
    client = pin(mode.client(streamed(503, lambda: iter([b"\x1f\x8b\x08\x00garbage"]), content_encoding="gzip")))
    mode.fake_sleep(client)
    with pytest.raises(InternalServerError) as info:
        await get(mode, client)
    await mode.close(client)
    assert info.value.status_code == 503


# --------------------------------------------------------------------------------------------------
# Peak RSS of real calls, each in a child process (_limits_probe.py)
# --------------------------------------------------------------------------------------------------

RSS_CASES = {
    # case: (expected outcome, what the error keeps, attempts)
    "json10": ("ReservedCoupons", None, 1),
    "big200": ("ResponseTooLargeError", 0, 1),
    "chunked200": ("ResponseTooLargeError", 0, 1),
    "html502": ("InternalServerError", ERROR_CAP, 3),
    "bomb200": ("ResponseTooLargeError", 0, 1),
    "bomb502": ("InternalServerError", ERROR_CAP, 3),
}
RSS_TARGET_MIB = 300


@pytest.fixture(scope="module")
def probe_server() -> Iterator[int]:
    server = subprocess.Popen(
        [sys.executable, str(TESTS / "_limits_probe.py"), "serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line.startswith("PORT "), line
        yield int(line.split()[1])
    finally:
        server.kill()
        server.wait()
        if server.stdout is not None:
            server.stdout.close()


@pytest.mark.parametrize("how", ["sync", "async"])
@pytest.mark.parametrize("case", list(RSS_CASES))
def test_peak_rss_of_a_call_against_a_hostile_server(probe_server: int, case: str, how: str) -> None:
    done = subprocess.run(
        [sys.executable, str(TESTS / "_limits_probe.py"), "call", case, str(probe_server), how],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(report))
    outcome, kept, attempts = RSS_CASES[case]
    assert report["outcome"] == outcome, report
    assert report["kept_body_bytes"] == kept, report
    assert report["attempts"] == attempts, report
    assert report["peak_rss_mib"] < RSS_TARGET_MIB, report
    assert report["rss_holding_outcome_mib"] < RSS_TARGET_MIB, report
    if case == "json10":
        assert report["items"] > 80_000  # 10 MB of coupons, all parsed


# --------------------------------------------------------------------------------------------------
# The deadline
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_no_retry_starts_that_would_pass_the_deadline(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    server = FakeServer([respond(503, {"message": "down"})], repeat_last=True)
    client = pin(mode.client(server, deadline=1.2))
    slept = mode.fake_sleep(client, clock.advance)
    with pytest.raises(InternalServerError):
        await get(mode, client)  # 0.5 s fits in 1.2 s; then 1.0 s would pass it: the last answer is raised
    await mode.close(client)
    assert slept == [0.5] and len(server.requests) == 2


@pytest.mark.anyio
async def test_a_per_call_deadline_overrides_the_clients(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    server = FakeServer([respond(503, {"message": "down"})], repeat_last=True)
    client = pin(mode.client(server, deadline=1.2))
    slept = mode.fake_sleep(client, clock.advance)
    with pytest.raises(InternalServerError):
        await get(mode, client, deadline=10)
    assert slept == [0.5, 1.0] and len(server.requests) == 3
    slept.clear()
    with pytest.raises(InternalServerError):
        await get(mode, client, deadline=0.4)
    assert slept == []
    copy = pin(client.with_options(deadline=10))
    mode.fake_sleep(copy, clock.advance)
    with pytest.raises(InternalServerError):
        await get(mode, copy)
    assert len(server.requests) == 3 + 1 + 3
    await mode.close(client)


@pytest.mark.anyio
async def test_deadline_none_disables_it(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    server = FakeServer([respond(429, {"message": "slow down"}, headers={"Retry-After": "59"})], repeat_last=True)
    client = mode.client(server)  # the default deadline: 60 s
    slept = mode.fake_sleep(client, clock.advance)
    with pytest.raises(RateLimitError):
        await get(mode, client)
    assert slept == [59.0]  # a second 59 s wait would pass 60 s
    slept.clear()
    with pytest.raises(RateLimitError):
        await get(mode, client, deadline=None)
    assert slept == [59.0, 59.0]
    unbounded = mode.client(server, deadline=None)
    slept = mode.fake_sleep(unbounded, clock.advance)
    with pytest.raises(RateLimitError):
        await get(mode, unbounded)
    assert slept == [59.0, 59.0]
    await mode.close(client)


@pytest.mark.anyio
async def test_expiry_during_an_attempt_raises_api_timeout_error(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)

    def slow_then_timeout(request: httpx.Request) -> httpx.Response:
        clock.advance(3.5)
        raise httpx.ReadTimeout("timed out", request=request)

    server = FakeServer([slow_then_timeout], repeat_last=True)
    client = mode.client(server, deadline=3)
    mode.fake_sleep(client, clock.advance)
    with pytest.raises(APITimeoutError):
        await get(mode, client)
    assert len(server.requests) == 1  # a GET, retried on timeouts, but not past the deadline
    await mode.close(client)


@pytest.mark.anyio
async def test_expiry_while_the_answer_streams_raises_api_timeout_error(
    mode: Mode, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    body = json.dumps(reserved_coupons_json()).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        pieces = [body[i : i + 10] for i in range(0, len(body), 10)]
        return httpx.Response(200, stream=Chunks(pieces, on_chunk=lambda: clock.advance(1.0)))

    client = mode.client(handler, deadline=3)
    with pytest.raises(APITimeoutError, match="deadline"):
        await get(mode, client)  # every chunk arrives "quickly" for httpx; the call as a whole does not
    await mode.close(client)


@pytest.mark.anyio
async def test_each_attempt_waits_no_longer_than_what_is_left(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    timeouts: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(dict(request.extensions["timeout"]))
        return respond(503, {"message": "down"})

    client = pin(mode.client(handler, deadline=3, timeout=httpx.Timeout(10.0, connect=1.0)))
    mode.fake_sleep(client, clock.advance)
    with pytest.raises(InternalServerError):
        await get(mode, client)
    await mode.close(client)
    assert timeouts == [
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
        {"connect": 1.0, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 1.0, "read": 1.5, "write": 1.5, "pool": 1.5},
    ]


@pytest.mark.anyio
@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), True, "3"])
async def test_a_bad_deadline_is_refused(mode: Mode, bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="deadline"):
        mode.client(no_io, deadline=bad)
    client = mode.client(no_io)
    with pytest.raises(ConfigurationError, match="deadline"):
        client.with_options(deadline=bad)
    with pytest.raises(InvalidInputError, match="deadline"):
        await get(mode, client, deadline=bad)
    await mode.close(client)


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "1", None])
def test_a_bad_max_response_bytes_is_refused(mode: Mode, bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        mode.client(no_io, max_response_bytes=bad)
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        mode.client(no_io).with_options(max_response_bytes=bad)


# ---- a server that drips: httpx's read timeout starts again with every byte ---------------------------------


class Dripper:
    """A socket server answering one byte every ``interval`` seconds: the body, or the whole answer."""

    def __init__(self, interval: float, *, headers_too: bool) -> None:
        self.interval = interval
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
        self.prompt, self.drip = (b"", head + b" " * 100_000) if headers_too else (head, b" " * 100_000)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def _serve(self) -> None:
        self.listener.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(self.prompt)
                for byte in self.drip:
                    if self.stop.wait(self.interval):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.listener.close()


@pytest.fixture
def dripper(request: pytest.FixtureRequest) -> Iterator[Dripper]:
    interval, headers_too = request.param
    server = Dripper(interval, headers_too=headers_too)
    yield server
    server.close()


async def timed(mode: Mode, client: Any, **options: Any) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        await get(mode, client, **options)
    except Exception as exc:
        return exc, time.monotonic() - started
    finally:
        await mode.close(client)
    return None, time.monotonic() - started


@pytest.mark.anyio
@pytest.mark.parametrize("dripper", [(1.0, False)], indirect=True, ids=["1 byte/s body"])
async def test_a_dripping_body_ends_at_the_deadline(mode: Mode, dripper: Dripper) -> None:
    client = mode.client(base_url=dripper.url, transport=None)
    error, took = await timed(mode, client, timeout=2, deadline=3)
    print(f"{mode}: drip ended after {took:.2f} s with {type(error).__name__}")
    assert isinstance(error, APITimeoutError), error
    assert 2.9 <= took < 3.5


@pytest.mark.anyio
@pytest.mark.parametrize("dripper", [(0.25, True)], indirect=True, ids=["4 bytes/s answer"])
async def test_dripping_headers_end_at_the_clients_deadline(mode: Mode, dripper: Dripper) -> None:
    client = mode.client(base_url=dripper.url, deadline=1.5, timeout=1)
    error, took = await timed(mode, client)
    assert isinstance(error, APITimeoutError), error
    assert 1.4 <= took < 2.0


@pytest.mark.anyio
@pytest.mark.parametrize("dripper", [(0.25, False)], indirect=True, ids=["4 bytes/s body"])
async def test_with_your_own_http_client_a_drip_ends_within_one_byte_of_the_deadline(
    mode: Mode, dripper: Dripper
) -> None:
    own: Any = httpx.AsyncClient() if mode.is_async else httpx.Client()
    client = mode.client(base_url=dripper.url, http_client=own, deadline=1)
    error, took = await timed(mode, client)
    assert isinstance(error, APITimeoutError), error
    assert 0.9 <= took < 1.0 + 0.25 + 0.4
    await own.aclose() if mode.is_async else own.close()


# --------------------------------------------------------------------------------------------------
# Closing the client
# --------------------------------------------------------------------------------------------------


class Silent:
    """A socket server that reads the request and never answers (until closed)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            while True:
                conn, _ = self.listener.accept()
                self.conns.append(conn)
        except OSError:
            return

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}"

    def close(self) -> None:
        for conn in self.conns:
            conn.close()
        self.listener.close()


async def close_soon(mode: Mode, client: Any, call: Callable[[], Any], after: float = 0.3) -> Any:
    """Run ``call`` while another thread (sync) or task (async) closes the client after ``after`` seconds."""
    if mode.is_async:
        outcome: list[Any] = []

        async def closer() -> None:
            await anyio.sleep(after)
            await client.aclose()

        async with anyio.create_task_group() as group:
            group.start_soon(closer)
            try:
                outcome.append(await call())
            except Exception as exc:  # what the call ends with is the test's subject
                outcome.append(exc)
        return outcome[0]
    timer = threading.Timer(after, client.close)
    timer.start()
    try:
        return call()
    except Exception as exc:
        return exc
    finally:
        timer.join()


@pytest.mark.anyio
async def test_close_ends_a_call_in_flight(mode: Mode) -> None:
    server = Silent()
    client = mode.client(base_url=server.url)
    started = time.monotonic()
    try:
        outcome = await close_soon(mode, client, lambda: client.get_reserved_coupons("user-42"))
    finally:
        server.close()
    took = time.monotonic() - started
    assert isinstance(outcome, ClientClosedError), outcome
    assert "in flight" in str(outcome)
    assert took < 1.5  # at once, not when the 10 s read timeout runs out


@pytest.mark.anyio
async def test_close_ends_a_wait_to_retry(mode: Mode) -> None:
    server = FakeServer([respond(503, {"message": "down"}, headers={"Retry-After": "20"})], repeat_last=True)
    client = mode.client(server)
    started = time.monotonic()
    outcome = await close_soon(mode, client, lambda: client.get_reserved_coupons("user-42"))
    took = time.monotonic() - started
    assert isinstance(outcome, ClientClosedError), outcome
    assert "waited to retry" in str(outcome)
    assert took < 1.5 and len(server.requests) == 1  # the 20 s wait ended at once, and nothing was sent after it


@pytest.mark.anyio
@pytest.mark.parametrize("when", ["in flight", "in backoff"])
async def test_a_close_before_the_retry_is_never_a_runtime_error(mode: Mode, when: str) -> None:
    holder: dict[str, Any] = {}

    async def close_in_flight(request: httpx.Request) -> httpx.Response:
        await mode.close(holder["client"])
        return respond(503, {"message": "down"})

    def sync_close_in_flight(request: httpx.Request) -> httpx.Response:
        holder["client"].close()
        return respond(503, {"message": "down"})

    first = (close_in_flight if mode.is_async else sync_close_in_flight) if when == "in flight" else None
    server = FakeServer([first or respond(503, {"message": "down"}), respond(200, reserved_coupons_json())])
    client = holder["client"] = mode.client(transport=_transport(mode, server))
    if when == "in backoff":
        if mode.is_async:

            async def close_while_waiting(delay: float) -> None:
                await client.aclose()

            client._sleep = close_while_waiting
        else:
            client._sleep = lambda delay: client.close()
    else:
        mode.fake_sleep(client)
    with pytest.raises(ClientClosedError):
        await get(mode, client)
    assert len(server.requests) == 1


def _transport(mode: Mode, server: FakeServer) -> Any:
    """A MockTransport whose handler may be async for the async client (httpx awaits what it returns)."""
    if not mode.is_async:
        return httpx.MockTransport(server)

    async def handler(request: httpx.Request) -> httpx.Response:
        answer = server(request)
        if not isinstance(answer, httpx.Response):
            answer = await answer
        return answer

    return httpx.MockTransport(handler)


@pytest.mark.anyio
async def test_a_call_on_a_closed_client(mode: Mode) -> None:
    client = mode.client(no_io)
    copy = client.with_options(timeout=3)
    await mode.close(client)
    for target in (client, copy):
        with pytest.raises(ClientClosedError):
            await get(mode, target)
    with pytest.raises(ClientClosedError):
        await mode.call(client.with_raw_response, "get_reserved_coupons", "user-42")
    own: Any = (
        httpx.AsyncClient(transport=httpx.MockTransport(no_io))
        if mode.is_async
        else httpx.Client(transport=httpx.MockTransport(no_io))
    )
    await own.aclose() if mode.is_async else own.close()
    with pytest.raises(ClientClosedError):
        await get(mode, mode.client(http_client=own))


# --------------------------------------------------------------------------------------------------
# Arguments that cannot make a URL or a date
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("value", ["a" * 70_000, "\N{GRINNING FACE}" * 6_000], ids=["70k ASCII", "6k emoji"])
@pytest.mark.parametrize("op", list(PATH_PREFIX))
async def test_a_path_id_too_long_for_a_url_is_invalid_input(mode: Mode, op: str, value: str) -> None:
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError, match="URL"):
        await mode.call(client, op, *with_path_param(OPS[op], value), **OPS[op].kwargs)
    await mode.close(client)


OUT_OF_RANGE = [
    "0001-01-01T00:00:00+00:00:30",
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+00:01",
    dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    dt.datetime.max.replace(tzinfo=dt.timezone(-dt.timedelta(seconds=30))),
]
IN_RANGE = ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00-01:00"]


@pytest.mark.anyio
@pytest.mark.parametrize("field", ["start_date", "expiry_date"])
@pytest.mark.parametrize("value", OUT_OF_RANGE, ids=str)
async def test_a_date_outside_the_calendar_in_utc_is_invalid_input(mode: Mode, field: str, value: Any) -> None:
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError, match=field):
        await mode.call(client, "create_referral", campaign_id=1, advocate_profile_integration_id="u", **{field: value})
    with pytest.raises(InvalidInputError, match="adjustment_effective_from"):
        await mode.call(client, "update_customer_session", "s", cart_items=[
            {"sku": "a", "name": "A", "quantity": 1, "price": 1, "adjustment_effective_from": value}
        ])  # fmt: skip
    await mode.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("value", IN_RANGE)
async def test_dates_at_the_calendars_ends_in_utc_are_sent(mode: Mode, value: str) -> None:
    server = FakeServer([respond(201, OPS["create_referral"].response())])  # type: ignore[misc]
    client = mode.client(server)
    await mode.call(client, "create_referral", campaign_id=1, advocate_profile_integration_id="u", start_date=value)
    await mode.close(client)
    assert json.loads(server.last.content)["startDate"] == dt.datetime.fromisoformat(value).isoformat()


# --------------------------------------------------------------------------------------------------
# Compressed bodies as they really arrive (issue 21, item 4)
# --------------------------------------------------------------------------------------------------


def _pack(data: bytes, wbits: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


COUPONS = json.dumps(reserved_coupons_json()).encode()


@pytest.mark.anyio
@pytest.mark.parametrize("wbits", [-15, 15], ids=["raw deflate", "zlib deflate"])
@pytest.mark.parametrize("first", [1, 2], ids=["first byte alone", "first two bytes alone"])
async def test_a_deflate_body_whose_first_bytes_arrive_alone_is_decoded(mode: Mode, wbits: int, first: int) -> None:
    packed = _pack(COUPONS, wbits)
    client = mode.client(streamed(200, lambda: iter([packed[:first], packed[first:]]), content_encoding="deflate"))
    result = await get(mode, client)
    await mode.close(client)
    assert result == ReservedCoupons.from_dict(reserved_coupons_json())


@pytest.mark.anyio
@pytest.mark.parametrize("split", ["one chunk", "a chunk per member", "7-byte chunks"])
async def test_a_gzip_body_of_several_members_is_decoded(mode: Mode, split: str) -> None:
    half = len(COUPONS) // 2
    members = [_pack(COUPONS[:half], 31), _pack(COUPONS[half:], 31)]
    whole = b"".join(members)
    parts = {
        "one chunk": [whole],
        "a chunk per member": members,
        "7-byte chunks": [whole[i : i + 7] for i in range(0, len(whole), 7)],
    }[split]
    client = mode.client(streamed(200, lambda: iter(parts), content_encoding="gzip"))
    result = await get(mode, client)
    await mode.close(client)
    assert result == ReservedCoupons.from_dict(reserved_coupons_json())


@pytest.mark.anyio
@pytest.mark.parametrize(
    "case",
    ["gzip + garbage", "gzip + garbage in its own chunk", "gzip without its trailer", "gzip cut short",
     "deflate + garbage", "deflate without its checksum", "raw deflate cut short"],
)  # fmt: skip
async def test_a_gzip_or_deflate_body_with_garbage_after_it_or_cut_short_is_refused(mode: Mode, case: str) -> None:
    gz, zl, raw = _pack(COUPONS, 31), _pack(COUPONS, 15), _pack(COUPONS, -15)
    parts, encoding = {
        "gzip + garbage": ([gz + b"garbage!"], "gzip"),
        "gzip + garbage in its own chunk": ([gz, b"\x00\x00\x00\x00"], "gzip"),
        "gzip without its trailer": ([gz[:-8]], "gzip"),
        "gzip cut short": ([gz[: len(gz) // 2]], "gzip"),
        "deflate + garbage": ([zl + b"xx"], "deflate"),
        "deflate without its checksum": ([zl[:-4]], "deflate"),
        "raw deflate cut short": ([raw[: len(raw) // 2]], "deflate"),
    }[case]
    client = mode.client(streamed(200, lambda: iter(parts), content_encoding=encoding))
    with pytest.raises(APIResponseValidationError) as info:
        await get(mode, client)
    await mode.close(client)
    assert type(info.value) is APIResponseValidationError
    assert "truncated" in str(info.value) or "cannot be decompressed" in str(info.value), info.value


@pytest.mark.anyio
@pytest.mark.parametrize("dripper", [(0.3, True)], indirect=True, ids=["1 byte / 0.3 s answer"])
async def test_with_your_own_http_client_dripping_headers_end_at_the_deadline(mode: Mode, dripper: Dripper) -> None:
    own: Any = httpx.AsyncClient() if mode.is_async else httpx.Client()
    client = mode.client(base_url=dripper.url, http_client=own, timeout=2, deadline=1.5)
    error, took = await timed(mode, client)
    await own.aclose() if mode.is_async else own.close()
    print(f"{mode}: dripping headers with your own client ended after {took:.2f} s with {type(error).__name__}")
    assert isinstance(error, APITimeoutError), error
    assert 1.4 <= took < 1.5 + 1.5  # before: about 21 s (each byte restarted the 2 s read timeout)


def test_your_own_clients_other_requests_keep_their_own_timeouts() -> None:
    server = Dripper(0.01, headers_too=True)
    own = httpx.Client(timeout=5)
    try:
        IntegrationClient(base_url=server.url, api_key="k", http_client=own, deadline=0.2)  # guards its pools
        started = time.monotonic()
        with own.stream("GET", server.url) as response:  # the user's own request: no deadline of ours applies
            assert response.status_code == 200
        assert time.monotonic() - started > 0.2
    finally:
        own.close()
        server.close()
