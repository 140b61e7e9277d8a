"""httpx transports that answer from a ``Sandbox`` in process: no sockets, same bytes as over HTTP.

Injected faults become what a real network would produce: a dropped connection raises
``httpx.RemoteProtocolError``; a delay longer than the request's read timeout raises
``httpx.ReadTimeout`` after waiting out the timeout (through the sandbox's injectable sleep).

The limits of ``_limits`` apply as over HTTP: a declared body over the cap is a 413 without being read,
a streamed one is read only up to the cap, deep JSON and other bad input is a 400 before the sandbox
sees it. An exception only bad input can cause is a 400 too; any other one escaping the sandbox is a
bug in it and propagates with its traceback (over HTTP it would be a 500).
"""

from __future__ import annotations

import httpx

from ._endpoint import Endpoint, Fault
from ._limits import MAX_BODY_BYTES, bad_content_length, bad_input, check_request, content_length, too_large
from ._replies import Reply

__all__ = ["AsyncSandboxTransport", "SandboxTransport"]

_DROPPED = "Server disconnected without sending a response."


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    value = timeout.get("read") if isinstance(timeout, dict) else None
    return float(value) if isinstance(value, int | float) else None


def _raw_path(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii", "replace")


def _response(request: httpx.Request, reply: Reply) -> httpx.Response:
    status, headers, content = reply
    return httpx.Response(status, headers=headers, content=content, request=request)


def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("timed out (sandbox delay exceeded the read timeout)", request=request)


def _declared(request: httpx.Request) -> int | Reply | None:
    """The declared body length, or the refusal of it (400 unreadable, 413 over the cap)."""
    try:
        length = content_length(request.headers.get("content-length"))
    except ValueError:
        return bad_content_length()
    if length is not None and length > MAX_BODY_BYTES:
        return too_large(length)
    return length


class _Capped:
    """A streamed body gathered up to the cap: ``add`` says when it went over (then stop reading)."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> bool:
        self.chunks.append(chunk)
        self.size += len(chunk)
        return self.size > MAX_BODY_BYTES


def _handled(sandbox: Endpoint, method: str, path: str, request: httpx.Request, body: bytes) -> Reply:
    try:
        return sandbox.handle(method, path, request.headers, body)
    except Exception as exc:
        refused = bad_input(exc)
        if refused is None:
            raise
        return refused


class SandboxTransport(httpx.BaseTransport):
    """Sync transport that answers from a ``Sandbox`` in process: ``httpx.Client(transport=SandboxTransport(sandbox))``.

    ``sandbox.client()`` uses it; pass it yourself as ``IntegrationClient(transport=...)`` or to your own
    ``httpx.Client``. Faults and limits behave as described in the module docstring.
    """

    def __init__(self, sandbox: Endpoint) -> None:
        self.sandbox = sandbox

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request from the sandbox (httpx calls this); raises the httpx error a fault stands for."""
        body = self._body(request)
        if not isinstance(body, bytes):
            return _response(request, body)
        method, path = request.method, _raw_path(request)
        refused = check_request(path, request.headers, body)
        if refused is not None:
            return _response(request, refused)
        fault: Fault | None = self.sandbox._receive(method, path, request.headers, body)
        if fault is not None:
            if fault.drop_connection:
                raise httpx.RemoteProtocolError(_DROPPED, request=request)
            if fault.delay is None:
                return _response(request, self.sandbox._fault_reply(fault))
            seconds, timed_out = fault.wait(_read_timeout(request))
            self.sandbox._sleep(seconds)
            if timed_out:
                raise _timed_out(request)
        return _response(request, _handled(self.sandbox, method, path, request, body))

    @staticmethod
    def _body(request: httpx.Request) -> bytes | Reply:
        declared = _declared(request)
        if declared is not None and not isinstance(declared, int):
            return declared
        if declared is not None or not isinstance(request.stream, httpx.SyncByteStream):
            return request.read()  # at most the cap (or already in memory)
        body = _Capped()
        for chunk in request.stream:
            if body.add(chunk):
                return too_large(None)
        return b"".join(body.chunks)


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """Async transport that answers from a ``Sandbox`` in process (``sandbox.async_client()`` uses it).

    ``httpx.AsyncClient(transport=AsyncSandboxTransport(sandbox))``; injected delays await the sandbox's async
    sleep.
    """

    def __init__(self, sandbox: Endpoint) -> None:
        self.sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request from the sandbox (httpx calls this); raises the httpx error a fault stands for."""
        body = await self._body(request)
        if not isinstance(body, bytes):
            return _response(request, body)
        method, path = request.method, _raw_path(request)
        refused = check_request(path, request.headers, body)
        if refused is not None:
            return _response(request, refused)
        fault: Fault | None = self.sandbox._receive(method, path, request.headers, body)
        if fault is not None:
            if fault.drop_connection:
                raise httpx.RemoteProtocolError(_DROPPED, request=request)
            if fault.delay is None:
                return _response(request, self.sandbox._fault_reply(fault))
            seconds, timed_out = fault.wait(_read_timeout(request))
            await self.sandbox._async_sleep(seconds)
            if timed_out:
                raise _timed_out(request)
        return _response(request, _handled(self.sandbox, method, path, request, body))

    @staticmethod
    async def _body(request: httpx.Request) -> bytes | Reply:
        declared = _declared(request)
        if declared is not None and not isinstance(declared, int):
            return declared
        if declared is not None or not isinstance(request.stream, httpx.AsyncByteStream):
            return await request.aread()  # at most the cap (or already in memory)
        body = _Capped()
        async for chunk in request.stream:
            if body.add(chunk):
                return too_large(None)
        return b"".join(body.chunks)
