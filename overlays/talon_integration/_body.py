"""Reading one answer's body within its limits: size as sent and decompressed, the deadline, gzip/deflate.

``Body`` takes the chunks as they arrive (or the content of a response built in memory) and never holds more
than ``max_response_bytes`` of a success answer or 64 KiB of an error answer; ``read_body`` puts what was read
back on the ``httpx.Response``. ``unsent``/``unread`` say what a ``RuntimeError`` of httpx means.
"""

from __future__ import annotations

import datetime
import time
import zlib
from typing import Any

import httpx

from . import _deadline
from ._deadline import Call
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    ResponseTooLargeError,
)

__all__ = ["ACCEPT_ENCODING", "MAX_ERROR_BODY_BYTES", "Body", "read_body", "unread", "unsent"]

MAX_ERROR_BODY_BYTES = 64 * 1024
# What a body may be compressed with: the client asks for these only (Accept-Encoding) and decompresses them
# itself, a chunk at a time and never past the limit (zlib wbits: 31 gzip, 15 zlib-wrapped deflate).
ACCEPT_ENCODING = "gzip, deflate"
_INFLATE_WBITS = {"gzip": 31, "x-gzip": 31, "deflate": 15}


class _Inflate:
    """gzip or deflate, decompressed a chunk at a time and never more than asked for (zlib's ``max_length``).

    gzip may come as several members one after the other (RFC 1952): each is decoded in turn; anything else after
    the end of the stream is refused (``zlib.error``), and so is a stream that ends early (``complete()``, e.g. a
    gzip member without its checksum trailer). "deflate" is zlib-wrapped by the RFC and raw in the wild: as httpx
    does, the zlib wrapper is tried first, and while the first bytes have not proved it (``probe``: they may come
    one TCP segment at a time) the stream starts again as raw deflate should it fail.
    """

    __slots__ = ("fed", "gzip", "probe", "zlib")

    def __init__(self, wbits: int) -> None:
        self.zlib = zlib.decompressobj(wbits)
        self.gzip = wbits == 31
        self.probe: bytes | None = b"" if wbits == 15 else None  # what was fed while zlib-vs-raw is open
        self.fed = False

    def __call__(self, data: bytes, max_length: int) -> bytes:
        if data:
            self.fed = True
        if self.probe is None:
            return self._inflate(data, max_length)
        self.probe += data
        try:
            out = self._inflate(data, max_length)
        except zlib.error:
            probe, self.probe = self.probe, None
            self.zlib = zlib.decompressobj(-15)
            return self._inflate(probe, max_length)
        if out or len(self.probe) > 64:  # decoded, or well past the 2-byte header: zlib it is
            self.probe = None
        return out

    def _inflate(self, data: bytes, max_length: int) -> bytes:
        z = self.zlib
        if z.eof and data:  # more after the end of the stream, in a later chunk
            z = self._next_member()
        out = z.decompress(data, max_length)
        while z.eof and z.unused_data and len(out) < max_length:  # more after the end, in this chunk
            rest = z.unused_data
            z = self._next_member()
            out += z.decompress(rest, max_length - len(out))
        return out

    def _next_member(self) -> Any:
        if not self.gzip:
            raise zlib.error("data after the end of the compressed stream")
        self.zlib = zlib.decompressobj(31)
        return self.zlib

    def complete(self) -> bool:
        """True when the stream ended as a compressed stream must (nothing at all was sent counts as empty)."""
        return not self.fed or self.zlib.eof


def _inflater(encoding: str) -> _Inflate | None:
    """The decompressor for a Content-Encoding; None for none, or for one the client did not ask for (which is
    left as sent, as httpx leaves an encoding it does not know)."""
    codings = [c for c in (part.strip().lower() for part in encoding.split(",")) if c and c != "identity"]
    if len(codings) == 1 and codings[0] in _INFLATE_WBITS:
        return _Inflate(_INFLATE_WBITS[codings[0]])
    return None


def _declared_over(length: str | None, limit: int) -> bool:
    """True when a Content-Length says the body is over ``limit`` (an odd one is left to the stream to tell)."""
    return length is not None and length.isascii() and length.isdigit() and (len(length) > 18 or int(length) > limit)


class Body:
    """One answer's body, taken a chunk at a time as it arrives and held only within its bounds.

    ``limit`` bounds the body both as sent and once decompressed, while it streams: a chunk that would expand
    to gigabytes yields at most ``limit + 1`` bytes. A success body over it raises ``ResponseTooLargeError``
    (before reading anything when its Content-Length says so); an error body keeps its first 64 KiB and the
    rest is never read. The call's deadline is checked as each chunk arrives.
    """

    __slots__ = ("call", "chunks", "inflate", "limit", "raw", "response", "size", "streams", "success")

    def __init__(self, call: Call, response: httpx.Response) -> None:
        self.call = call
        self.response = response
        self.success = success = 200 <= response.status_code < 300
        self.limit = limit = call.limit if success else min(call.limit, MAX_ERROR_BODY_BYTES)
        self.chunks: list[bytes] = []
        self.raw = self.size = 0
        headers = response.headers
        encoding = headers.get("content-encoding")
        self.inflate = None if encoding is None else _inflater(encoding)
        if success and _declared_over(headers.get("content-length"), limit):
            raise self.too_large()
        self.streams = not response.is_stream_consumed
        if not self.streams:  # built in memory and read already (httpx.MockTransport and the like): decoded
            self.inflate = None
            self.feed(response.content)

    def feed(self, chunk: bytes) -> bool:
        """Take one chunk as sent; True when nothing more is to be read (an error body at its cap)."""
        self.raw += len(chunk)
        room = self.limit - self.size
        if self.inflate is not None:
            try:
                chunk = self.inflate(chunk, room + 1)
            except zlib.error as exc:
                if self.success:
                    raise APIResponseValidationError(
                        f"{self.call.operation.operation_id}: the response body cannot be decompressed ({exc}; "
                        f"Content-Encoding: {self.response.headers.get('content-encoding')})",
                        response=self._empty(), body=b"",
                    ) from None  # fmt: skip
                return True  # an error body: the status says what went wrong; keep what was decoded
        if len(chunk) > room or self.raw > self.limit:
            if self.success:
                raise self.too_large()
            self.chunks.append(chunk[:room])
            return True
        self.chunks.append(chunk)
        self.size += len(chunk)
        deadline = self.call.deadline
        if deadline is not None and _deadline.now() > deadline:
            raise APITimeoutError(f"{self.call.operation.name}: the deadline passed while the answer was read",
                                  request=self.call.request)  # fmt: skip
        return False

    def end(self) -> None:
        """The body ended as sent: a compressed success body must have ended as its encoding says."""
        if self.inflate is not None and self.success and not self.inflate.complete():
            raise APIResponseValidationError(
                f"{self.call.operation.operation_id}: the compressed response body is truncated "
                f"(Content-Encoding: {self.response.headers.get('content-encoding')})",
                response=self._empty(), body=b"",
            )  # fmt: skip

    def content(self) -> bytes:
        return b"".join(self.chunks)

    def _empty(self) -> httpx.Response:
        self.response._content = b""  # what the error carries: the headers and status, none of the body
        return self.response

    def too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{self.call.operation.operation_id}: the response body exceeds max_response_bytes ({self.limit} bytes)",
            response=self._empty(),
            body=b"",
        )


def read_body(response: httpx.Response, body: Body, started: float) -> httpx.Response:
    """The response as after ``read()``: ``.content`` and ``.json()`` work, and ``.elapsed`` is the time from
    sending to the end of the body (a direct transport call does not set it; ``send()`` does, but not for a
    response built in memory)."""
    response._content = body.content()
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    return response


def unsent(closed: bool, request: httpx.Request, exc: RuntimeError) -> Exception:
    """What a RuntimeError of httpx's send means: the client was closed, or the transport failed."""
    if closed:
        return ClientClosedError("The client was closed while the call was in flight.")
    return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request=request)


def unread(closed: bool, request: httpx.Request, exc: RuntimeError) -> Exception:
    """What a RuntimeError while the answer was read means: the client was closed, or the transport failed."""
    if closed:
        return ClientClosedError("The client was closed while the answer was read.")
    return APIConnectionError(f"Connection error while the answer was read: {type(exc).__name__}", request=request)
