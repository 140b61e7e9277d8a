"""Running one API subcommand: the client from the options, the call, its errors as exit codes, the output."""

from __future__ import annotations

import argparse
import logging
import re
import sys
import warnings

import httpx

from .._client import IntegrationClient
from .._display import dump_json, printable, render_table, to_json
from .._logging import logger
from .._problems import describe, response_problems
from .._settings import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ..errors import APIConnectionError, ConfigurationError, InvalidInputError, TalonError
from ._common import EXIT_API_ERROR, EXIT_OK, EXIT_USAGE, err
from ._parser import Command, flag, option

_CONFIG_HINT = (
    "hint: pass --base-url and --api-key (or --application-id and --application-key), "
    "or set TALON_BASE_URL and TALON_API_KEY"
)


# The client's configuration errors name its arguments (``base_url is missing: pass base_url=... or set
# TALON_BASE_URL``); on the command line they are flags (``--base-url is missing: pass --base-url ... or ...``).
_CONFIG_NAMES = re.compile(r"\b(base_url|api_key|application_id|application_key)\b(=)?")


def _config_flag(match: re.Match[str]) -> str:
    return flag(match.group(1)) + (" " if match.group(2) else "")


def _input_message(command: Command, exc: InvalidInputError) -> str:
    """An input error naming the argument as the command line does (``--expiry-date must carry a timezone``)."""
    message = str(exc)
    name = exc.parameter
    if not name or not message.startswith(name + " "):
        return message
    head, rest = re.match(r"([^.\[]*)(.*)", name).groups()  # type: ignore[union-attr] # always matches
    for param in command.operation.parameters:
        if param.name == head:
            return f"{option(param)}{rest}{message[len(name) :]}"
    return message


def call(args: argparse.Namespace, command: Command, transport: httpx.BaseTransport | None) -> int:
    """Run ``command``: a client from the options, the call, the result on stdout; the exit code.

    Errors are messages on stderr: 2 for what the user can fix in the command line, 1 for the API's.
    """
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
        err(_CONFIG_NAMES.sub(_config_flag, str(exc)))
        print(_CONFIG_HINT, file=sys.stderr)
        return EXIT_USAGE
    quiet = logging.NullHandler()  # the warning below says it once: no second line from logging's last resort
    logger.addHandler(quiet)
    with client:
        try:
            with warnings.catch_warnings():
                # A deprecated operation (openapi.yaml: deprecated: true) says so, and names its successor, in its
                # --help (the spec's description); its DeprecationWarning is for code, never a traceback here,
                # whatever the interpreter's warning filters say (-W error).
                warnings.simplefilter("ignore", DeprecationWarning)
                result = command.call(client, args)
        except InvalidInputError as exc:
            err(_input_message(command, exc))
            return EXIT_USAGE
        except APIConnectionError as exc:
            err(f"{exc} ({client.base_url})")
            return EXIT_API_ERROR
        except TalonError as exc:
            err(str(exc))
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
