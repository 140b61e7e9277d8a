"""``talon-integration``: the nine operations, a local sandbox and a scripted demo from the shell.

```
talon-integration update-customer-session sess-1 --profile-id user-42 --coupon XMAS-2026 \\
    --item sku=shoe-1,name="Red shoe",quantity=1,price=49.9 --format table
talon-integration sandbox --port 9000          # a local Talon.One on 127.0.0.1
talon-integration demo                         # a scripted v2 checkout against an embedded sandbox
```

One subcommand per operation (dashes for underscores); path parameters are positional (typed as the spec
says), the other flags mirror the method's keywords (``return_`` is ``--return``); a model's JSON takes the
service's field names (as the output prints them) or the Python ones. Configuration comes from ``--base-url``,
``--api-key`` (or ``--application-id`` + ``--application-key``), else the ``TALON_*`` env vars the client reads
itself.
Global options are accepted before or after the subcommand.

Output is JSON by default: the result's ``to_dict()`` (the service's camelCase field names); an
IntegrationState gets an extra top-level ``"effects"`` list of the typed effects, in the same convention
(``effectType``, ``campaignId``, ``rulesetId``, ``ruleIndex``, ``args`` and the typed fields, such as
``friendProfileIntegrationId``); the 204 operations print ``{"ok": true}`` so that stdout is always one JSON
document. ``--format table`` prints the key facts and an effects table for people.

Text from the service reaches a terminal only escaped: in the table output and in error messages on stderr,
control characters (ESC, CR, the other C0 and C1 ones, DEL, Unicode line separators and bidi controls) are
written as ``\x1b``, ``\r``, ``\n``, ``\u202e``, ...; the JSON output carries them as JSON escapes.

Exit codes: 0 success, 1 API error (any ``TalonError`` from the call: message and status on stderr),
2 usage error (bad flags, bad ``--item``/``--attribute``/date syntax, ``ConfigurationError``,
``InvalidInputError``), 141 when stdout (or stderr) was closed before the output was written, as by
``| head``: like ``cat`` or ``grep`` ended by SIGPIPE (128 + 13), quietly and without a traceback. The call
itself was made. Credentials are never printed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import httpx

from ._common import EXIT_BROKEN_PIPE, EXIT_USAGE, err
from ._parser import build_parser
from ._run import call
from ._sandbox import serve_sandbox

__all__ = ["build_parser", "main", "run"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line: the ``talon-integration`` entry point.

    Args:
        argv: The arguments after the program name (default: ``sys.argv[1:]``).

    Returns:
        The exit code: 0 success, 1 API error, 2 usage error, 141 output closed early (``| head``).

    Example:
        ```python
        from talon_integration import cli

        raise SystemExit(cli.main(["get-reserved-coupons", "user-42", "--format", "table"]))
        ```
    """
    return run(argv)


def run(argv: Sequence[str] | None = None, *, transport: httpx.BaseTransport | None = None) -> int:
    """``main`` with an optional httpx transport for the API subcommands (tests, or a mock service).

    Args:
        argv: The arguments after the program name (default: ``sys.argv[1:]``).
        transport: The ``httpx`` transport of the client the API subcommands build (e.g.
            ``httpx.MockTransport``); ``sandbox`` and ``demo`` ignore it.

    Returns:
        The exit code, as ``main``. Nothing is raised: errors are messages on stderr.
    """
    try:
        return _dispatch(argv, transport)
    except BrokenPipeError:
        # The reader went away (`| head`): say nothing more, and let no later flush of the closed stream print
        # a traceback at exit (the redirection Python's documentation recommends). The exit code of a tool
        # that SIGPIPE ended.
        _drop_closed_streams()
        return EXIT_BROKEN_PIPE


def _drop_closed_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            fd = stream.fileno()
        except (AttributeError, OSError, ValueError):  # not a file (a test's capture): nothing to redirect
            continue
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)


def _dispatch(argv: Sequence[str] | None, transport: httpx.BaseTransport | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "demo":
            from .._demo import run_demo

            return run_demo()
        if args.command == "sandbox":
            return serve_sandbox(args)
        return call(args, args.api_command, transport)
    except KeyboardInterrupt:
        err("interrupted")
        return 130
