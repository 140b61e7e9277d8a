"""The httpx client that calls go through, and the process it belongs to.

``Pool`` holds it (our own, its sockets guarded by ``_sockets``, or a user's ``http_client``), with what sends one
attempt and the gate ``close()`` shuts; it starts a fresh pool in a child process after ``os.fork()``. ``hop``
follows a redirect without our credentials where they must not go.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Callable
from typing import Any

import httpx

from ._deadline import Gate
from .errors import ClientClosedError

__all__ = ["Pool", "hop", "in_memory", "own_http", "transport_for", "user_in_memory", "users_http"]


def in_memory(transport: Any) -> bool:
    """True for a transport without connections of httpx's to share with a forked child (a mock, the sandbox's)."""
    return transport is not None and not isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport)


def user_in_memory(http: Any) -> bool:
    """True when every transport of a user's httpx client is in memory (its private attributes; else False)."""
    transport, mounts = getattr(http, "_transport", None), getattr(http, "_mounts", None)
    if not isinstance(mounts, dict):
        return False
    return in_memory(transport) and all(t is None or in_memory(t) for t in mounts.values())


def own_http(
    client_class: type[Any], transport: Any, timeout: httpx.Timeout, headers: dict[str, str], base_url: str, gate: Gate
) -> tuple[Any, Callable[[httpx.Request], Any]]:
    """Our own httpx client, its sockets guarded (deadline, ``gate``), and what sends one attempt through it."""
    http = client_class(transport=transport, timeout=timeout, headers=headers, follow_redirects=False)
    from ._sockets import guard_pools  # here: it needs httpcore, which httpx imports for its pool only

    guard_pools(http, gate)
    direct = transport_for(http, base_url)
    if direct is None:  # what sends one attempt (stream=True: _send reads the body within its limits)
        return http, functools.partial(http.send, auth=None, stream=True)
    return http, direct.handle_async_request if client_class is httpx.AsyncClient else direct.handle_request


class Pool:
    """The httpx client that a client and its ``with_options`` copies send through, and the process it serves.

    A connection must never be shared by two processes: after ``os.fork()`` both would write requests on it
    and each read answers meant for the other. Each call compares the process ID (``_start``; no fork hook, no
    global registry); in a child, a pool of our own is replaced by a fresh one, and the inherited one is kept,
    never used and never closed (closing it could shut the socket down or end a TLS session that the parent
    still uses; its file descriptors go when the child exits). A user's ``http_client`` or socket ``transport``
    cannot be rebuilt: calls in the child raise ``ClientClosedError`` saying to create the client after the
    fork (an in-memory transport, such as a mock or the sandbox's, has nothing to share and goes on working).
    """

    __slots__ = ("dispatch", "gate", "http", "in_memory", "inherited", "make", "pid", "rebuild", "watch")

    def __init__(
        self,
        make: Callable[[Gate], tuple[Any, Callable[[httpx.Request], Any]]],
        *,
        rebuild: bool,
        in_memory: bool,
        watch: bool = False,
    ) -> None:
        self.make = make
        self.watch = watch  # sockets we cannot guard (a user's async client): a cancel scope bounds each attempt
        self.rebuild = rebuild  # our own client around our own transport: a child builds a new one
        self.in_memory = in_memory  # no connection to share: nothing to do after a fork
        self.inherited: list[Any] = []
        self.pid = os.getpid()
        self.gate = Gate()
        self.http, self.dispatch = make(self.gate)

    def closed(self) -> bool:
        return self.gate.closed or bool(self.http.is_closed)

    def forked(self) -> None:
        """This process is a child of the one that made the pool: never send over the parent's connections."""
        if self.closed() or self.in_memory:  # closed before the fork (it stays closed), or no connections
            self.pid = os.getpid()
            return
        if not self.rebuild:
            raise ClientClosedError(
                "This client was created before os.fork() and its connections (your http_client or transport) "
                "belong to the parent process too: create the client (and its httpx client) after the fork, "
                "in each process."
            )
        gate = Gate()
        http, dispatch = self.make(gate)
        self.inherited.append(self.http)  # abandoned: neither used nor closed here (see above)
        self.gate, self.http, self.dispatch = gate, http, dispatch
        self.pid = os.getpid()


def hop(http: Any, request: httpx.Request, response: httpx.Response, hops: int) -> httpx.Request:
    """The next request of a redirect that a user's client follows (``follow_redirects=True``), as httpx built it
    (``response.next_request``), without our credentials when it leaves the origin or no longer carries the signed
    body: httpx drops only ``Authorization``, and a ``Content-Signature`` would go to another host."""
    hop = response.next_request
    assert hop is not None
    if hops >= http.max_redirects:
        raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=hop)
    if _origin(hop.url) != _origin(request.url) or hop.method != request.method:
        for name in ("Authorization", "Content-Signature"):
            hop.headers.pop(name, None)
    return hop


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def users_http(http: Any, gate: Gate) -> tuple[Any, Callable[[httpx.Request], Any]]:
    """A user's httpx client, and what sends one attempt through it (its ``send()``).

    A sync one gets the guarded network backend in its pools (``_sockets``, without the shutdown on close): it acts
    only while one of our calls runs (the deadline is a context variable set per attempt), so the call's deadline
    ends every wait on its sockets as it does in our own pool, and the user's other requests are left as they
    were. An async one is bounded by a cancel scope instead (``AsyncIntegrationClient._send``).
    """
    if isinstance(http, httpx.Client):
        from ._sockets import guard_pools

        if not guard_pools(http, gate, wake=False) and not user_in_memory(http):
            warnings.warn(
                "talon_integration: the deadline cannot bound every socket wait of this http_client (its transport "
                "has no httpx connection pool to guard): each attempt's timeouts are cut to what is left of the "
                "deadline when it starts, and the deadline is checked as each chunk of the answer arrives",
                RuntimeWarning,
                stacklevel=5,
            )
    # follow_redirects=False: a redirect comes back with its next request, which _send follows if the client
    # does, without our credentials where they must not go (hop).
    return http, functools.partial(http.send, auth=None, stream=True, follow_redirects=False)


def transport_for(http: httpx.Client | httpx.AsyncClient, base_url: str) -> Any:
    """The transport our own httpx client picks for ``base_url`` (its own, or an env proxy's mount), which the
    calls use directly: what ``send()`` adds on top (auth flows, redirects, event hooks, the cookie jar) is not
    used by a client we built, and costs about 0.1 ms a call. Every request goes to ``base_url``, so the pick is
    made once. ``None`` (calls go through ``send()``) should httpx stop offering the pick.
    """
    pick = getattr(http, "_transport_for_url", None)
    if pick is None:
        return None
    try:
        return pick(httpx.URL(base_url))
    except Exception:  # a private method that changed: fall back to the public path
        return None
