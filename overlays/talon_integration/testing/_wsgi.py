"""The sandbox as a WSGI application: ``SandboxWSGIApp``, for ``serve()`` (``_server``) or any WSGI server.

Path parameters are routed on the *raw* request path (``RAW_URI`` / ``REQUEST_URI``, which the sandbox's
server, werkzeug and gunicorn provide) so that an encoded ``/`` in a coupon code stays inside its segment.
A dropped-connection fault raises ``ConnectionDropped``: the sandbox's server closes the socket without an
answer; other WSGI servers turn it into a 500. The limits of ``_limits`` apply under any server: a declared
body over the cap is a 413 without being read, a chunked one (``wsgi.input_terminated``) is read only up to
the cap. The app depends on the ``Endpoint`` protocol, not on ``Sandbox``.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterable
from urllib.parse import quote
from wsgiref.types import StartResponse, WSGIEnvironment

from ._endpoint import Endpoint
from ._limits import MAX_BODY_BYTES, bad_content_length, bad_input, check_request, content_length, refusal, too_large
from ._replies import Reply, phrase

__all__ = ["ConnectionDropped", "SandboxWSGIApp"]


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


def _body(environ: WSGIEnvironment) -> bytes | Reply:
    """The request body, or the refusal of it: a bad length (400) or one over the cap (413)."""
    try:
        length = content_length(environ.get("CONTENT_LENGTH") or None)
    except ValueError:
        return bad_content_length()
    stream = environ["wsgi.input"]
    if length is None:  # no length: a body only where the server says the input ends (chunked)
        if not environ.get("wsgi.input_terminated"):
            return b""
        data: bytes = stream.read(MAX_BODY_BYTES + 1)
        return too_large(None) if len(data) > MAX_BODY_BYTES else data
    if length > MAX_BODY_BYTES:
        return too_large(length)  # refused unread
    data = stream.read(length) if length else b""
    return data


class SandboxWSGIApp:
    """A WSGI application serving one ``Sandbox`` (``sandbox.wsgi_app``), for a WSGI server of your choice.

    Bad input is always a 4xx: requests outside the limits are refused before the sandbox sees them,
    and an exception only bad input can cause is a 400. Any other exception is a bug in the sandbox:
    a 500, with its traceback on ``wsgi.errors``.
    """

    def __init__(self, sandbox: Endpoint) -> None:
        self.sandbox = sandbox

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        try:
            reply = self._answer(environ)
        except ConnectionDropped:
            raise
        except Exception as exc:
            refused = bad_input(exc)
            if refused is None:
                errors = environ.get("wsgi.errors") or sys.stderr
                errors.write(f"talon sandbox: internal error answering a request\n{traceback.format_exc()}")
                refused = refusal(500, "Internal server error")
            reply = refused
        status, response_headers, content = reply
        if status != 204:
            response_headers = [*response_headers, ("Content-Length", str(len(content)))]
        start_response(f"{status} {phrase(status)}", response_headers)
        return [content] if content else []

    def _answer(self, environ: WSGIEnvironment) -> Reply:
        method = str(environ.get("REQUEST_METHOD") or "GET")
        body = _body(environ)
        if not isinstance(body, bytes):
            return body
        path, headers = _raw_path(environ), _headers(environ)
        refused = check_request(path, headers, body)
        if refused is not None:
            return refused
        fault = self.sandbox._receive(method, path, headers, body)
        if fault is not None:
            if fault.drop_connection:
                raise ConnectionDropped
            if fault.delay is None:
                return self.sandbox._fault_reply(fault)
            self.sandbox._sleep(fault.delay)
        return self.sandbox.handle(method, path, headers, body)
