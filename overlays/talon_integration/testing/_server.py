"""The sandbox over HTTP: ``serve()`` runs a WSGI app (``SandboxWSGIApp``) on a small stdlib-based server.

The server is built so that a whole test suite can hammer it, and a misbehaving client cannot hurt
the others:

- one thread does all socket I/O with a selector: it accepts (listen backlog ``BACKLOG``), reads each
  request completely (head and body, within the limits), and writes each answer without blocking;
- a fixed pool of ``WORKERS`` threads runs the WSGI app on complete requests only, so a slow or
  stalled client never holds a worker, and the thread count never grows with the connections;
- at most ``MAX_CONNECTIONS`` connections are open at once (the rest wait in the backlog); one that
  sends nothing for ``idle_timeout`` seconds, or has not sent its whole request ``request_timeout``
  seconds after connecting, is closed (with a 408 if it had started a request);
- every answer ends its connection (``Connection: close``): a connection is one request, so an idle
  keep-alive connection can never occupy anything. The server half-closes after answering and reads
  on briefly (``LINGER_TIMEOUT``), so that a refused upload still in flight does not reset the answer.

One cohesive thing, longer than the others: the selector loop, the request framing it does as bytes
arrive (head, ``Content-Length``, chunked) and the workers it hands complete requests to share one
connection state machine (``_Conn``: reading, working, writing, lingering) that only makes sense whole.
A dropped-connection fault (``ConnectionDropped`` from the app) closes the socket without an answer.
"""

from __future__ import annotations

import collections
import contextlib
import email.utils
import errno
import http.client
import io
import ipaddress
import queue
import re
import selectors
import socket
import socketserver
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal
from wsgiref.handlers import BaseHandler
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer, software_version

from ..errors import InvalidInputError
from ._endpoint import Endpoint
from ._limits import MAX_BODY_BYTES, bad_content_length, content_length, refusal, too_large
from ._replies import Reply, phrase
from ._wsgi import ConnectionDropped, SandboxWSGIApp

__all__ = ["SandboxServer", "is_loopback", "serve"]

BACKLOG = 1024
"""Listen backlog: connections the kernel queues before they are accepted (it caps this at somaxconn)."""
WORKERS = 16
"""Threads running the app on complete requests (the sandbox answers one at a time under its lock; more
workers only let injected delays overlap)."""
MAX_CONNECTIONS = 512
"""Connections open at once; each buffers at most ``MAX_HEAD_BYTES`` plus ``MAX_BODY_BYTES``."""
IDLE_TIMEOUT = 10.0
"""Seconds a connection may go without sending (or taking) a byte before it is closed."""
REQUEST_TIMEOUT = 60.0
"""Seconds from connecting by which the whole request must have arrived (a byte a second is not enough)."""
LINGER_TIMEOUT = 2.0
"""Seconds a connection is read (and the bytes dropped) after its answer, before it is closed."""
MAX_HEAD_BYTES = 64 * 1024
"""The request line and headers together; more is a 431."""

_RECV_BYTES = 256 * 1024
_SWEEP_SECONDS = 0.25


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) only accepts connections from this machine."""
    name = host.strip("[]")
    if name.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _serialize(reply: Reply) -> bytes:
    """An answer the server writes itself (a refusal at the door), as wsgiref would have written it."""
    status, headers, content = reply
    lines = [
        f"HTTP/1.0 {status} {phrase(status)}",
        f"Date: {email.utils.formatdate(usegmt=True)}",
        f"Server: {software_version}",
        *(f"{name}: {value}" for name, value in headers),
        f"Content-Length: {len(content)}",
        "Connection: close",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("latin-1") + content


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


# ---- running the app on one complete request (in a worker) -------------------------------------------


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
    """The stdlib request handler over a request already read: the head from memory, the answer into it."""

    server: _Server

    def __init__(self, conn: _Conn, server: _Server) -> None:
        self.conn = conn
        self.output = io.BytesIO()
        self.dropped = False
        super().__init__(conn.sock, conn.address, server)  # runs setup(), handle(), finish()

    def setup(self) -> None:
        self.connection = self.request
        self.rfile = io.BytesIO(self.conn.head)
        self.wfile = self.output

    def finish(self) -> None:
        pass  # the output stays readable; the connection belongs to the I/O thread

    def get_environ(self) -> dict[str, Any]:
        environ = super().get_environ()
        environ["RAW_URI"] = environ["REQUEST_URI"] = self.path
        if self.conn.chunked:
            environ["wsgi.input_terminated"] = True
        return environ

    def handle(self) -> None:
        # As WSGIRequestHandler.handle, with our handler class, the body as read, and dropped connections.
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = self.request_version = self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        stdin = io.BytesIO(self.conn.body)
        handler = _ServerHandler(stdin, self.output, self.get_stderr(), self.get_environ(), multithread=True)
        handler.request_handler = self  # type: ignore[attr-defined]  # wsgiref's back-pointer for logging
        handler.run(self.server.get_app())  # type: ignore[arg-type]
        self.dropped = handler.dropped

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # A request line or header the stdlib parser refuses: an ErrorResponse, and never a 5xx (an
        # HTTP/2 request line, which it answers 505, is bad input to an HTTP/1 server like any other).
        status = 400 if code >= 500 else code
        text = message or phrase(code)
        self.log_request(status)
        self.wfile.write(_serialize(refusal(status, text, explain or text, parameter="request line")))
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        self.server.log_line(f"{self.address_string()} {format % args}")


# ---- the server: one I/O thread, a fixed pool of workers ---------------------------------------------

_State = Literal["reading", "working", "writing", "lingering"]
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")


class _Conn:
    """One connection and the one request it carries, from accept to close."""

    def __init__(
        self, sock: socket.socket, address: Any, now: float, idle_timeout: float, request_timeout: float
    ) -> None:
        self.sock = sock
        self.address = address
        self.state: _State = "reading"
        self.buffer = bytearray()
        self.scanned = 0  # how far the buffer is known to hold no end of the head
        self.head = b""
        self.body = b""
        self.chunked = False
        self.length: int | None = None  # body bytes still to read under a Content-Length
        self.parts: list[bytes] = []  # a chunked body, decoded so far
        self.decoded = 0
        self.out = memoryview(b"")
        self.request_deadline = now + request_timeout
        self.deadline = min(now + idle_timeout, self.request_deadline)

    def first_line(self) -> str:
        line = (self.head or bytes(self.buffer[:200])).split(b"\n", 1)[0].rstrip(b"\r")
        return _printable(line[:200].decode("latin-1")) or "-"


class _Server(WSGIServer):
    """Binds and listens like wsgiref's server (backlog ``BACKLOG``); serves with a selector and workers."""

    request_queue_size = BACKLOG
    allow_reuse_address = True
    log: Callable[[str], None] | None = None
    workers = WORKERS
    idle_timeout = IDLE_TIMEOUT
    request_timeout = REQUEST_TIMEOUT

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (socket.getfqdn), which can stall; skip that.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)
        self.setup_environ()

    def __init__(self, server_address: Any, handler_class: Any) -> None:
        # The loop's state first: a failing bind calls server_close, which releases it.
        self._conns: set[_Conn] = set()
        self._selector = selectors.DefaultSelector()
        self._jobs: queue.SimpleQueue[_Conn | None] = queue.SimpleQueue()
        self._done: collections.deque[tuple[_Conn, bytes | None]] = collections.deque()
        self._done_lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._selector.register(self._wake_r, selectors.EVENT_READ, None)
        self._threads: list[threading.Thread] = []
        self._stop_requested = False
        self._running = False
        self._stopped = threading.Event()
        self._listening = False
        self._accept_paused_until = 0.0
        super().__init__(server_address, handler_class)  # bind, listen(BACKLOG)
        self.socket.setblocking(False)

    # ---- life cycle

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until ``shutdown()``: the I/O loop runs on this thread, the workers on their own."""
        try:
            name = threading.current_thread().name
            for i in range(self.workers):
                thread = threading.Thread(target=self._work, name=f"{name}-worker-{i}", daemon=True)
                thread.start()
                self._threads.append(thread)
            self._listen(True)
            self._running = True
            self._loop()
        finally:
            with self._done_lock:
                self._running = False
                finished = list(self._done)
                self._done.clear()
            for conn, _ in finished:
                self._close(conn)
            for conn in list(self._conns):
                if conn.state != "working":  # a worker closes its own connection when it is done
                    self._close(conn)
            for _ in self._threads:
                self._jobs.put(None)
            self._selector.close()
            self._wake_r.close()
            self._wake_w.close()
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop ``serve_forever`` and wait for it (and, briefly, for the workers) to finish."""
        self._stop_requested = True
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")
        self._stopped.wait()
        deadline = time.monotonic() + 2.0  # a worker may be sleeping out an injected delay: not for long
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    def server_close(self) -> None:
        super().server_close()
        self._selector.close()  # both idempotent: serve_forever closes them on its way out
        self._wake_r.close()
        self._wake_w.close()

    def log_line(self, line: str) -> None:
        if self.log is not None:
            with contextlib.suppress(Exception):  # a failing access log must not stop the server
                self.log(_printable(line))

    # ---- the I/O loop (this thread only touches sockets and the selector)

    def _loop(self) -> None:
        sweep_every = min(_SWEEP_SECONDS, self.idle_timeout / 4, self.request_timeout / 4, LINGER_TIMEOUT / 4)
        next_sweep = time.monotonic() + sweep_every
        while not self._stop_requested:
            timeout = max(0.0, next_sweep - time.monotonic())
            for key, events in self._selector.select(timeout):
                if key.fileobj is self.socket:
                    self._accept()
                elif key.fileobj is self._wake_r:
                    with contextlib.suppress(OSError):
                        while self._wake_r.recv(4096):
                            pass
                else:
                    conn: _Conn = key.data
                    try:
                        if events & selectors.EVENT_READ:
                            self._readable(conn)
                        if events & selectors.EVENT_WRITE and conn.state == "writing":
                            self._write(conn)
                    except Exception:  # a bug here costs this connection, not the server
                        sys.stderr.write(f"talon sandbox: internal error\n{traceback.format_exc()}")
                        self._close(conn)
            self._collect()
            now = time.monotonic()
            if now >= next_sweep:
                self._sweep(now)
                next_sweep = now + sweep_every

    def _listen(self, on: bool) -> None:
        if on and not self._listening:
            self._selector.register(self.socket, selectors.EVENT_READ, None)
        elif not on and self._listening:
            self._selector.unregister(self.socket)
        self._listening = on

    def _accept(self) -> None:
        for _ in range(64):
            if len(self._conns) >= MAX_CONNECTIONS:
                self._listen(False)  # the rest wait in the backlog until a connection closes
                return
            try:
                sock, address = self.socket.accept()
            except BlockingIOError:
                return
            except OSError as exc:  # out of file descriptors, or a connection aborted while queued
                if exc.errno in (errno.EMFILE, errno.ENFILE):  # retry after a pause
                    self._listen(False)
                    self._accept_paused_until = time.monotonic() + 0.5
                return
            sock.setblocking(False)
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Conn(sock, address, time.monotonic(), self.idle_timeout, self.request_timeout)
            self._conns.add(conn)
            self._selector.register(sock, selectors.EVENT_READ, conn)

    def _readable(self, conn: _Conn) -> None:
        want = _RECV_BYTES
        if conn.state == "reading" and conn.length is not None:  # no further than the body's end
            want = max(1, min(_RECV_BYTES, conn.length - len(conn.buffer)))
        try:
            data = conn.sock.recv(want)
        except BlockingIOError:
            return
        except OSError:
            self._close(conn)
            return
        if not data:  # the client went away (or finished lingering)
            self._close(conn)
            return
        now = time.monotonic()
        if conn.state == "lingering":
            return  # bytes after the answer are dropped; the deadline set at the answer stands
        conn.deadline = min(now + self.idle_timeout, conn.request_deadline)
        conn.buffer += data
        self._advance(conn)

    def _advance(self, conn: _Conn) -> None:
        """Frame the request as far as the bytes go: dispatch it when whole, refuse it when it cannot be."""
        if not conn.head:
            match = _HEAD_END.search(conn.buffer, max(0, conn.scanned - 3))
            conn.scanned = len(conn.buffer)
            if match is None:
                if len(conn.buffer) > MAX_HEAD_BYTES:
                    self._refuse(conn, refusal(431, "Request header fields too large"))
                return
            if match.end() > MAX_HEAD_BYTES:
                self._refuse(conn, refusal(431, "Request header fields too large"))
                return
            conn.head = bytes(conn.buffer[: match.end()])
            del conn.buffer[: match.end()]
            refused = self._frame(conn)
            if refused is not None:
                self._refuse(conn, refused)
                return
        if conn.chunked:
            self._dechunk(conn)
        elif conn.length is not None and len(conn.buffer) >= conn.length:
            conn.body = bytes(conn.buffer[: conn.length])
            self._dispatch(conn)

    def _frame(self, conn: _Conn) -> Reply | None:
        """How the body is delimited (from the same header parser the handler uses), or the refusal."""
        try:
            headers = http.client.parse_headers(io.BytesIO(conn.head.split(b"\n", 1)[1] if b"\n" in conn.head else b""))
        except (http.client.HTTPException, ValueError):
            conn.length = 0  # the handler's own parse reports it (431 / 400)
            return None
        encodings = headers.get_all("Transfer-Encoding") or []
        lengths = headers.get_all("Content-Length") or []
        if encodings:
            if lengths:
                details = "A request may not have both Content-Length and Transfer-Encoding"
                return refusal(400, "Invalid request framing", details, parameter="Transfer-Encoding")
            if ",".join(encodings).strip().lower() != "chunked":
                details = "The only Transfer-Encoding accepted is chunked"
                return refusal(400, "Invalid request framing", details, parameter="Transfer-Encoding")
            conn.chunked = True
            return None
        try:
            length = content_length(",".join(lengths) if lengths else None)
        except ValueError:
            return bad_content_length()
        if length is not None and length > MAX_BODY_BYTES:
            return too_large(length)  # refused before a byte of it is read
        conn.length = length or 0
        return None

    def _dechunk(self, conn: _Conn) -> None:
        buffer, pos = conn.buffer, 0
        bad = "The chunked body is malformed"
        try:
            while True:
                line_end = buffer.find(b"\n", pos)
                if line_end < 0:
                    if len(buffer) - pos > 4096:
                        raise ValueError(bad)
                    return
                size_text = bytes(buffer[pos:line_end]).rstrip(b"\r").split(b";", 1)[0].strip()
                if not _CHUNK_SIZE.fullmatch(size_text):
                    raise ValueError(bad)
                size = int(size_text, 16)
                if size == 0:  # the last chunk: then trailer lines up to an empty one
                    trailers = buffer[line_end + 1 :]
                    if len(trailers) > MAX_HEAD_BYTES:
                        raise ValueError(bad)
                    if trailers[:1] == b"\n" or trailers[:2] == b"\r\n" or _HEAD_END.search(trailers):
                        conn.body = b"".join(conn.parts)
                        self._dispatch(conn)
                    return
                if conn.decoded + size > MAX_BODY_BYTES:
                    self._refuse(conn, too_large(None))
                    return
                data_end = line_end + 1 + size
                if buffer[data_end : data_end + 2] == b"\r\n":
                    following = data_end + 2
                elif buffer[data_end : data_end + 1] == b"\n":
                    following = data_end + 1
                elif len(buffer) < data_end + 2:
                    return  # the chunk is not all here yet
                else:
                    raise ValueError(bad)
                conn.parts.append(bytes(buffer[line_end + 1 : data_end]))
                conn.decoded += size
                pos = following
        except ValueError as exc:
            self._refuse(conn, refusal(400, "Invalid request framing", str(exc), parameter="Transfer-Encoding"))
        finally:
            if conn.state == "reading":
                del buffer[:pos]  # keep only what is not decoded yet

    def _dispatch(self, conn: _Conn) -> None:
        conn.state = "working"
        conn.buffer = bytearray()
        self._selector.unregister(conn.sock)
        self._jobs.put(conn)

    def _refuse(self, conn: _Conn, reply: Reply) -> None:
        """Answer at the door, without the app: the request cannot be framed, or breaks a limit."""
        self.log_line(f'{conn.address[0]} "{conn.first_line()}" {reply[0]} {len(reply[2])}')
        self._selector.unregister(conn.sock)
        self._answer(conn, _serialize(reply))

    def _collect(self) -> None:
        """Take back the connections the workers have answered."""
        while self._done:
            conn, output = self._done.popleft()
            if output is None:  # a dropped-connection fault: close without a word
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)
                self._close(conn)
            elif not output:  # nothing to say (an empty request line)
                self._close(conn)
            else:
                self._answer(conn, output)

    def _answer(self, conn: _Conn, output: bytes) -> None:
        conn.state = "writing"
        conn.out = memoryview(output)
        conn.buffer = bytearray()
        conn.deadline = time.monotonic() + self.idle_timeout
        self._selector.register(conn.sock, selectors.EVENT_WRITE, conn)
        self._write(conn)

    def _write(self, conn: _Conn) -> None:
        try:
            while conn.out:
                sent = conn.sock.send(conn.out)
                conn.out = conn.out[sent:]
                conn.deadline = time.monotonic() + self.idle_timeout
        except BlockingIOError:
            return
        except OSError:
            self._close(conn)
            return
        # Answered: half-close, then read what the client still sends until it closes (or a deadline),
        # so that unread bytes (a refused upload) cannot turn the close into a reset that eats the answer.
        try:
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self._close(conn)
            return
        conn.state = "lingering"
        conn.deadline = time.monotonic() + LINGER_TIMEOUT
        self._selector.modify(conn.sock, selectors.EVENT_READ, conn)

    def _resume_accepting(self, now: float) -> None:
        if not self._listening and now >= self._accept_paused_until and len(self._conns) < MAX_CONNECTIONS:
            self._listen(True)

    def _sweep(self, now: float) -> None:
        self._resume_accepting(now)
        for conn in [c for c in self._conns if c.state != "working" and now >= c.deadline]:
            if conn.state == "reading" and (conn.head or conn.buffer):
                self._refuse(conn, refusal(408, "Request timeout", "The request did not arrive in time",
                                                   title="Request Timeout", parameter="body"))  # fmt: skip
            else:
                self._close(conn)

    def _close(self, conn: _Conn) -> None:
        if conn in self._conns:
            self._conns.discard(conn)
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(conn.sock)
        conn.sock.close()
        if self._running:
            self._resume_accepting(time.monotonic())

    # ---- the workers

    def _work(self) -> None:
        while (conn := self._jobs.get()) is not None:
            output: bytes | None
            try:
                handler = _RequestHandler(conn, self)
                output = None if handler.dropped else handler.output.getvalue()
            except Exception:  # a bug here must not take the worker down with it
                sys.stderr.write(f"talon sandbox: internal error\n{traceback.format_exc()}")
                output = _serialize(refusal(500, "Internal server error"))
            with self._done_lock:
                if not self._running:
                    conn.sock.close()
                    continue
                self._done.append((conn, output))
            with contextlib.suppress(OSError):
                self._wake_w.send(b"\0")


class _Server6(_Server):
    address_family = socket.AF_INET6


class SandboxServer:
    """A sandbox served over HTTP on a background thread: what ``serve()`` and ``Sandbox.serve()`` return.

    Attributes:
        url: Its base URL, e.g. ``http://127.0.0.1:54321`` (IPv6 hosts in brackets): the ``TALON_BASE_URL``
            of the process under test.
        host: The address it listens on.
        port: The port (the one picked, for ``port=0``).
        loopback: Whether it listens on a loopback address only (else other machines can reach it).

    A context manager: leaving the ``with`` block calls ``shutdown()``.
    """

    def __init__(self, server: _Server, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        host, port = server.server_address[:2]
        self.host = str(host)
        self.port = int(port)
        self.loopback = is_loopback(self.host)
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
    sandbox: Endpoint,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    log: Callable[[str], None] | None = None,
    workers: int = WORKERS,
    idle_timeout: float = IDLE_TIMEOUT,
    request_timeout: float = REQUEST_TIMEOUT,
) -> SandboxServer:
    """Serve ``sandbox`` on ``host:port`` until ``shutdown()``, on a background thread.

    One I/O thread reads each request in full and a fixed pool of ``workers`` threads answers complete
    requests; every answer closes its connection.

    Args:
        sandbox: The ``Sandbox`` to serve (any ``Endpoint``).
        host: The interface (default loopback); ``"::1"`` and other IPv6 addresses work too.
        port: The port; 0 (the default) picks a free one.
        log: Called with one access-log line per request (default: none).
        workers: Threads that run the app (default 16).
        idle_timeout: Seconds a connection may send nothing before it is closed (default 10).
        request_timeout: Seconds from connecting by which the whole request must have arrived (default 60).

    Returns:
        The running ``SandboxServer`` (``.url``).

    Raises:
        InvalidInputError: ``workers`` below 1, or a timeout that is not positive.
        OSError: The address cannot be bound.

    Example:
        ```python
        with serve(Sandbox(), port=0, workers=4) as server:
            print(server.url)
        ```
    """
    if workers < 1 or not idle_timeout > 0 or not request_timeout > 0:
        raise InvalidInputError("serve(): workers must be at least 1 and the timeouts positive numbers")
    server_class = _Server6 if ":" in host else _Server
    server = server_class((host, port), _RequestHandler)  # the workers build the handlers (on a _Conn)
    server.log = log
    server.workers, server.idle_timeout, server.request_timeout = workers, idle_timeout, request_timeout
    server.set_app(SandboxWSGIApp(sandbox))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.name = f"talon-sandbox-{server.server_address[1]}"
    thread.start()
    return SandboxServer(server, thread)
