"""Guarded sockets for the clients' own connection pools: every wait ends by the call's deadline.

httpx's read timeout starts again with every byte, so a server that drips its answer (headers or body) one byte
a second never trips it. The pools of a client we build get a network backend whose streams cut each connect,
write and read to what is left of the deadline of the call in progress (``_deadline.DEADLINE``, set per
attempt); the sync stream's ``close()`` also shuts the socket down, so ``close()`` from another thread wakes a
call blocked reading it. Each connect and write first checks the pool's gate (``_deadline.Gate``): once
``close()`` has begun, a call that waited for a connection, or connected as the pool closed, fails instead of
sending. A user's own sync ``http_client`` gets the same backend without the shutdown (``wake=False``: its
connections may be closed in a forked child, where a shutdown would cut the parent's) and with a gate that never
closes; it acts only while one of our calls runs, the deadline being unset otherwise. Imported when such a
client is built (httpx imports httpcore for its pool then too).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore  # comes with httpx (its connection pools)
import httpx

from . import _deadline
from ._deadline import DEADLINE, Gate

_CLOSED = "the client was closed"


def _cut(timeout: float | None, error: type[Exception]) -> float | None:
    """A socket wait cut to what is left of the current call's deadline; ``error`` once it has passed."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - _deadline.now()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None or timeout > left else timeout


class _GuardedStream(httpcore.NetworkStream):
    """A connection of our own sync pool: every read and write ends by the call's deadline, however the server
    drips (httpx's read timeout starts again with each byte), and closing it wakes a thread blocked reading it."""

    def __init__(self, stream: httpcore.NetworkStream, gate: Gate, wake: bool = True) -> None:
        self._stream = stream
        self._gate = gate
        self._wake = wake
        # httpcore asks for these on every reuse of a pooled connection: the stream's own, without a wrapper call.
        self.get_extra_info = stream.get_extra_info  # type: ignore[method-assign]

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = DEADLINE.get()  # _cut, inlined: this runs for every read of every answer
        if deadline is not None:
            left = deadline - _deadline.now()
            if left <= 0:
                raise httpcore.ReadTimeout("the call's deadline passed")
            if timeout is None or timeout > left:
                timeout = left
        return self._stream.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:  # h11's end of a bodiless message: nothing to wait for
            return
        if self._gate.closed:
            raise httpcore.WriteError(_CLOSED)
        deadline = DEADLINE.get()  # _cut, inlined
        if deadline is not None:
            left = deadline - _deadline.now()
            if left <= 0:
                raise httpcore.WriteTimeout("the call's deadline passed")
            if timeout is None or timeout > left:
                timeout = left
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        sock = self._stream.get_extra_info("socket") if self._wake else None
        if isinstance(sock, socket.socket):  # close() alone leaves another thread's recv() waiting
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _GuardedStream(
            self._stream.start_tls(ssl_context, server_hostname, _cut(timeout, httpcore.ConnectTimeout)),
            self._gate,
            self._wake,
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend, gate: Gate, wake: bool = True) -> None:
        self._backend = backend
        self._gate = gate
        self._wake = wake

    def _opened(self, stream: httpcore.NetworkStream) -> httpcore.NetworkStream:
        if self._gate.closed:  # closed while connecting: this connection never carries a request
            stream.close()
            raise httpcore.ConnectError(_CLOSED)
        return _GuardedStream(stream, self._gate, self._wake)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        if self._gate.closed:
            raise httpcore.ConnectError(_CLOSED)
        timeout = _cut(timeout, httpcore.ConnectTimeout)
        return self._opened(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        if self._gate.closed:
            raise httpcore.ConnectError(_CLOSED)
        timeout = _cut(timeout, httpcore.ConnectTimeout)
        return self._opened(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncGuardedStream(httpcore.AsyncNetworkStream):
    """``_GuardedStream`` of the async pool (closing a stream wakes its reader there by itself)."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, gate: Gate) -> None:
        self._stream = stream
        self._gate = gate

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _cut(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if self._gate.closed:
            raise httpcore.WriteError(_CLOSED)
        await self._stream.write(buffer, _cut(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncGuardedStream(
            await self._stream.start_tls(ssl_context, server_hostname, _cut(timeout, httpcore.ConnectTimeout)),
            self._gate,
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncGuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend, gate: Gate, wake: bool = True) -> None:
        # wake: unused; closing an async stream wakes its reader by itself
        self._backend = backend
        self._gate = gate

    async def _opened(self, stream: httpcore.AsyncNetworkStream) -> httpcore.AsyncNetworkStream:
        if self._gate.closed:  # closed while connecting: this connection never carries a request
            await stream.aclose()
            raise httpcore.ConnectError(_CLOSED)
        return _AsyncGuardedStream(stream, self._gate)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if self._gate.closed:
            raise httpcore.ConnectError(_CLOSED)
        timeout = _cut(timeout, httpcore.ConnectTimeout)
        return await self._opened(await self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        if self._gate.closed:
            raise httpcore.ConnectError(_CLOSED)
        timeout = _cut(timeout, httpcore.ConnectTimeout)
        return await self._opened(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def guard_pools(http: httpx.Client | httpx.AsyncClient, gate: Gate, *, wake: bool = True) -> bool:
    """Give a client's connection pools (direct and through env proxies) the guarded network backend.

    httpcore's pools take a ``network_backend``; httpx's transports do not pass one on, hence the attributes.
    Should they change, nothing is installed, and the deadline still bounds every attempt's timeouts and is
    checked as each chunk of an answer arrives. ``wake=False`` (a user's own client, whose connections may be
    closed in a forked child) leaves the sockets to close as httpx closes them, without a shutdown. True when
    every transport of the client has the guard.
    """
    guard: type[Any] = _AsyncGuardedBackend if isinstance(http, httpx.AsyncClient) else _GuardedBackend
    guarded = True
    for transport in (getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()):
        if transport is None:
            continue
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if backend is None:
            guarded = False
        elif not isinstance(backend, guard):
            pool._network_backend = guard(backend, gate, wake)  # type: ignore[union-attr]
    return guarded
