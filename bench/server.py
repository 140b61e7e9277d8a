"""A fixed-response HTTP/1.1 server for the benchmark: 127.0.0.1 only, keep-alive, pre-rendered bytes.

Run as its own process by ``run.py`` (``python bench/server.py``); it prints ``PORT <n>`` once listening.
Each request is matched on (method, path) and answered with bytes rendered once at start-up
(status line, Content-Type, Content-Length, body), so the server's cost per request is a header scan
and one ``transport.write``. ``GET /__stats`` answers the number of requests served and of unknown routes.
Only what the benchmark's clients send is understood: requests with a Content-Length body or none
(no chunked uploads); anything else gets a 400 and the connection is closed.
"""

from __future__ import annotations

import asyncio
import json
import signal

import bodies

_REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 404: "Not Found"}


def render(status: int, body: bytes | None) -> bytes:
    if body is None:
        return f"HTTP/1.1 {status} {_REASONS[status]}\r\nContent-Length: 0\r\n\r\n".encode()
    head = (
        f"HTTP/1.1 {status} {_REASONS[status]}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


ROUTES: dict[tuple[bytes, bytes], bytes] = {
    (method.encode(), path.encode()): render(status, None if body is None else bodies.dumps(body))
    for (method, path), (status, body) in bodies.routes().items()
}
NOT_FOUND = render(404, b'{"message":"no canned answer for this route"}')
BAD_REQUEST = render(400, b'{"message":"the bench server understands Content-Length bodies only"}')
STATS = {"requests": 0, "unknown": 0}


class FixedResponder(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buf = bytearray()

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end])
            line_end = head.find(b"\r\n")
            request_line = head if line_end < 0 else head[:line_end]
            parts = request_line.split(b" ")
            lower = head.lower()
            length = 0
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop >= 0 else len(lower)])
            if len(parts) != 3 or b"\r\ntransfer-encoding:" in lower:
                self.transport.write(BAD_REQUEST)
                self.transport.close()
                return
            total = end + 4 + length
            if len(buf) < total:
                return
            del buf[:total]
            STATS["requests"] += 1
            method, target = parts[0], parts[1]
            path = target.split(b"?", 1)[0]
            answer = ROUTES.get((method, path))
            if answer is None:
                if path == b"/__stats":
                    answer = render(200, json.dumps(STATS).encode())
                else:
                    STATS["unknown"] += 1
                    answer = NOT_FOUND
            self.transport.write(answer)


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(FixedResponder, "127.0.0.1", 0, backlog=128)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main())
