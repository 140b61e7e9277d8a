"""What every part of the command line shares: the program's name, its exit codes, how an error is said."""

from __future__ import annotations

import signal
import sys

from .._display import printable

PROG = "talon-integration"
EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE  # 141: what a shell reports for a tool that SIGPIPE ended (cat, yes)


def err(message: str) -> None:
    """``error: <message>`` on stderr, escaped: the message may hold the service's text."""
    print(f"error: {printable(message)}", file=sys.stderr, flush=True)
