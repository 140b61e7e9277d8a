"""What the sandbox refuses before its handler sees a request: the same checks in both adapters.

Both the in-process transports (``_transport``) and the WSGI app (``_wsgi``) call these before
``Endpoint._receive`` / ``Endpoint.handle``, so a request refused here is not recorded and uses up no
injected fault: it never reached the API, as with the gateway in front of a real service.

- ``MAX_BODY_BYTES`` (1 MiB): a larger body is a 413. A declared ``Content-Length`` over the cap is
  refused without reading the body; a chunked body is read only up to the cap.
- ``MAX_JSON_DEPTH`` (64): a body nested deeper (arrays and objects) is a 400, found by a byte-level
  scan before ``json.loads``, the request validation and the handler's copies ever recurse into it.
- The request target and header values must be printable ASCII (what the client itself sends), and a
  JSON body may not carry an unpaired UTF-16 surrogate escape (it could not be sent back as UTF-8).

Every refusal is an ``ErrorResponse`` body like the sandbox's own (``_replies``).
Nothing here does I/O or keeps state.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from itertools import accumulate, count, repeat
from operator import mul, sub

from ._replies import Reply, error_body, json_reply, problem

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_JSON_DEPTH",
    "bad_content_length",
    "bad_input",
    "check_request",
    "content_length",
    "json_depth",
    "refusal",
    "too_large",
]

MAX_BODY_BYTES = 1024 * 1024
"""The largest request body the sandbox accepts, in bytes (1 MiB); the client's bodies are far smaller."""

MAX_JSON_DEPTH = 64
"""The deepest nesting of JSON arrays and objects accepted; ``{"attributes": {"a": 1}}`` is depth 2."""

# A JSON string token, closing quote optional so an unterminated one ends the scan instead of being
# retried at every later quote (possessive quantifiers: no backtracking, linear time).
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))
_OPENS_AS_ONE = bytes.maketrans(b"[{]}", b"\x01\x01\x00\x00")
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE_PAIR = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_PRINTABLE_ASCII = re.compile(r"[\t\x20-\x7e]*")
_TARGET = re.compile(r"[\x21-\x7e]*")
_DIGITS = re.compile(r"[0-9]+")


def json_depth(body: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest, without parsing it.

    String contents (escapes included) are skipped; everything but brackets is ignored. Linear time,
    in C loops; for text that is not JSON the figure is only an upper-bound-ish estimate, which is
    all a size check needs.
    """
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    # After the i-th bracket (1-based), depth = opens - closes = 2 * opens - i.
    opens = accumulate(brackets.translate(_OPENS_AS_ONE))
    deepest: int = max(map(sub, map(mul, opens, repeat(2)), count(1)))
    return max(0, deepest)


def _too_deep(body: bytes) -> bool:
    if body.count(b"[") + body.count(b"{") <= MAX_JSON_DEPTH:  # cannot nest deeper than it has brackets
        return False
    return json_depth(body) > MAX_JSON_DEPTH


def _unpaired_surrogate(body: bytes) -> bool:
    """Whether a ``\\uD800``-``\\uDFFF`` escape in ``body`` lacks its partner (a high one, then a low one)."""
    if b"\\u" not in body or not _SURROGATE.search(body):
        return False
    # Escaped backslashes pair up from the left, so blanking them out leaves only real escapes (blanked,
    # not dropped, so that no two escapes become neighbours); then drop the well-formed pairs, and any
    # surrogate escape left over is unpaired.
    return _SURROGATE.search(_SURROGATE_PAIR.sub(b"", body.replace(b"\\\\", b"__"))) is not None


def content_length(value: str | None) -> int | None:
    """A ``Content-Length`` value as an int (``None`` when absent); ``ValueError`` when it is not one.

    Accepts the same number repeated (``"5, 5"``, as servers join duplicate headers); anything else
    that is not plain decimal digits (signs, spaces inside, ``1_000``, other scripts' digits) is invalid.
    """
    if value is None:
        return None
    values = {part.strip() for part in value.split(",")}
    if len(values) != 1:
        raise ValueError("conflicting Content-Length values")
    (text,) = values
    if not _DIGITS.fullmatch(text):
        raise ValueError("Content-Length is not a non-negative integer")
    return int(text) if len(text) <= 18 else 10**18  # absurd lengths stay absurd without a huge int


def refusal(
    status: int,
    message: str,
    details: str | None = None,
    *,
    title: str = "Invalid value",
    pointer: str | None = None,
    parameter: str | None = None,
    request_id: str | None = None,
) -> Reply:
    """An ``ErrorResponse`` answer: one problem when ``details`` is given, with a body ``pointer`` or a
    ``parameter`` as its source; ``request_id`` defaults to a fresh one."""
    errors = [] if details is None else [problem(title, details, pointer=pointer, parameter=parameter)]
    return json_reply(status, error_body(status, message, errors), request_id or f"sbx-{uuid.uuid4().hex[:12]}")


def too_large(length: int | None = None) -> Reply:
    """The 413 for a body over ``MAX_BODY_BYTES``: ``length`` is the declared size, if there was one."""
    if length is not None:
        details = f"The declared body is {length} bytes; the sandbox accepts at most {MAX_BODY_BYTES}"
        return refusal(413, "Request body too large", details, title="Content Too Large", parameter="Content-Length")
    details = f"The body is over {MAX_BODY_BYTES} bytes, the most the sandbox accepts"
    return refusal(413, "Request body too large", details, title="Content Too Large", pointer="")


def bad_content_length() -> Reply:
    """The 400 for a ``Content-Length`` that is not one non-negative integer."""
    details = "Content-Length must be one non-negative decimal integer"
    return refusal(400, "Invalid Content-Length", details, parameter="Content-Length")


def check_request(raw_path: str, headers: Mapping[str, str], body: bytes) -> Reply | None:
    """The refusal for a request the sandbox should not handle, or ``None`` to let it through.

    ``raw_path`` is the request target as received, ``headers`` the request's headers, ``body`` the
    whole body (already known to be at most ``MAX_BODY_BYTES`` when read under a declared length).
    """
    if not _TARGET.fullmatch(raw_path):
        details = "The request target must be printable ASCII: percent-encode other characters"
        return refusal(400, "Invalid request target", details, parameter="path")
    for name, value in headers.items():
        if not _PRINTABLE_ASCII.fullmatch(value):
            return refusal(400, "Invalid header", f"The {name} header must be printable ASCII", parameter=name)
    if len(body) > MAX_BODY_BYTES:
        return too_large(None)
    if _too_deep(body):
        details = f"The body nests arrays and objects deeper than {MAX_JSON_DEPTH} levels"
        return refusal(400, "Invalid request body", details, pointer="")
    if _unpaired_surrogate(body):
        details = "The body has an unpaired UTF-16 surrogate escape"
        return refusal(400, "Invalid JSON", details, title="Malformed JSON", pointer="")
    return None


def bad_input(exc: BaseException) -> Reply | None:
    """The 400 for an exception the handler can only have raised on bad input, else ``None`` (a bug).

    Recursion and text-codec errors come from what was sent (depth, odd characters) even when the
    checks above missed the way in; anything else escaping the handler is the sandbox's fault.
    """
    if isinstance(exc, RecursionError | UnicodeError):
        return refusal(400, "Invalid request", "The request could not be processed as sent", pointer="")
    return None
