"""A client's life across ``os.fork()`` and ``close()`` (issue 21, items 1 and 2), against a real loopback server.

- Fork: a client that made a call (an idle keep-alive connection in its pool) is used in both processes after
  ``os.fork()``. Each request carries its process's identifiers (``X-Who``) and the server echoes them: no answer
  may cross, and no request of the child may arrive over the parent's connection. A client over a user's
  ``http_client`` refuses to send in the child (``ClientClosedError``) rather than share its connections.
- Close: every call not answered when ``close()`` / ``aclose()`` starts ends with ``ClientClosedError`` (calls
  waiting for a connection or for the pool included), and no request reaches the server after it returned.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anyio
import httpx
import pytest
from _client_helpers import API_KEY, reserved_coupons_json, state_json

from talon_integration import AsyncIntegrationClient, IntegrationClient
from talon_integration.errors import ClientClosedError

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

CALLS = 40  # per process after the fork


class EchoServer(ThreadingHTTPServer):
    """HTTP/1.1 keep-alive server: answers every request with its ``X-Who`` header echoed, and logs
    (arrival time, method, X-Who, client port) of each request."""

    daemon_threads = True
    request_queue_size = 512  # 150 threads connect at once: no SYN dropped by a short listen backlog

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Echo)
        self.log: list[tuple[float, str, str, int]] = []
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(10)


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: EchoServer

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        who = self.headers.get("X-Who") or ""
        self.server.log.append((time.monotonic(), self.command, who, self.client_address[1]))
        delay = float(self.headers.get("X-Delay") or 0)
        if delay:
            time.sleep(delay)
        body = json.dumps(state_json() if self.command == "POST" else reserved_coupons_json()).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Echo", who)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client went away (closed): nothing to answer
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture
def server() -> Iterator[EchoServer]:
    srv = EchoServer()
    yield srv
    srv.stop()


# --------------------------------------------------------------------------------------------------
# os.fork()
# --------------------------------------------------------------------------------------------------


def _sync_calls(client: IntegrationClient) -> dict[str, Any]:
    me, crossed, errors = os.getpid(), 0, []
    for i in range(CALLS):
        who = f"{me}-{i}"
        try:
            raw = client.with_raw_response.get_reserved_coupons("user-42", extra_headers={"X-Who": who})
        except Exception as exc:  # what a crossed stream raises is part of the count
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        crossed += raw.headers.get("x-echo") != who
    return {"pid": me, "crossed": crossed, "errors": errors}


async def _async_calls(client: AsyncIntegrationClient) -> dict[str, Any]:
    me, crossed, errors = os.getpid(), 0, []
    for i in range(CALLS):
        who = f"{me}-{i}"
        try:
            raw = await client.with_raw_response.get_reserved_coupons("user-42", extra_headers={"X-Who": who})
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        crossed += raw.headers.get("x-echo") != who
    return {"pid": me, "crossed": crossed, "errors": errors}


def _in_both_processes(in_child: Callable[[], dict[str, Any]], in_parent: Callable[[], dict[str, Any]]) -> Any:
    """Fork; run ``in_child`` in the child (its outcome comes back through a pipe) and ``in_parent`` here."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():  # Python 3.12+ warns that this process has threads (the server's)
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: report, then leave without running the parent's cleanups (pytest's, atexit)
        code = 0
        try:
            os.close(read_end)
            try:
                outcome = in_child()
            except BaseException as exc:  # reported, not raised: the parent's test judges
                outcome = {"pid": os.getpid(), "crossed": 0, "errors": [f"{type(exc).__name__}: {exc}"]}
            os.write(write_end, json.dumps(outcome).encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        mine = in_parent()
    finally:
        chunks = []
        with os.fdopen(read_end, "rb") as pipe:  # EOF when the child exits
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done:
                    break
                time.sleep(0.02)
            else:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            chunks.append(pipe.read())
    child = json.loads(b"".join(chunks) or b'{"pid": 0, "crossed": 0, "errors": ["no report"]}')
    return mine, child


def _check_no_crossing(server: EchoServer, mine: dict[str, Any], child: dict[str, Any]) -> None:
    print(f"parent {mine}, child {child}")
    assert (mine["crossed"], mine["errors"]) == (0, [])
    assert (child["crossed"], child["errors"]) == (0, [])
    warm_port = next(port for _, _, who, port in server.log if who == "warm")
    child_ports = {port for _, _, who, port in server.log if who.startswith(f"{child['pid']}-")}
    assert len([1 for _, _, who, _ in server.log if who.startswith(f"{child['pid']}-")]) == CALLS
    assert warm_port not in child_ports  # the child never wrote on the connection it inherited


def test_a_sync_client_used_on_both_sides_of_a_fork_never_crosses_answers(server: EchoServer) -> None:
    client = IntegrationClient(server.url, api_key=API_KEY, max_retries=0)
    copy = client.with_options(timeout=5)  # a copy made before the fork shares the child's new pool
    client.with_raw_response.get_reserved_coupons("user-42", extra_headers={"X-Who": "warm"})
    try:
        mine, child = _in_both_processes(lambda: _sync_calls(copy), lambda: _sync_calls(client))
    finally:
        client.close()
    _check_no_crossing(server, mine, child)


def test_an_async_client_used_on_both_sides_of_a_fork_never_crosses_answers(server: EchoServer) -> None:
    client = AsyncIntegrationClient(server.url, api_key=API_KEY, max_retries=0)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(
            client.with_raw_response.get_reserved_coupons("user-42", extra_headers={"X-Who": "warm"})
        )

        def in_child() -> dict[str, Any]:
            return asyncio.run(_async_calls(client))  # a loop of its own: the parent's is not the child's

        mine, child = _in_both_processes(in_child, lambda: loop.run_until_complete(_async_calls(client)))
    finally:
        loop.run_until_complete(client.aclose())
        loop.close()
    _check_no_crossing(server, mine, child)


def test_a_users_http_client_refuses_to_send_in_a_forked_child(server: EchoServer) -> None:
    own = httpx.Client()
    client = IntegrationClient(server.url, api_key=API_KEY, http_client=own, max_retries=0)
    client.with_raw_response.get_reserved_coupons("user-42", extra_headers={"X-Who": "warm"})

    def in_child() -> dict[str, Any]:
        try:
            client.get_reserved_coupons("user-42", extra_headers={"X-Who": "child"})
        except ClientClosedError as exc:
            return {"pid": os.getpid(), "crossed": 0, "errors": [], "refused": str(exc)}
        return {"pid": os.getpid(), "crossed": 0, "errors": ["sent"]}

    try:
        mine, child = _in_both_processes(in_child, lambda: _sync_calls(client))
    finally:
        own.close()
    assert (mine["crossed"], mine["errors"]) == (0, [])
    assert child["errors"] == [] and "after the fork" in child["refused"], child
    assert not any(who == "child" for _, _, who, _ in server.log)


# --------------------------------------------------------------------------------------------------
# close() / aclose()
# --------------------------------------------------------------------------------------------------

SETTLE = 1.0  # generous: a request written before close() returned may be logged by the server a little later


def test_close_ends_every_unanswered_call_and_nothing_is_sent_after_it(
    server: EchoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Exact, with no margin: each send() the client's sockets complete is recorded with the time it began
    # (httpcore writes with socket.send); none may begin after close() returned.
    port, real_send, sends = server.server_address[1], socket.socket.send, []

    def recording_send(sock: socket.socket, data: Any, *args: Any) -> int:
        began = time.monotonic()
        sent: int = real_send(sock, data, *args)
        with contextlib.suppress(OSError):
            if sock.getpeername()[1] == port:
                sends.append(began)
        return sent

    monkeypatch.setattr(socket.socket, "send", recording_send)
    client = IntegrationClient(server.url, api_key=API_KEY, max_retries=0)
    started = time.monotonic()
    outcomes: list[list[str]] = [[] for _ in range(150)]
    failed_before_close: list[str] = []  # a loaded machine may drop a loopback connection: not close()'s doing
    closing = threading.Event()

    def work(mine: list[str]) -> None:
        while time.monotonic() < started + 3 * SETTLE + 0.5:  # until the client refuses, or long after close()
            try:
                client.track_event(session_id="sess-1", type="viewed", extra_headers={"X-Delay": "0.02"})
            except ClientClosedError:
                mine.append("ClientClosedError")
                return
            except Exception as exc:
                if closing.is_set():  # close() had begun: this call should have ended in ClientClosedError
                    mine.append(type(exc).__name__)
                    return
                failed_before_close.append(type(exc).__name__)
                continue
            mine.append("ok")

    threads = [threading.Thread(target=work, args=(mine,), daemon=True) for mine in outcomes]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    closing.set()
    client.close()
    closed_at = time.monotonic()
    for thread in threads:
        thread.join(30)
    late = [entry for entry in server.log if entry[0] > closed_at + SETTLE]
    print(f"{len(server.log)} requests, {len(late)} after close() returned (+{SETTLE} s), "
          f"{len([b for b in sends if b > closed_at])} of {len(sends)} sends began after it; last outcomes "
          f"{sorted({o[-1] for o in outcomes if o})}; failed before close() began: {failed_before_close}")  # fmt: skip
    assert not any(thread.is_alive() for thread in threads)
    assert [began for began in sends if began > closed_at] == []
    assert late == []
    assert all(mine and mine[-1] == "ClientClosedError" for mine in outcomes), [o[-3:] for o in outcomes]
    assert all(set(mine[:-1]) <= {"ok"} for mine in outcomes)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_aclose_ends_the_tasks_about_to_send_and_nothing_is_sent_after_it(
    server: EchoServer, anyio_backend: str
) -> None:
    client = AsyncIntegrationClient(server.url, api_key=API_KEY, max_retries=0)
    await client.get_reserved_coupons("user-42")  # a pooled connection: aclose() has something to close
    outcomes: list[str] = []

    async def work() -> None:
        try:
            await client.track_event(session_id="sess-1", type="viewed")
        except Exception as exc:
            outcomes.append(type(exc).__name__)
        else:
            outcomes.append("ok")

    async with anyio.create_task_group() as group:
        for _ in range(10):
            group.start_soon(work)
        await anyio.sleep(0)  # the tasks start: each is waiting for the pool when aclose() begins
        count = len(server.log)
        await client.aclose()
        closed_at = time.monotonic()
    await anyio.sleep(SETTLE)
    print(f"outcomes {outcomes}; {len(server.log) - count} requests after aclose() began")
    assert outcomes == ["ClientClosedError"] * 10
    assert [entry for entry in server.log if entry[0] > closed_at] == []
    assert len(server.log) == count


def test_an_answer_that_comes_after_close_began_is_not_taken() -> None:
    closed = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:  # an in-memory transport: no socket to shut down
        closed.wait(10)
        return httpx.Response(200, json=reserved_coupons_json())

    client = IntegrationClient("https://acme.example", api_key=API_KEY, transport=httpx.MockTransport(handler))
    outcome: list[BaseException | None] = []

    def call() -> None:
        try:
            client.get_reserved_coupons("user-42")
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=call)
    thread.start()
    time.sleep(0.2)
    client.close()
    closed.set()
    thread.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ClientClosedError), outcome


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_an_async_answer_that_comes_after_aclose_began_is_not_taken(anyio_backend: str) -> None:
    closed = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        await closed.wait()
        return httpx.Response(200, json=reserved_coupons_json())

    client = AsyncIntegrationClient("https://acme.example", api_key=API_KEY, transport=httpx.MockTransport(handler))
    outcome: list[BaseException | None] = []

    async def call() -> None:
        try:
            await client.get_reserved_coupons("user-42")
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    async with anyio.create_task_group() as group:
        group.start_soon(call)
        await anyio.sleep(0.1)
        await client.aclose()
        closed.set()
    assert len(outcome) == 1 and isinstance(outcome[0], ClientClosedError), outcome
