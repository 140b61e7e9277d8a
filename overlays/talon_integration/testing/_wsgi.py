"""The sandbox over HTTP: a WSGI app, and ``serve()`` running it on a threaded stdlib server.

Path parameters are routed on the *raw* request path (``RAW_URI`` / ``REQUEST_URI``, which this server,
werkzeug and gunicorn provide) so that an encoded ``/`` in a coupon code stays inside its segment. A
dropped-connection fault closes the socket without an answer on this server; other WSGI servers turn
it into a 500.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import sys
import threading
from collections.abc import Callable, Iterable
from http import HTTPStatus
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import quote
from wsgiref.handlers import BaseHandler
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer
from wsgiref.types import StartResponse, WSGIEnvironment

if TYPE_CHECKING:
    from ._sandbox import Reply, Sandbox

__all__ = ["ConnectionDropped", "SandboxServer", "SandboxWSGIApp", "serve"]


class ConnectionDropped(Exception):
    """Raised by the WSGI app for a ``drop_connection`` fault; ``serve()`` closes the socket on it."""


def _raw_path(environ: WSGIEnvironment) -> str:
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if isinstance(raw, str) and raw:
        return raw
    # Fallback: rebuild from the decoded PATH_INFO (an encoded "/" cannot be told apart here).
    path = (environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")).encode("latin-1").decode("utf-8", "replace")
    query = environ.get("QUERY_STRING", "")
    return quote(path, safe="/") + (f"?{query}" if query else "")


def _headers(environ: WSGIEnvironment) -> dict[str, str]:
    headers = {
        key[5:].replace("_", "-").lower(): str(value) for key, value in environ.items() if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-").lower()] = str(environ[key])
    return headers


def _body(environ: WSGIEnvironment) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length <= 0:
        return b""
    data: bytes = environ["wsgi.input"].read(length)
    return data


class SandboxWSGIApp:
    """A WSGI application serving one ``Sandbox`` (``sandbox.wsgi_app``)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        method = str(environ.get("REQUEST_METHOD", "GET"))
        path, headers, body = _raw_path(environ), _headers(environ), _body(environ)
        reply: Reply | None = None
        fault = self.sandbox._receive(method, path, headers, body)
        if fault is not None:
            if fault.drop_connection:
                raise ConnectionDropped
            if fault.delay is None:
                reply = self.sandbox._fault_reply(fault)
            else:
                self.sandbox._sleep(fault.delay)
        if reply is None:
            reply = self.sandbox.handle(method, path, headers, body)
        status, response_headers, content = reply
        if status != 204:
            response_headers = [*response_headers, ("Content-Length", str(len(content)))]
        start_response(f"{status} {_phrase(status)}", response_headers)
        return [content] if content else []


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


# ---- the loopback server -----------------------------------------------------------------------------


class _ServerHandler(ServerHandler):
    """wsgiref's handler, plus: answers close the connection; a dropped connection sends nothing."""

    dropped = False

    def cleanup_headers(self) -> None:
        super().cleanup_headers()
        self.headers["Connection"] = "close"  # type: ignore[attr-defined]  # set by start_response

    def handle_error(self) -> None:
        if isinstance(sys.exc_info()[1], ConnectionDropped):
            self.dropped = True
            BaseHandler.close(self)  # reset without logging or answering
            return
        super().handle_error()


class _RequestHandler(WSGIRequestHandler):
    server: _Server

    def get_environ(self) -> dict[str, Any]:
        environ = super().get_environ()
        environ["RAW_URI"] = environ["REQUEST_URI"] = self.path
        return environ

    def handle(self) -> None:
        # As WSGIRequestHandler.handle, with our handler class and a hard close for dropped connections.
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = self.request_version = self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        wfile = cast(IO[bytes], self.wfile)
        handler = _ServerHandler(self.rfile, wfile, self.get_stderr(), self.get_environ(), multithread=True)
        handler.request_handler = self  # type: ignore[attr-defined]  # wsgiref's back-pointer for logging
        handler.run(self.server.get_app())  # type: ignore[arg-type]
        if handler.dropped:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


class _Server(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    log: Callable[[str], None] | None = None

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (socket.getfqdn), which can stall; skip that.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)
        self.setup_environ()


class _Server6(_Server):
    address_family = socket.AF_INET6


class SandboxServer:
    """A sandbox served over HTTP on a background thread. ``url`` is its base URL."""

    def __init__(self, server: _Server, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        host, port = server.server_address[:2]
        self.host = str(host)
        self.port = int(port)
        shown = f"[{self.host}]" if ":" in self.host else self.host
        self.url = f"http://{shown}:{self.port}"

    def __repr__(self) -> str:
        return f"SandboxServer(url={self.url!r})"

    def wait(self, timeout: float | None = None) -> None:
        """Block until the server stops (Ctrl-C interrupts the wait; then call ``shutdown``)."""
        self._thread.join(timeout)

    def shutdown(self) -> None:
        """Stop serving and close the listening socket (idempotent)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.shutdown()


def serve(
    sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0, *, log: Callable[[str], None] | None = None
) -> SandboxServer:
    """Serve ``sandbox`` on ``host:port`` (``port=0``: a free one) until ``shutdown()``; ``log`` gets access lines."""
    server_class = _Server6 if ":" in host else _Server
    server = server_class((host, port), _RequestHandler)
    server.log = log
    server.set_app(sandbox.wsgi_app)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.name = f"talon-sandbox-{server.server_address[1]}"
    thread.start()
    return SandboxServer(server, thread)
