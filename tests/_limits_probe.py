"""Peak memory of one call against a hostile server, each in a process of its own (not a test module).

``python _limits_probe.py serve``: a threaded HTTP/1.1 server on 127.0.0.1 that prints ``PORT <n>`` and answers
``GET /v1/coupon_reservations/coupons/<case>`` with the case's body, generated as it is sent (the server never
holds a large body): ``json10`` (10 MB of valid JSON), ``big200`` (200 MB, Content-Length), ``chunked200``
(200 MB, chunked: no length to refuse it by), ``html502`` (200 MB of HTML with a 502), ``bomb200`` / ``bomb502``
(1 MB of gzip that expands to 1 GiB). Every answer closes its connection; a client that stops reading is fine.

``python _limits_probe.py call <case> <port> sync|async``: one ``get_reserved_coupons(<case>)`` with the default
limits (16 MiB, 64 KiB of an error body; backoff sleeps skipped), then prints one JSON line: the outcome's
class, the body it kept, the attempts made, the process's peak RSS (VmHWM) before and after the call, its
current RSS while it still holds the outcome (the exception), and how long the call took. ``--unbounded`` makes
the same call with both limits lifted, to show what they prevent (not used by the tests).
"""

from __future__ import annotations

import json
import os
import resource
import socket
import struct
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

MB = 1000 * 1000
MIB = 1024 * 1024
CHUNK = 64 * 1024
PREFIX = "/v1/coupon_reservations/coupons/"
COUPON = {
    "id": 6,
    "created": "2026-11-20T09:00:00Z",
    "campaignId": 78,
    "value": "XMAS-2026-0000000",
    "usageLimit": 1,
    "usageCounter": 0,
}


def _gzip_bomb(expanded: int = 1024 * MIB) -> bytes:
    """~1 MB of gzip that expands to ``expanded`` zero bytes: one fully flushed 1 MiB block repeated."""
    block = bytes(MIB)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)  # every later block compresses the same
    crc = 0
    for _ in range(expanded // MIB):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    body = first + again * (expanded // MIB - 1) + deflate.flush()
    return header + body + struct.pack("<II", crc, expanded & 0xFFFFFFFF)


def _repeat(unit: bytes, total: int) -> Iterator[bytes]:
    piece = unit * max(1, CHUNK // len(unit))
    sent = 0
    while sent < total:
        part = piece[: total - sent]
        sent += len(part)
        yield part


def _json10() -> tuple[int, Iterator[bytes]]:
    coupon = json.dumps(COUPON, separators=(",", ":")).encode()
    count = 10 * MB // (len(coupon) + 1)
    size = len(b'{"totalResultSize":%d,"data":[' % count) + count * (len(coupon) + 1) - 1 + 2

    def body() -> Iterator[bytes]:
        yield b'{"totalResultSize":%d,"data":[' % count
        batch = b",".join([coupon] * 1000)
        left = count
        while left:
            n = min(left, 1000)
            part = batch if n == 1000 else b",".join([coupon] * n)
            left -= n
            yield part + (b"," if left else b"")
        yield b"]}"

    return size, body()


def _answer(case: str) -> tuple[int, dict[str, str], int | None, Iterator[bytes]]:
    """(status, headers, Content-Length or None for chunked, body chunks) of one case."""
    if case == "json10":
        size, body = _json10()
        return 200, {"Content-Type": "application/json"}, size, body
    if case == "big200":
        return 200, {"Content-Type": "application/json"}, 200 * MB, _repeat(b" ", 200 * MB)
    if case == "chunked200":
        return 200, {"Content-Type": "application/json"}, None, _repeat(b" ", 200 * MB)
    if case == "html502":
        unit = b"<p>Bad gateway, try again later.</p>\n"
        return 502, {"Content-Type": "text/html"}, 200 * MB, _repeat(unit, 200 * MB)
    if case in ("bomb200", "bomb502"):
        bomb = BOMB
        chunks = (bomb[i : i + CHUNK] for i in range(0, len(bomb), CHUNK))
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return (200 if case == "bomb200" else 502), headers, len(bomb), chunks
    return 404, {"Content-Type": "application/json"}, 2, iter([b"{}"])


def _serve_one(conn: socket.socket) -> None:
    with conn:
        request = b""
        while b"\r\n\r\n" not in request:
            data = conn.recv(65536)
            if not data:
                return
            request += data
        path = request.split(b" ", 2)[1].decode()
        status, headers, length, body = _answer(path.removeprefix(PREFIX))
        head = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}", "Connection: close"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        head.append(f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked")
        try:
            conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
            for chunk in body:
                conn.sendall(chunk if length is not None else b"%x\r\n%s\r\n" % (len(chunk), chunk))
            if length is None:
                conn.sendall(b"0\r\n\r\n")
        except OSError:  # the client stopped reading and closed: what it should do
            return


def serve() -> None:
    global BOMB
    BOMB = _gzip_bomb()
    listener = socket.create_server(("127.0.0.1", 0), backlog=64)
    print("PORT", listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=_serve_one, args=(conn,), daemon=True).start()


BOMB = b""


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB


def _peak_mib() -> float:
    """This process's peak RSS: VmHWM, which starts again at exec (``ru_maxrss`` keeps the forking parent's)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def call(case: str, port: int, how: str, unbounded: bool = False) -> None:
    import anyio

    from talon_integration import AsyncIntegrationClient, IntegrationClient, _body

    base = f"http://127.0.0.1:{port}"
    limits: dict[str, Any] = {}
    if unbounded:
        limits["max_response_bytes"] = _body.MAX_ERROR_BODY_BYTES = 1 << 62
    attempts: list[int] = []

    def counted(client: Any) -> None:
        send = client._send
        if how == "sync":
            client._send = lambda call, request: (attempts.append(1), send(call, request))[1]
        else:

            async def asend(call: Any, request: Any) -> Any:
                attempts.append(1)
                return await send(call, request)

            client._send = asend

    def report(outcome: Any, before: float, seconds: float) -> str:
        response = getattr(outcome, "response", None)
        return json.dumps(
            {
                "case": case,
                "mode": how + (" unbounded" if unbounded else ""),
                "outcome": type(outcome).__name__,
                "attempts": len(attempts),
                "items": len(outcome.data) if hasattr(outcome, "data") else None,
                "kept_body_bytes": len(response.content) if response is not None else None,
                "peak_rss_before_mib": round(before, 1),
                "peak_rss_mib": round(_peak_mib(), 1),
                "rss_holding_outcome_mib": round(_rss_mib(), 1),  # ``outcome`` is still referenced here
                "seconds": round(seconds, 2),
            }
        )

    if how == "sync":
        client = IntegrationClient(base, api_key="probe-key", **limits)
        client._sleep = lambda delay: None  # type: ignore[assignment,method-assign,return-value]
        counted(client)
        before, started = _peak_mib(), time.monotonic()
        try:
            outcome: Any = client.get_reserved_coupons(case)
        except Exception as exc:
            outcome = exc
        line = report(outcome, before, time.monotonic() - started)
    else:

        async def go() -> str:  # measured inside the loop: asyncio's own shutdown is not the client's doing
            aclient = AsyncIntegrationClient(base, api_key="probe-key", **limits)

            async def no_sleep(delay: float) -> None:
                pass

            aclient._sleep = no_sleep  # type: ignore[method-assign]
            counted(aclient)
            before, started = _peak_mib(), time.monotonic()
            try:
                outcome: Any = await aclient.get_reserved_coupons(case)
            except Exception as exc:
                outcome = exc
            return report(outcome, before, time.monotonic() - started)

        line = anyio.run(go)
    print(line, flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    else:
        call(sys.argv[2], int(sys.argv[3]), sys.argv[4], "--unbounded" in sys.argv[5:])
