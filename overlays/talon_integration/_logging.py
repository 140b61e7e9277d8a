"""Logging on the ``talon_integration`` logger: what was called, never what was sent.

Records carry the method, the path *template* (never the real IDs or a query string), the status,
the attempt, the elapsed time and the request id; never bodies or credential headers.
``TALON_LOG=debug|info`` attaches a stderr handler when a client is created (not at import).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

logger = logging.getLogger("talon_integration")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler TALON_LOG installs; a marker class so it is installed once."""


def configure_from_env(environ: Mapping[str, str]) -> None:
    """Honour ``TALON_LOG``: attach one stderr handler at the requested level (idempotent)."""
    level = _LEVELS.get(environ.get("TALON_LOG", "").strip().lower())
    if level is None:
        return
    if not any(isinstance(h, _EnvHandler) for h in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
