"""The sandbox as a service: what a whole test suite hammering it (or a careless client) may do to it.

DESIGN.md "The sandbox": served on a socket it has a listen backlog of at least 128, a bounded pool of
workers, idle connections closed, request bodies capped (413), deeply nested JSON refused (400) and
never a 500 for bad input; both adapters (HTTP and the in-process transports) refuse alike. The
``talon-integration sandbox`` command warns when it listens beyond loopback with the default key.

The figures the tests print (``-s``) are the ones quoted in the change that made them pass.
"""

from __future__ import annotations

import asyncio
import gc
import io
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
import wsgiref.util
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from talon_integration import errors
from talon_integration.testing import BASE_URL, AsyncSandboxTransport, Sandbox, SandboxServer, SandboxTransport, _limits
from talon_integration.testing._server import is_loopback, serve

pytestmark = pytest.mark.anyio

AUTH = "Authorization: ApiKey-v1 sandbox-key\r\n"
MIB = 1024 * 1024


def deep(levels: int) -> bytes:
    """A profile update whose body nests ``levels`` deep: ``{"attributes": {"a": {"a": ... 1}}}``."""
    return b'{"attributes": ' + b'{"a": ' * (levels - 2) + b"{}" + b"}" * (levels - 2) + b"}"


def head(method: str, path: str, headers: str = "") -> bytes:
    """A request head with credentials and ``headers`` (CRLF-terminated lines), no framing of its own."""
    return (
        f"{method} {path} HTTP/1.1\r\nHost: sandbox\r\n{AUTH}Content-Type: application/json\r\n{headers}\r\n".encode()
    )


def request_bytes(method: str, path: str, body: bytes = b"", *, headers: str = "") -> bytes:
    return head(method, path, f"Content-Length: {len(body)}\r\n{headers}") + body


def chunked(path: str, chunks: bytes) -> bytes:
    return head("PUT", path, "Transfer-Encoding: chunked\r\n") + chunks


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def exchange(server: SandboxServer, data: bytes, timeout: float = 10.0) -> bytes:
    """Send raw bytes, read the answer until the server closes."""
    with socket.create_connection((server.host, server.port), timeout=timeout) as sock:
        sock.sendall(data)
        return read_all(sock)


def status_of(answer: bytes) -> int:
    assert answer.startswith(b"HTTP/1."), answer[:100]
    return int(answer.split(b" ", 2)[1])


def body_of(answer: bytes) -> dict[str, object]:
    payload: dict[str, object] = json.loads(answer.split(b"\r\n\r\n", 1)[1])
    return payload


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture
def server(sandbox: Sandbox) -> Iterator[SandboxServer]:
    with sandbox.serve() as served:
        yield served


# ---- many clients at once ------------------------------------------------------------------------------


def test_100_simultaneous_connections_are_all_answered(server: SandboxServer) -> None:
    """100 connects fired within a millisecond (non-blocking, from one thread), then 100 requests.

    All must be answered within 1 s: that is the kernel's first SYN retransmission timeout, so a
    connection a full backlog turned away cannot make it (it takes tens of milliseconds here).
    """
    count, request = 100, request_bytes("GET", "/v1/coupon_reservations/coupons/nobody")
    selector = selectors.DefaultSelector()
    answers: dict[socket.socket, bytearray] = {}
    started = time.monotonic()
    for _ in range(count):
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex((server.host, server.port))
        answers[sock] = bytearray()
        selector.register(sock, selectors.EVENT_WRITE)
    failed: list[str] = []
    try:
        while selector.get_map() and time.monotonic() - started < 20:
            for key, _ in selector.select(timeout=0.5):
                sock = key.fileobj  # type: ignore[assignment]
                try:
                    if key.events == selectors.EVENT_WRITE:
                        sock.send(request)  # a few hundred bytes: one send on a fresh connection
                        selector.modify(sock, selectors.EVENT_READ)
                    elif chunk := sock.recv(65536):
                        answers[sock] += chunk
                    else:
                        selector.unregister(sock)
                except OSError as exc:
                    failed.append(type(exc).__name__)
                    selector.unregister(sock)
        elapsed = time.monotonic() - started
    finally:
        selector.close()
        for sock in answers:
            sock.close()
    answered = sum(1 for answer in answers.values() if answer.startswith(b"HTTP/1.0 404 "))
    print(f"\n{answered}/{count} simultaneous connections answered in {elapsed:.2f} s")
    assert (answered, failed) == (count, [])
    assert elapsed < 1.0


async def test_64_async_tasks_lose_no_posts(sandbox: Sandbox, server: SandboxServer) -> None:
    tasks, each = 64, 15
    failures: list[str] = []
    headers = {"Authorization": "ApiKey-v1 sandbox-key"}
    async with httpx.AsyncClient(base_url=server.url, headers=headers, timeout=30) as client:

        async def post_events(task: int) -> None:
            for n in range(each):
                try:
                    answer = await client.post("/v1/events", json={"sessionId": f"s{task}", "type": "t",
                                                                   "attributes": {"n": n}})  # fmt: skip
                    if answer.status_code != 201:
                        failures.append(str(answer.status_code))
                except httpx.HTTPError as exc:
                    failures.append(repr(exc))

        await asyncio.gather(*(post_events(task) for task in range(tasks)))
    print(f"\n{len(failures)}/{tasks * each} POSTs lost")
    assert failures == []
    assert len([e for e in sandbox.events() if e["type"] == "t"]) == tasks * each


# ---- request bodies over the cap -----------------------------------------------------------------------


def test_a_200_mb_upload_gets_413_before_its_body_is_sent(sandbox: Sandbox, server: SandboxServer) -> None:
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        started = time.monotonic()
        sock.sendall(head("PUT", "/v1/customer_profiles/u", f"Content-Length: {200 * MIB}\r\n"))  # the head only
        answer = read_all(sock)
        latency = time.monotonic() - started
    print(f"\n413 for a 200 MB Content-Length after {latency * 1000:.1f} ms, no body byte sent")
    assert status_of(answer) == 413
    payload = body_of(answer)
    assert payload["StatusCode"] == 413 and payload["message"]
    assert b"Connection: close" in answer
    assert latency < 2
    assert sandbox.requests == [] and sandbox.profile("u") is None


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_oversized_upload_in_flight_still_reads_its_413(server: SandboxServer, chunked: bool) -> None:
    payload = b'{"attributes": {"a": "' + b"x" * (3 * MIB) + b'"}}'
    content = (payload[i : i + 65536] for i in range(0, len(payload), 65536)) if chunked else payload
    with httpx.Client(base_url=server.url, headers={"Authorization": "ApiKey-v1 sandbox-key"}) as client:
        answer = client.put("/v1/customer_profiles/u", content=content)
    assert answer.status_code == 413
    assert answer.json()["errors"][0]["source"] == ({"pointer": ""} if chunked else {"parameter": "Content-Length"})


def test_a_body_at_the_cap_is_accepted(sandbox: Sandbox, server: SandboxServer) -> None:
    prefix, suffix = b'{"attributes": {"a": "', b'"}}'
    body = prefix + b"x" * (_limits.MAX_BODY_BYTES - len(prefix) - len(suffix)) + suffix
    assert len(body) == _limits.MAX_BODY_BYTES
    assert status_of(exchange(server, request_bytes("PUT", "/v1/customer_profiles/u", body))) == 200
    assert status_of(exchange(server, request_bytes("PUT", "/v1/customer_profiles/v", body + b" "))) == 413


def test_the_in_process_transport_refuses_without_reading(sandbox: Sandbox) -> None:
    def never_read() -> Iterator[bytes]:
        raise AssertionError("the body was read")
        yield b""  # pragma: no cover

    declared = {"Content-Length": str(200 * MIB), "Authorization": "ApiKey-v1 sandbox-key"}
    request = httpx.Request("PUT", f"{BASE_URL}/v1/customer_profiles/u", content=never_read(), headers=declared)
    answer = SandboxTransport(sandbox).handle_request(request)
    assert answer.status_code == 413 and answer.json()["StatusCode"] == 413

    read: list[int] = []

    def eight_mib() -> Iterator[bytes]:  # bounded, so that a regression fails instead of eating memory
        for _ in range(128):
            read.append(65536)
            yield b" " * 65536

    streamed = httpx.Request("PUT", f"{BASE_URL}/v1/customer_profiles/u", content=eight_mib(),
                             headers={"Authorization": "ApiKey-v1 sandbox-key"})  # fmt: skip
    assert SandboxTransport(sandbox).handle_request(streamed).status_code == 413
    assert sum(read) <= _limits.MAX_BODY_BYTES + 65536  # read up to the cap, not on and on
    assert sandbox.requests == []


async def test_the_async_transport_refuses_alike(sandbox: Sandbox) -> None:
    read: list[int] = []

    async def eight_mib() -> AsyncIterator[bytes]:
        for _ in range(128):
            read.append(65536)
            yield b" " * 65536

    transport = AsyncSandboxTransport(sandbox)
    streamed = httpx.Request("PUT", f"{BASE_URL}/v1/customer_profiles/u", content=eight_mib(),
                             headers={"Authorization": "ApiKey-v1 sandbox-key"})  # fmt: skip
    assert (await transport.handle_async_request(streamed)).status_code == 413
    assert sum(read) <= _limits.MAX_BODY_BYTES + 65536
    declared = httpx.Request("PUT", f"{BASE_URL}/v1/customer_profiles/u", content=b"{}",
                             headers={"Content-Length": "nope"})  # fmt: skip
    assert (await transport.handle_async_request(declared)).status_code == 400
    assert sandbox.requests == []


# ---- held connections ----------------------------------------------------------------------------------


def test_held_partial_uploads_neither_add_threads_nor_block_others(sandbox: Sandbox) -> None:
    workers, idle, held_count = 4, 1.0, 200
    before = threading.active_count()
    server = serve(sandbox, "127.0.0.1", 0, workers=workers, idle_timeout=idle)
    held: list[socket.socket] = []
    try:
        partial = request_bytes("PUT", "/v1/customer_profiles/u", b"{" + b" " * 999)[:-500]  # half the body
        for _ in range(held_count):
            sock = socket.create_connection((server.host, server.port), timeout=10)
            held.append(sock)
            sock.sendall(partial)
        time.sleep(0.3)
        during = threading.active_count()
        started = time.monotonic()
        other = exchange(server, request_bytes("PUT", "/v1/customer_profiles/ada", b"{}"))
        served_in = time.monotonic() - started
        print(f"\nthreads: {before} before, {during} with {held_count} partial uploads held "
              f"({workers} workers); another request answered in {served_in * 1000:.1f} ms")  # fmt: skip
        assert during <= before + workers + 1
        assert status_of(other) == 200 and served_in < idle

        started = time.monotonic()
        answers = [read_all(sock) for sock in held]  # each is answered and closed once idle for `idle` s
        freed_after = time.monotonic() - started
        print(f"all {held_count} held connections answered 408 and closed {freed_after:.2f} s later")
        assert {status_of(answer) for answer in answers} == {408}
        assert freed_after < idle + 3
        assert sandbox.profile("u") is None and [r.path for r in sandbox.requests] == ["/v1/customer_profiles/ada"]
    finally:
        for sock in held:
            sock.close()
        server.shutdown()
    assert threading.active_count() <= before


def test_a_silent_connection_is_closed_after_the_idle_timeout(sandbox: Sandbox) -> None:
    with (
        serve(sandbox, "127.0.0.1", 0, idle_timeout=0.5) as server,
        socket.create_connection((server.host, server.port), timeout=10) as sock,
    ):
        started = time.monotonic()
        assert sock.recv(1) == b""  # closed without a word: it never started a request
        assert 0.4 < time.monotonic() - started < 3


def test_a_trickling_request_is_cut_off_at_the_request_timeout(sandbox: Sandbox) -> None:
    with (
        serve(sandbox, "127.0.0.1", 0, idle_timeout=5, request_timeout=1) as server,
        socket.create_connection((server.host, server.port), timeout=10) as sock,
    ):
        started = time.monotonic()
        answer = b""
        for byte in request_bytes("PUT", "/v1/customer_profiles/u", b"{}"):
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.05)  # never idle for long, yet far too slow
            if time.monotonic() - started > 1.5:
                answer = read_all(sock)
                break
        assert status_of(answer) == 408
        assert sandbox.requests == []


def test_serve_checks_its_arguments(sandbox: Sandbox) -> None:
    for bad in ({"workers": 0}, {"idle_timeout": 0}, {"request_timeout": float("nan")}):
        with pytest.raises(errors.InvalidInputError):
            serve(sandbox, "127.0.0.1", 0, **bad)  # type: ignore[arg-type]


def test_a_port_in_use_is_an_oserror_and_leaks_nothing(sandbox: Sandbox) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(OSError):
            serve(sandbox, "127.0.0.1", taken.getsockname()[1])
    gc.collect()  # an unclosed socket would warn here, and warnings are errors


# ---- nesting -------------------------------------------------------------------------------------------


def test_800_deep_attributes_are_a_400_over_http(sandbox: Sandbox, server: SandboxServer) -> None:
    answer = exchange(server, request_bytes("PUT", "/v1/customer_profiles/u", deep(800)))
    print(f"\n800-deep attributes over HTTP: {answer.split(b' ', 2)[1].decode()}")
    assert status_of(answer) == 400
    problem = body_of(answer)["errors"][0]  # type: ignore[index]
    assert problem["source"] == {"pointer": ""} and "64" in problem["details"]
    assert sandbox.profile("u") is None and sandbox.requests == []


async def test_800_deep_attributes_are_a_400_in_process(sandbox: Sandbox) -> None:
    attributes: dict[str, object] = {}
    for _ in range(798):
        attributes = {"a": attributes}
    with sandbox.client() as client, pytest.raises(errors.BadRequestError):
        client.update_customer_profile("u", attributes=attributes)
    async with sandbox.async_client() as async_client:
        with pytest.raises(errors.BadRequestError):
            await async_client.update_customer_profile("u", attributes=attributes)
    assert sandbox.profile("u") is None


def test_nesting_up_to_the_cap_is_accepted(sandbox: Sandbox) -> None:
    headers = {"Authorization": "ApiKey-v1 sandbox-key"}
    with httpx.Client(base_url=BASE_URL, transport=SandboxTransport(sandbox), headers=headers) as raw:
        assert raw.put("/v1/customer_profiles/u", content=deep(_limits.MAX_JSON_DEPTH)).status_code == 200
        assert raw.put("/v1/customer_profiles/v", content=deep(_limits.MAX_JSON_DEPTH + 1)).status_code == 400
    assert _limits.json_depth(deep(_limits.MAX_JSON_DEPTH)) == _limits.MAX_JSON_DEPTH


@pytest.mark.parametrize(
    ("body", "depth"),
    [
        (b"", 0),
        (b"17", 0),
        (b"{}", 1),
        (b'{"a": [1, {"b": []}]}', 4),
        (b'{"a": "[[[[{{{{"}', 1),  # brackets inside strings do not count
        (b'["\\"[[[", {}]', 2),  # nor after an escaped quote
        (b'["\\\\", [[]]]', 3),  # an escaped backslash ends before the closing quote
        (b'"never closed [[[[', 0),
        (b"[" * 800 + b"]" * 800, 800),
        (b"]]]]", 0),
    ],
)
def test_json_depth(body: bytes, depth: int) -> None:
    assert _limits.json_depth(body) == depth


def test_json_depth_is_quick_on_a_full_body() -> None:
    items = json.dumps([{"sku": f"s{i}", "tags": ["[", "{"], "n": [1, [2]]} for i in range(20000)]).encode()
    started = time.perf_counter()
    assert _limits.json_depth(items[: _limits.MAX_BODY_BYTES]) >= 3
    assert _limits.json_depth(b"[" * _limits.MAX_BODY_BYTES) == _limits.MAX_BODY_BYTES
    assert _limits.json_depth(b'"' + b'\\"' * (_limits.MAX_BODY_BYTES // 2)) == 0  # no quadratic rescans
    assert time.perf_counter() - started < 5  # generous: milliseconds on a laptop


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("0", 0), ("12", 12), (" 12 ", 12), ("5, 5", 5), ("9" * 40, 10**18),
     ("-1", ValueError), ("+1", ValueError), ("1_000", ValueError), ("١٢", ValueError), ("5, 6", ValueError),
     ("", ValueError), ("0x10", ValueError)],
)  # fmt: skip
def test_content_length_parsing(value: str | None, expected: int | type[Exception] | None) -> None:
    if isinstance(expected, type):
        with pytest.raises(expected):
            _limits.content_length(value)
    else:
        assert _limits.content_length(value) == expected


# ---- bad input is a 4xx, never a 500 ---------------------------------------------------------------------

BAD_REQUESTS = {
    "non-UTF-8 path": b"PUT /v1/customer_profiles/\xff\xfe HTTP/1.1\r\nHost: x\r\n"
    + AUTH.encode()
    + b"Content-Length: 2\r\n\r\n{}",
    "garbage method": b"FR\x01B /v1/events HTTP/1.1\r\nHost: x\r\n\r\n",
    "garbage request line": b"\x00\x01\x02 \xff\r\n\r\n",
    "HTTP/2 request line": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
    "Content-Length not a number": head("PUT", "/v1/customer_profiles/u", "Content-Length: abc\r\n") + b"{}",
    "negative Content-Length": head("PUT", "/v1/customer_profiles/u", "Content-Length: -1\r\n"),
    "two Content-Lengths": request_bytes("PUT", "/v1/customer_profiles/u", b"{}", headers="Content-Length: 3\r\n"),
    "Content-Length and chunked": request_bytes(
        "PUT", "/v1/customer_profiles/u", b"{}", headers="Transfer-Encoding: chunked\r\n"
    ),
    "unknown Transfer-Encoding": head("PUT", "/v1/customer_profiles/u", "Transfer-Encoding: gzip\r\n"),
    "malformed chunk": chunked("/v1/customer_profiles/u", b"zz\r\n{}\r\n0\r\n\r\n"),
    "huge chunk": chunked("/v1/customer_profiles/u", b"7fffffff\r\n{"),
    "header too large": request_bytes("PUT", "/v1/customer_profiles/u", b"{}", headers=f"X-Big: {'a' * 70000}\r\n"),
    "non-ASCII header value": request_bytes("PUT", "/v1/customer_profiles/u", b"{}", headers="X-Name: Zoë\r\n"),
    "800-deep body": request_bytes("PUT", "/v1/customer_profiles/u", deep(800)),
    "deep array": request_bytes("PUT", "/v1/customer_profiles/u", b"[" * 5000 + b"]" * 5000),
    "lone surrogate": request_bytes("PUT", "/v1/customer_profiles/u", b'{"attributes": {"a": "\\ud800"}}'),
    "not JSON": request_bytes("POST", "/v1/events", b"\xff\xfe{"),
    "2 MB body": request_bytes("PUT", "/v1/customer_profiles/u", b" " * (2 * MIB)),
}


@pytest.mark.parametrize("raw", BAD_REQUESTS.values(), ids=BAD_REQUESTS.keys())
def test_bad_input_over_http_is_a_4xx(sandbox: Sandbox, server: SandboxServer, raw: bytes) -> None:
    answer = exchange(server, raw)
    assert 400 <= status_of(answer) < 500, answer[:300]
    payload = body_of(answer)
    assert payload["StatusCode"] == status_of(answer) and payload["message"]
    assert sandbox.profile("u") is None
    # ... and the server is still fine.
    assert status_of(exchange(server, request_bytes("PUT", "/v1/customer_profiles/ok", b"{}"))) == 200


def test_a_non_ascii_signature_is_a_400_not_a_crash() -> None:
    sandbox = Sandbox(application_id=5, application_key="fefecafedeadbeef")
    with sandbox.serve() as server:
        answer = exchange(server, request_bytes("PUT", "/v1/customer_profiles/u", b"{}").replace(
            AUTH.encode(), b"Content-Signature: signer=5; signature=\xe9\r\n"))  # fmt: skip
    assert status_of(answer) == 400
    assert body_of(answer)["errors"][0]["source"] == {"parameter": "content-signature"}  # type: ignore[index]


def test_an_unexpected_error_is_a_500_with_its_traceback_logged(
    sandbox: Sandbox, server: SandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object) -> None:
        raise KeyError("a bug in the sandbox")

    monkeypatch.setattr(sandbox, "handle", broken)
    answer = exchange(server, request_bytes("PUT", "/v1/customer_profiles/u", b"{}"))
    assert status_of(answer) == 500 and body_of(answer) == {"message": "Internal server error", "StatusCode": 500}
    assert "a bug in the sandbox" in capsys.readouterr().err
    monkeypatch.setattr(sandbox, "handle", lambda *args: (_ for _ in ()).throw(RecursionError()))
    assert status_of(exchange(server, request_bytes("PUT", "/v1/customer_profiles/u", b"{}"))) == 400


def test_a_chunked_body_is_decoded(sandbox: Sandbox, server: SandboxServer) -> None:
    body = b'5;ext=1\r\n{"att\r\n13\r\nributes": {"a": 1}}\r\n0\r\nX-Trailer: 1\r\n\r\n'
    answer = exchange(server, chunked("/v1/customer_profiles/u", body))
    assert status_of(answer) == 200
    assert sandbox.profile("u")["attributes"] == {"a": 1}  # type: ignore[index]


def test_refusals_are_logged(sandbox: Sandbox) -> None:
    lines: list[str] = []
    with sandbox.serve(log=lines.append) as server:
        exchange(server, request_bytes("PUT", "/v1/customer_profiles/u", deep(100)))
        exchange(server, head("PUT", "/v1/customer_profiles/u", "Content-Length: 999999999\r\n"))
    assert any('"PUT /v1/customer_profiles/u HTTP/1.1" 400' in line for line in lines), lines
    assert any('"PUT /v1/customer_profiles/u HTTP/1.1" 413' in line for line in lines), lines


def test_shutdown_with_connections_open_is_prompt(sandbox: Sandbox) -> None:
    server = sandbox.serve()
    socks = [socket.create_connection((server.host, server.port), timeout=5) for _ in range(20)]
    try:
        socks[0].sendall(b"PUT /v1/customer_profiles/u HTTP/1.1\r\n")
        time.sleep(0.1)
        started = time.monotonic()
        server.shutdown()
        assert time.monotonic() - started < 2
        assert all(sock.recv(1) == b"" for sock in socks)
    finally:
        for sock in socks:
            sock.close()


# ---- listening beyond loopback ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.3.2.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("::ffff:127.0.0.1", True), ("0.0.0.0", False), ("::", False), ("", False), ("192.168.1.5", False),
     ("example.org", False)],
)  # fmt: skip
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALON_")}
    overlays = str(Path(_limits.__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (overlays, env.get("PYTHONPATH")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _sandbox_stderr(*argv: str) -> tuple[str, str]:
    """Start ``talon-integration sandbox <argv> --port 0``, read its first line, stop it; (first line, stderr)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "talon_integration.cli", "sandbox", "--port", "0", "--quiet", *argv],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    return first, err


def test_listening_on_all_interfaces_with_the_default_key_warns() -> None:
    first, err = _sandbox_stderr("--host", "0.0.0.0")
    assert first.startswith("Talon.One sandbox listening on http://0.0.0.0:"), first
    assert "warning:" in err and "0.0.0.0" in err and "sandbox-key" in err and "--api-key" in err, err


@pytest.mark.parametrize("argv", [["--host", "0.0.0.0", "--api-key", "a-key-of-our-own"], ["--host", "127.0.0.1"]])
def test_no_warning_with_a_key_of_ones_own_or_on_loopback(argv: list[str]) -> None:
    first, err = _sandbox_stderr(*argv)
    assert first.startswith("Talon.One sandbox listening on"), first
    assert "warning" not in err, err


def test_wsgi_app_answers_in_process_for_a_wsgi_server_of_ones_own() -> None:
    # sandbox.wsgi_app under another WSGI server: no RAW_URI, so the path is rebuilt from PATH_INFO (decoded).
    # The served sandbox (serve()) runs this same app; the in-process schemathesis test used to be its only user.
    sandbox = Sandbox()

    def call(path_info: str, key: str) -> tuple[str, bytes]:
        environ: dict[str, object] = {}
        wsgiref.util.setup_testing_defaults(environ)
        environ.update({"REQUEST_METHOD": "PUT", "PATH_INFO": path_info, "CONTENT_TYPE": "application/json",
                        "CONTENT_LENGTH": "2", "HTTP_AUTHORIZATION": f"ApiKey-v1 {key}",
                        "wsgi.input": io.BytesIO(b"{}")})  # fmt: skip
        statuses: list[str] = []
        body = b"".join(sandbox.wsgi_app(environ, lambda status, headers, exc_info=None: statuses.append(status)))
        return statuses[0], body

    status, body = call("/v1/customer_profiles/Ada Lovelace", "sandbox-key")
    assert (status, json.loads(body)["profile"]["integrationId"]) == ("200 OK", "Ada Lovelace")
    assert call("/v1/customer_profiles/Ada Lovelace", "wrong")[0].startswith("401")
