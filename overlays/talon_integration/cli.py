"""``talon-integration``: the nine operations, a local sandbox and a scripted demo from the shell.

```
talon-integration update-customer-session sess-1 --profile-id user-42 --coupon XMAS-2026 \\
    --item sku=shoe-1,name="Red shoe",quantity=1,price=49.9 --format table
talon-integration sandbox --port 9000          # a local Talon.One on 127.0.0.1
talon-integration demo                         # a scripted checkout against an embedded sandbox
```

One subcommand per operation (dashes for underscores); path parameters are positional, the other
flags mirror the method's keywords. Configuration comes from ``--base-url``, ``--api-key`` (or
``--application-id`` + ``--application-key``), else the ``TALON_*`` env vars the client reads itself.
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

import argparse
import json
import logging
import math
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import httpx

from talon_integration_generated.api import OPERATIONS
from talon_integration_generated.types import Model, Operation, Parameter

from ._client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, IntegrationClient
from ._display import dump_json, printable, render_table, to_json
from ._logging import logger
from ._problems import describe, response_problems
from ._version import __version__
from .errors import APIConnectionError, ConfigurationError, InvalidInputError, TalonError

__all__ = ["build_parser", "main", "run"]

PROG = "talon-integration"
EXIT_OK, EXIT_API_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE  # 141: what a shell reports for a tool that SIGPIPE ended (cat, yes)
_CONFIG_HINT = (
    "hint: pass --base-url and --api-key (or --application-id and --application-key), "
    "or set TALON_BASE_URL and TALON_API_KEY"
)
# ---- argument types (each raises ArgumentTypeError: argparse turns it into exit code 2) -----------


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_attribute(text: str) -> tuple[str, Any]:
    """``KEY=VALUE``; the value is JSON if it parses (``5``, ``true``, ``[1,2]``), else the text itself."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, _json_or_text(value)


def parse_json_object(text: str) -> dict[str, Any]:
    """A JSON object such as ``{"Name": "Ada"}``."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


def _item_parser(model: type[Model]) -> Callable[[str], dict[str, Any]]:
    """The parser of one ``--<item>`` value for a list of ``model``: a JSON object, or ``key=value`` pairs
    separated by commas (``sku=shoe-1,name=Shoe,quantity=1,price=49.9``), each value of the field's kind."""
    fields = {f.name: f for f in model.FIELDS}

    def parse(text: str) -> dict[str, Any]:
        if text.lstrip().startswith("{"):
            return parse_json_object(text)
        item: dict[str, Any] = {}
        for part in text.split(","):
            key, sep, value = part.partition("=")
            key = key.strip()
            if not sep or not key:
                raise argparse.ArgumentTypeError(
                    f"expected KEY=VALUE pairs separated by commas, got {part!r} in {text!r}"
                )
            field = fields.get(key)
            if field is None:
                raise argparse.ArgumentTypeError(f"unknown {model.__name__} key {key!r}; use {', '.join(fields)}")
            if key in item:
                raise argparse.ArgumentTypeError(f"{model.__name__} key {key!r} given twice in {text!r}")
            item[key] = _typed(field.kind, key, value)
        missing = [f.name for f in model.FIELDS if f.required and f.name not in item]
        if missing:
            raise argparse.ArgumentTypeError(f"{model.__name__} {text!r} lacks {', '.join(missing)}")
        return item

    return parse


def _typed(kind: str, key: str, value: str) -> Any:
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
    except ValueError:
        what = "an integer" if kind == "int" else "a number"
        raise argparse.ArgumentTypeError(f"{key} must be {what}, got {value!r}") from None
    if kind == "bool":
        if value.lower() not in ("true", "false"):
            raise argparse.ArgumentTypeError(f"{key} must be true or false, got {value!r}")
        return value.lower() == "true"
    if kind in ("object", "model", "map", "list", "any"):
        return _json_or_text(value)
    return value


def _positive_seconds(text: str) -> float:
    """``--timeout``: a finite number of seconds above 0 (argparse names the flag in its error)."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text!r}")
    return seconds


def _retries(text: str) -> int:
    """``--max-retries``: an integer >= 0 (argparse names the flag in its error)."""
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"must be an integer >= 0, got {text!r}")
    return count


# ---- the parser ------------------------------------------------------------------------------------


def _global_options(*, top_level: bool) -> argparse.ArgumentParser:
    """Options valid before or after the subcommand. Subcommands SUPPRESS defaults so neither place wins by default."""

    def default(value: Any) -> Any:
        return value if top_level else argparse.SUPPRESS

    parent = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    group = parent.add_argument_group("global options (before or after the command)")
    group.add_argument("--format", choices=("json", "table"), default=default("json"),
                       help="output: json (default, for scripts) or table (for people)")  # fmt: skip
    group.add_argument("--base-url", default=default(None), metavar="URL",
                       help="e.g. https://mycompany.talon.one (default: $TALON_BASE_URL)")  # fmt: skip
    group.add_argument("--api-key", default=default(None), metavar="KEY",
                       help="API key, sent as 'ApiKey-v1 <key>' (default: $TALON_API_KEY)")  # fmt: skip
    group.add_argument("--application-id", default=default(None), metavar="ID",
                       help="for HMAC signing, with --application-key (default: $TALON_APPLICATION_ID)")  # fmt: skip
    group.add_argument("--application-key", default=default(None), metavar="HEX",
                       help="hex Application key for HMAC signing (default: $TALON_APPLICATION_KEY)")  # fmt: skip
    group.add_argument("--timeout", type=_positive_seconds, default=default(None), metavar="SECONDS",
                       help=f"per request (default: {DEFAULT_TIMEOUT.read:g} s, "
                            f"{DEFAULT_TIMEOUT.connect:g} s to connect)")  # fmt: skip
    group.add_argument("--max-retries", type=_retries, default=default(None), metavar="N",
                       help=f"retries of failed requests (default: {DEFAULT_MAX_RETRIES})")  # fmt: skip
    return parent


# Older spellings of a few flags, kept so that existing scripts go on working.
_FLAG_ALIASES: dict[str, tuple[str, ...]] = {
    "cart_items": ("--item",),
    "advocate_profile_integration_id": ("--advocate",),
    "friend_profile_integration_id": ("--friend",),
}


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and len(name) > 1 else name


def _option(param: Parameter) -> str:
    """What the command line calls a parameter: its flag (``--expiry-date``, ``--cart-item`` for a list), or for a
    path parameter its positional argument (``CUSTOMER_SESSION_ID``)."""
    if param.location == "path":
        return param.name.upper()
    return _flag(_singular(param.name) if param.kind == "list" else param.name)


def _add_parameter(p: argparse.ArgumentParser, param: Parameter) -> None:
    """One operation parameter as argparse arguments, from its kind in the operation table."""
    help_text = param.description or param.name.replace("_", " ")
    if param.location == "path":
        p.add_argument(param.name, metavar=_option(param), help=help_text)
        return
    flags = [_option(param), *_FLAG_ALIASES.get(param.name, ())]
    kind = param.kind
    common: dict[str, Any] = {"dest": param.name, "help": help_text}
    if kind == "list":
        item = _singular(param.name)
        flags = [_option(param), *(f for f in flags[1:]), *([_flag(param.name)] if item != param.name else [])]
        if param.item_kind == "model" and param.model is not None:
            p.add_argument(*flags, action="append", type=_item_parser(param.model), metavar="KEY=VALUE,..|JSON",
                           required=param.required,
                           **{**common, "help": f"{help_text} Repeatable, one per entry."})  # fmt: skip
        else:
            convert = _scalar_type(param.item_kind or "str")
            p.add_argument(*flags, action="append", type=convert, required=param.required, metavar="VALUE",
                           **{**common, "help": f"{help_text} Repeatable, one per entry."})  # fmt: skip
    elif kind == "object":
        p.add_argument(*flags, type=parse_json_object, metavar="JSON", **common)
        if param.name.endswith("s"):  # attributes: also --attribute KEY=VALUE, repeatable, merged over the JSON
            p.add_argument(_flag(_singular(param.name)), action="append", type=parse_attribute, metavar="KEY=VALUE",
                           dest=f"{param.name}__entries",
                           help="one entry, repeatable; VALUE is JSON if it parses (5, true), else text")  # fmt: skip
    elif kind in ("model", "map"):
        p.add_argument(*flags, type=parse_json_object, metavar="JSON", required=param.required, **common)
    elif kind == "enum":
        p.add_argument(*flags, choices=param.choices, required=param.required, **common)
    elif kind == "bool":
        p.add_argument(*flags, action=argparse.BooleanOptionalAction, default=None, **common)
    else:  # str, int, float, datetime, date: dates are parsed by the client, with its own rules
        metavar = "DATE" if kind in ("datetime", "date") else None
        p.add_argument(*flags, type=_scalar_type(kind), required=param.required, metavar=metavar, **common)


def _scalar_type(kind: str) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        return _typed(kind, "value", text)

    convert.__name__ = {"int": "integer", "float": "number"}.get(kind, "text")
    return convert


def _arguments(operation: Operation[Any], args: argparse.Namespace) -> tuple[list[Any], dict[str, Any]]:
    """The positional and keyword arguments of the client method, from the parsed command line."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in operation.parameters:
        value = getattr(args, param.name, None)
        if param.location == "path":
            positional.append(value)
            continue
        entries = getattr(args, f"{param.name}__entries", None)
        if entries is not None:
            value = {**(value or {}), **dict(entries)}
        if value is not None:
            keywords[param.name] = value
    return positional, keywords


@attrs.frozen
class _Command:
    """One API subcommand: the operation it calls (with one parameter fixed, for the conveniences)."""

    name: str
    help: str
    operation: Operation[Any]
    method: str
    skip: frozenset[str] = frozenset()

    def add_arguments(self, p: argparse.ArgumentParser) -> None:
        for param in self.operation.parameters:
            if param.name not in self.skip:
                _add_parameter(p, param)

    def call(self, client: IntegrationClient, args: argparse.Namespace) -> Any:
        positional, keywords = _arguments(self.operation, args)
        return getattr(client, self.method)(*positional, **keywords)


def _commands() -> tuple[_Command, ...]:
    """One subcommand per operation of the table, plus close/cancel (update_customer_session with a state)."""
    commands = []
    for operation in OPERATIONS:
        summary = operation.summary or operation.operation_id
        commands.append(_Command(operation.name.replace("_", "-"), summary[:1].lower() + summary[1:], operation,
                                 operation.name))  # fmt: skip
        if operation.name == "update_customer_session":
            commands += [
                _Command("close-customer-session", "close a session: the purchase is done, coupons are redeemed",
                         operation, "close_customer_session", frozenset({"state"})),
                _Command("cancel-customer-session", "cancel a session (open, or a closed purchase being undone)",
                         operation, "cancel_customer_session", frozenset({"state"})),
            ]  # fmt: skip
    return tuple(commands)


_EPILOG = f"""\
examples:
  {PROG} demo
  {PROG} sandbox --port 9000
  export TALON_BASE_URL=http://127.0.0.1:9000 TALON_API_KEY=sandbox-key
  {PROG} update-customer-session sess-1 --profile-id user-1 --coupon XMAS-2026 \\
      --item sku=shoe-1,name=Shoe,quantity=1,price=49.9 --format table
  {PROG} get-reserved-coupons user-1 --format table

output: JSON by default (an IntegrationState also gets an "effects" list of typed effects;
operations without a result print {{"ok": true}}); --format table for people.
exit codes: 0 success, 1 API error (message and status on stderr), 2 usage error,
141 output closed early (e.g. by | head)."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (global options, one subcommand per operation, ``sandbox``, ``demo``)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Talon.One v1 Integration API from the command line, a local sandbox and a demo.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_global_options(top_level=True)],
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    command_parent = _global_options(top_level=False)
    for command in _commands():
        description = command.help[:1].upper() + command.help[1:] + "."
        if command.operation.description and command.method == command.operation.name:
            description += "\n\n" + command.operation.description
        p = sub.add_parser(command.name, help=command.help, description=description,
                           parents=[command_parent], allow_abbrev=False)  # fmt: skip
        command.add_arguments(p)
        p.set_defaults(api_command=command)
    p = sub.add_parser(
        "sandbox",
        help="serve a seeded local sandbox on 127.0.0.1 until Ctrl-C",
        description="Serve an in-memory Talon.One (seeded with demo campaigns) over HTTP until Ctrl-C or SIGTERM. "
        "The credentials given here are the ones the sandbox accepts (default API key: sandbox-key).",
        allow_abbrev=False,
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=9000, help="port (default: 9000; 0 picks a free one)")
    p.add_argument("--quiet", action="store_true", help="no access log on stderr")
    creds = p.add_argument_group("credentials the sandbox accepts (the TALON_* env vars are not read)")
    creds.add_argument("--api-key", default=argparse.SUPPRESS, metavar="KEY", help="API key (default: sandbox-key)")
    creds.add_argument("--application-id", default=argparse.SUPPRESS, metavar="ID",
                       help="also accept HMAC-signed requests of this Application ID...")  # fmt: skip
    creds.add_argument("--application-key", default=argparse.SUPPRESS, metavar="HEX",
                       help="...signed with this hex Application key")  # fmt: skip
    sub.add_parser(
        "demo",
        help="a scripted checkout against an embedded sandbox, printing each step and its effects",
        description="Start the sandbox on a free loopback port and run a scripted checkout through the real "
        "client over HTTP: profile, coupon accepted and rejected, reservation, event, referral, close, delete.",
        allow_abbrev=False,
    )
    return parser


# ---- running ---------------------------------------------------------------------------------------


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
        return _run(argv, transport)
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


def _run(argv: Sequence[str] | None, transport: httpx.BaseTransport | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.command == "demo":
            from ._demo import run_demo

            return run_demo()
        if args.command == "sandbox":
            return _serve_sandbox(args)
        return _call(args, args.api_command, transport)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


# The client's configuration errors name its arguments (``base_url is missing: pass base_url=... or set
# TALON_BASE_URL``); on the command line they are flags (``--base-url is missing: pass --base-url ... or ...``).
_CONFIG_NAMES = re.compile(r"\b(base_url|api_key|application_id|application_key)\b(=)?")


def _config_flag(match: re.Match[str]) -> str:
    return _flag(match.group(1)) + (" " if match.group(2) else "")


def _input_message(command: _Command, exc: InvalidInputError) -> str:
    """An input error naming the argument as the command line does (``--expiry-date must carry a timezone``)."""
    message = str(exc)
    name = exc.parameter
    if not name or not message.startswith(name + " "):
        return message
    head, rest = re.match(r"([^.\[]*)(.*)", name).groups()  # type: ignore[union-attr] # always matches
    for param in command.operation.parameters:
        if param.name == head:
            return f"{_option(param)}{rest}{message[len(name) :]}"
    return message


def _err(message: str) -> None:
    print(f"error: {printable(message)}", file=sys.stderr, flush=True)


def _call(args: argparse.Namespace, command: _Command, transport: httpx.BaseTransport | None) -> int:
    try:
        client = IntegrationClient(
            args.base_url,
            api_key=args.api_key,
            application_id=args.application_id,
            application_key=args.application_key,
            timeout=DEFAULT_TIMEOUT if args.timeout is None else args.timeout,
            max_retries=DEFAULT_MAX_RETRIES if args.max_retries is None else args.max_retries,
            transport=transport,
        )
    except ConfigurationError as exc:  # the base URL or the credentials: --timeout/--max-retries are checked above
        _err(_CONFIG_NAMES.sub(_config_flag, str(exc)))
        print(_CONFIG_HINT, file=sys.stderr)
        return EXIT_USAGE
    quiet = logging.NullHandler()  # the warning below says it once: no second line from logging's last resort
    logger.addHandler(quiet)
    with client:
        try:
            result = command.call(client, args)
        except InvalidInputError as exc:
            _err(_input_message(command, exc))
            return EXIT_USAGE
        except APIConnectionError as exc:
            _err(f"{exc} ({client.base_url})")
            return EXIT_API_ERROR
        except TalonError as exc:
            _err(str(exc))
            return EXIT_API_ERROR
        finally:
            logger.removeHandler(quiet)
    problems = response_problems(result)
    if problems:  # the result is printed all the same, as the service sent it
        places = f"{len(problems)} place{'s' if len(problems) != 1 else ''}"
        listed = printable(describe(problems, messages=True))
        print(f"warning: the answer does not match the spec at {places} (kept as sent): {listed}", file=sys.stderr)
    if args.format == "table":
        print("\n".join(render_table(result, done=command.help)))
    else:
        print(dump_json(to_json(result)))
    sys.stdout.flush()  # here, where a closed stdout is handled; not at exit
    return EXIT_OK


# ---- sandbox ---------------------------------------------------------------------------------------


def _serve_sandbox(args: argparse.Namespace) -> int:
    """Serve a seeded sandbox until SIGINT/SIGTERM; exit 0 after a clean shutdown."""
    from .testing import Sandbox

    api_key = getattr(args, "api_key", None) or "sandbox-key"
    application_id, application_key = getattr(args, "application_id", None), getattr(args, "application_key", None)
    if (application_id is None) != (application_key is None):
        _err("--application-id and --application-key go together")
        return EXIT_USAGE
    if application_id is not None and not str(application_id).isdigit():
        _err("--application-id must be a positive integer")
        return EXIT_USAGE
    try:
        sandbox = Sandbox(
            api_key=api_key,
            application_id=None if application_id is None else int(application_id),
            application_key=application_key,
        )
    except ValueError as exc:  # InvalidInputError (a bad hex key) is a ValueError too
        _err(f"sandbox: {exc}")
        return EXIT_USAGE
    seed = sandbox.seed_demo()
    try:
        server = sandbox.serve(args.host, args.port, log=None if args.quiet else _access_log)
    except OSError as exc:
        _err(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return EXIT_API_ERROR
    if not server.loopback and api_key == "sandbox-key":
        # The default key is printed in every README: beyond loopback, anyone who can reach the port is in.
        print(f"warning: the sandbox listens on {server.host}, beyond this machine, and accepts the default API "
              f"key 'sandbox-key', which anyone can guess; pass --api-key <key of your own>, or --host 127.0.0.1",
              file=sys.stderr, flush=True)  # fmt: skip
    stop = threading.Event()
    previous = _install_stop_handlers(stop)
    try:
        print("\n".join(_sandbox_banner(server.url, seed, api_key=api_key, hmac_id=application_id)), flush=True)
        while not stop.wait(0.1):
            pass
    finally:
        server.shutdown()
        _restore_handlers(previous)
    print("sandbox stopped", flush=True)
    return EXIT_OK


def _access_log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _sandbox_banner(url: str, seed: Any, *, api_key: str, hmac_id: str | None) -> list[str]:
    """How to point a client at the served sandbox, and what it was seeded with."""
    # The sandbox's own key is printed on purpose: a local stand-in the user chose, not a real secret.
    coupons = ", ".join(seed.coupons)
    lines = [
        f"Talon.One sandbox listening on {url} (Ctrl-C to stop)",
        "",
        "Point a client at it:",
        f"  export TALON_BASE_URL={url} TALON_API_KEY={api_key}",
    ]
    if hmac_id is not None:
        lines.append(f"  or sign with HMAC: TALON_APPLICATION_ID={hmac_id} and the --application-key given")
    return [
        *lines,
        "",
        "Seeded:",
        f"  coupon campaign {seed.coupon_campaign_id}: coupons {coupons}",
        f"  referral campaign {seed.referral_campaign_id}: "
        f"{PROG} create-referral --campaign-id {seed.referral_campaign_id} --advocate user-1",
        "",
        "Try:",
        f"  {PROG} update-customer-session sess-1 --profile-id user-1 --coupon {seed.coupons[0]} \\",
        "      --item sku=shoe-1,name=Shoe,quantity=1,price=49.9 --format table",
    ]


_Handler = Callable[[int, Any], Any] | int | None


def _install_stop_handlers(stop: threading.Event) -> dict[int, _Handler]:
    """SIGINT and SIGTERM set ``stop`` (main thread only; elsewhere Ctrl-C raises KeyboardInterrupt as usual)."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    previous: dict[int, _Handler] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, lambda _signum, _frame: stop.set())
    return previous


def _restore_handlers(previous: dict[int, _Handler]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


if __name__ == "__main__":
    raise SystemExit(main())
