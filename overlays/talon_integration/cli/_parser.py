"""The argument parser, built from the generated operation table: one subcommand per operation.

Each parameter's flag, type and help come from its entry in the table (kind, location, description), so a new
operation or parameter in ``openapi.yaml`` reaches the command line through ``make generate`` alone.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from typing import Any

import attrs

from talon_integration_generated.api import OPERATIONS
from talon_integration_generated.types import Model, Operation, Parameter

from .._client import IntegrationClient
from .._settings import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._version import __version__
from ._common import PROG
from ._sandbox import add_sandbox_parser

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


def python_names(model: type[Model], data: Any) -> Any:
    """A JSON object for ``model`` with the service's field names (``cartItems``, as the CLI prints its answers)
    renamed to the Python ones the client takes (``cart_items``), nested models included; other keys are left as
    they are, for the client to judge. A field given under both names is refused."""
    if not isinstance(data, dict):
        return data
    fields = {f.wire: f for f in model.FIELDS} | {f.name: f for f in model.FIELDS}
    out: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    for key, value in data.items():
        field = fields.get(key)
        name = key if field is None else field.name
        if name in out:
            raise argparse.ArgumentTypeError(
                f"{model.__name__} field {name!r} given twice: {given_as[name]!r}, {key!r}"
            )
        given_as[name] = key
        if field is not None and field.model is not None:
            if field.kind == "list" and isinstance(value, list):
                value = [python_names(field.model, item) for item in value]
            elif field.kind == "map" and isinstance(value, dict):
                value = {k: python_names(field.model, item) for k, item in value.items()}
            elif field.kind == "model":
                value = python_names(field.model, value)
        out[name] = value
    return out


def _model_json(model: type[Model]) -> Callable[[str], Any]:
    """The parser of a JSON object for ``model``, in the service's field names or the Python ones."""

    def parse(text: str) -> Any:
        return python_names(model, parse_json_object(text))

    parse.__name__ = "JSON object"
    return parse


def _item_parser(model: type[Model]) -> Callable[[str], dict[str, Any]]:
    """The parser of one ``--<item>`` value for a list of ``model``: a JSON object, or ``key=value`` pairs
    separated by commas (``sku=shoe-1,name=Shoe,quantity=1,price=49.9``), each value of the field's kind."""
    fields = {f.name: f for f in model.FIELDS}

    def parse(text: str) -> dict[str, Any]:
        if text.lstrip().startswith("{"):
            item_json: dict[str, Any] = python_names(model, parse_json_object(text))
            return item_json
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


def flag(name: str) -> str:
    """The command line's spelling of a keyword: ``expiry_date`` is ``--expiry-date``, ``return_`` (a keyword
    renamed from a Python word) is ``--return``."""
    return "--" + name.rstrip("_").replace("_", "-")


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and len(name) > 1 else name


def option(param: Parameter) -> str:
    """What the command line calls a parameter: its flag (``--expiry-date``, ``--cart-item`` for a list), or for a
    path parameter its positional argument (``CUSTOMER_SESSION_ID``)."""
    if param.location == "path":
        return param.name.upper()
    return flag(_singular(param.name) if param.kind == "list" else param.name)


def _add_parameter(p: argparse.ArgumentParser, param: Parameter) -> None:
    """One operation parameter as argparse arguments, from its kind in the operation table."""
    help_text = param.description or param.name.replace("_", " ")
    if param.location == "path":
        p.add_argument(param.name, metavar=option(param), type=_scalar_type(param.kind), help=help_text)
        return
    flags = [option(param), *_FLAG_ALIASES.get(param.name, ())]
    kind = param.kind
    common: dict[str, Any] = {"dest": param.name, "help": help_text}
    if kind == "list":
        item = _singular(param.name)
        flags = [option(param), *(f for f in flags[1:]), *([flag(param.name)] if item != param.name else [])]
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
            p.add_argument(flag(_singular(param.name)), action="append", type=parse_attribute, metavar="KEY=VALUE",
                           dest=f"{param.name}__entries",
                           help="one entry, repeatable; VALUE is JSON if it parses (5, true), else text")  # fmt: skip
    elif kind == "model" and param.model is not None:
        p.add_argument(*flags, type=_model_json(param.model), metavar="JSON", required=param.required, **common)
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
class Command:
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


def commands() -> tuple[Command, ...]:
    """One subcommand per operation of the table, plus close/cancel (update_customer_session with a state)."""
    commands = []
    for operation in OPERATIONS:
        summary = operation.summary or operation.operation_id
        commands.append(Command(operation.name.replace("_", "-"), summary[:1].lower() + summary[1:], operation,
                                 operation.name))  # fmt: skip
        if operation.name == "update_customer_session":
            commands += [
                Command("close-customer-session", "close a session: the purchase is done, coupons are redeemed",
                         operation, "close_customer_session", frozenset({"state"})),
                Command("cancel-customer-session", "cancel a session (open, or a closed purchase being undone)",
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
    for command in commands():
        description = command.help[:1].upper() + command.help[1:] + "."
        if command.operation.description and command.method == command.operation.name:
            description += "\n\n" + command.operation.description
        p = sub.add_parser(command.name, help=command.help, description=description,
                           parents=[command_parent], allow_abbrev=False)  # fmt: skip
        command.add_arguments(p)
        p.set_defaults(api_command=command)
    add_sandbox_parser(sub)
    sub.add_parser(
        "demo",
        help="a scripted v2 checkout against an embedded sandbox, printing each step and its effects",
        description="Start the sandbox on a free loopback port and run a scripted v2 checkout through the real "
        "client over HTTP: profile, a cart with a coupon (accepted, discounted), close (loyalty points earned, "
        "the balance read), return an item (discount and points rolled back, the balance again).",
        allow_abbrev=False,
    )
    return parser
