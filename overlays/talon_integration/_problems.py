"""What did not match the spec in an answer the client accepted: ``ResponseProblem`` and ``response_problems``.

A success answer is never thrown away because of one field (README: "When an answer does not match the spec"):
the client runs the fast generated parser first; only when it refuses the body does the tolerant parser of the
generated layer (``types.parse_tolerant``) build the result, listing each mismatch. This module turns that list
into the public records; the client logs them (one WARNING per call) or, when strict, raises with them.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from talon_integration_generated import types as _t

__all__ = ["ResponseProblem", "describe", "parse_tolerant", "response_problems"]

# How many pointers one log record or exception message names (all of them are in the problems).
_NAMED = 20


@attrs.frozen
class ResponseProblem:
    """One place where an answer did not match the spec: ``pointer`` is a JSON pointer from the body's root
    (``/loyalty/programs/7/id``), ``message`` what was expected there (``required field is missing``,
    ``expected an integer, got str``). Neither holds a value of the answer."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.message}"


def response_problems(result: object) -> tuple[ResponseProblem, ...]:
    """Every place where the answer behind ``result`` did not match the spec; empty for a conforming answer.

    ``result`` is what a client method (or ``RawResponse.parse()``) returned. Fields at those places are ``None``
    on the models (lists and maps keep their matching items); what the service sent there is kept, so that
    ``result.to_dict()`` gives the answer back as it came.

    Example:
        ```python
        state = client.update_customer_session("sess-1", coupon="XMAS-2026")
        for problem in talon_integration.response_problems(state):
            log.warning("Talon.One answer: %s", problem)  # e.g. /loyalty/programs/7/id: required field is missing
        ```
    """
    problems: tuple[ResponseProblem, ...] = getattr(result, "_problems", ())
    return problems


def _printable(pointer: str) -> str:
    """A pointer for a log line or a message: map keys come from the service, so no control character passes."""
    return pointer if pointer.isprintable() and pointer.isascii() else ascii(pointer)[1:-1]


def parse_tolerant(cls: type[_t.Model], content: bytes) -> tuple[Any, tuple[ResponseProblem, ...]]:
    """A success body that the fast parser refused, decoded again (that decode was consumed in part) and built
    tolerantly: the result, with its problems also set for ``response_problems``. Raises ``ValueError`` or
    ``RecursionError`` only where ``json.loads`` of the same bytes did not: never, in practice."""
    found: list[tuple[str, str]] = []
    result = _t.parse_tolerant(cls, json.loads(content), found)
    problems = tuple(ResponseProblem(pointer, message) for pointer, message in found)
    result._problems = problems
    return result, problems


def describe(problems: tuple[ResponseProblem, ...], *, messages: bool) -> str:
    """The first pointers (with what was expected, if ``messages``) for a log line or an exception message."""
    named = [f"{_printable(p.pointer)}: {p.message}" if messages else _printable(p.pointer)
             for p in problems[:_NAMED]]  # fmt: skip
    more = len(problems) - len(named)
    return ("; " if messages else ", ").join(named) + (f" and {more} more" if more > 0 else "")
