"""The sandbox as a service: what a whole test suite hammering it (or a careless client) may do to it.

DESIGN.md "The sandbox": served on a socket it has a listen backlog of at least 128, a bounded pool of
workers, idle connections closed, request bodies capped (413), deeply nested JSON refused (400) and
never a 500 for bad input; both adapters (HTTP and the in-process transports) refuse alike. The
``talon-integration sandbox`` command warns when it listens beyond loopback with the default key.

The figures the tests print (``-s``) are the ones quoted in the change that made them pass.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from talon_integration import errors
from talon_integration.testing import BASE_URL, AsyncSandboxTransport, Sandbox, SandboxServer, SandboxTransport, _limits

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


# ---- request bodies over the cap -----------------------------------------------------------------------


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


# ---- nesting -------------------------------------------------------------------------------------------


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
