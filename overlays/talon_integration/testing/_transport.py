"""httpx transports that answer from a ``Sandbox`` in process: no sockets, same bytes as over HTTP.

Injected faults become what a real network would produce: a dropped connection raises
``httpx.RemoteProtocolError``; a delay longer than the request's read timeout raises
``httpx.ReadTimeout`` after waiting out the timeout (through the sandbox's injectable sleep).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._sandbox import Fault, Reply, Sandbox

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


class SandboxTransport(httpx.BaseTransport):
    """Sync transport: ``httpx.Client(transport=SandboxTransport(sandbox))``."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        method, path = request.method, _raw_path(request)
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
        return _response(request, self.sandbox.handle(method, path, request.headers, body))


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """Async transport: ``httpx.AsyncClient(transport=AsyncSandboxTransport(sandbox))``."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        method, path = request.method, _raw_path(request)
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
        return _response(request, self.sandbox.handle(method, path, request.headers, body))
