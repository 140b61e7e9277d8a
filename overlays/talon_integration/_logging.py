"""Logging on the ``talon_integration`` logger: what was called, never what was sent.

Records carry the method, the path *template* (never the real IDs or a query string), the status,
the attempt, the elapsed time and the request id; never bodies or credential headers.
``TALON_LOG=debug|info`` attaches a stderr handler when a client is created (not at import).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

logger = logging.getLogger("talon_integration")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


# What must not reach a terminal raw: the C0 controls (ESC starts escape sequences, BEL rings, CR overwrites),
# DEL, the C1 controls (0x9b is a one-byte CSI on some terminals), lone surrogates, the Unicode line separators
# and the bidi controls. In a record's message a line break is escaped too (one record, one line).
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_UNSAFE_IN_MESSAGE = re.compile(f"[{_CONTROLS}\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def clean(text: str) -> str:
    """``text`` (server-sent, such as a request id) with its control characters as escapes (``\\x1b``)."""
    return _UNSAFE_IN_MESSAGE.sub(_escape, text)


class _SafeFormatter(logging.Formatter):
    """Escapes control characters: a message stays one line, and a traceback keeps only its line breaks."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return _UNSAFE_IN_MESSAGE.sub(_escape, super().formatMessage(record))

    def format(self, record: logging.LogRecord) -> str:
        return _UNSAFE.sub(_escape, super().format(record))


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler TALON_LOG installs; a marker class so it is installed once."""


def configure_from_env(environ: Mapping[str, str]) -> None:
    """Honour ``TALON_LOG``: attach one stderr handler at the requested level (idempotent)."""
    level = _LEVELS.get(environ.get("TALON_LOG", "").strip().lower())
    if level is None:
        return
    if not any(isinstance(h, _EnvHandler) for h in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(_SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
