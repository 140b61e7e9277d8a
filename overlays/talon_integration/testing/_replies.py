"""What the sandbox answers with, at every layer: ``Reply``, JSON bodies and ``ErrorResponse`` bodies.

Error bodies are the generated ``ErrorResponse`` model, filled and ``to_dict()``-ed:
``{"message": ..., "errors": [{"title", "details", "source": {"pointer" | "parameter"}}], "StatusCode": n}``.
``Refused`` is the exception the request checks and the rules raise for one; the dispatcher turns it
into the answer. Nothing here keeps state or imports another module of the sandbox.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from talon_integration_generated.models import ErrorItem, ErrorResponse, ErrorSource
from talon_integration_generated.types import Model

__all__ = ["Refused", "Reply", "error_body", "json_reply", "not_found", "phrase", "pointer", "problem", "refuse"]

Reply = tuple[int, list[tuple[str, str]], bytes]
"""An answer: status, response headers, body bytes (what ``Sandbox.handle`` and the refusals return)."""


def phrase(status: int) -> str:
    """The reason phrase of a status (``"Service Unavailable"``), ``"Error"`` for one HTTP does not name."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem(title: str, details: str, *, pointer: str | None = None, parameter: str | None = None) -> ErrorItem:
    """One item of ``errors``: its source is a JSON ``pointer`` into the body, or else a ``parameter``."""
    source = ErrorSource(pointer=pointer) if pointer is not None else ErrorSource(parameter=parameter or "")
    return ErrorItem(title=title, details=details, source=source)


def error_body(status: int, message: str, errors: Sequence[ErrorItem] = ()) -> dict[str, Any]:
    """The JSON of an ``ErrorResponse`` (``errors`` left out when there are none)."""
    return ErrorResponse(message=message, errors=list(errors) or None, status_code=status).to_dict()


def json_reply(
    status: int, payload: dict[str, Any] | None, request_id: str, extra: Sequence[tuple[str, str]] = ()
) -> Reply:
    """An answer with ``x-request-id``, the ``extra`` headers and, unless ``payload`` is None, a JSON body."""
    headers = [("x-request-id", request_id), *extra]
    if payload is None:
        return status, headers, b""
    content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    headers.append(("Content-Type", "application/json"))
    return status, headers, content


class Refused(Exception):
    """An error answer: raised anywhere in a request check or a rule, answered as an ``ErrorResponse``."""

    def __init__(self, status: int, message: str, errors: Sequence[ErrorItem] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = list(errors)
        self.headers: list[tuple[str, str]] = []


def refuse(
    message: str, details: str, *, pointer: str | None = None, parameter: str | None = None, status: int = 400
) -> Refused:
    """An error answer with one problem: a JSON ``pointer`` into the body, or a ``parameter``."""
    title = HTTPStatus(status).phrase if status != 400 else "Invalid value"
    return Refused(status, message, [problem(title, details, pointer=pointer, parameter=parameter)])


def not_found(what: str, parameter: str, value: str) -> Refused:
    """The 404 for a ``what`` (``"Coupon"``) named by a path ``parameter`` that does not exist."""
    return refuse(f"{what} not found", f"No {what.lower()} {value!r} exists", parameter=parameter, status=404)


def pointer(model: type[Model], name: str) -> str:
    """The JSON pointer of the field ``name`` (its Python name) of a body of ``model``: ``/profileId``.

    From the generated ``FIELDS``, so that the error answers name the wire name the spec gives.
    """
    for field in model.FIELDS:
        if field.name == name:
            return "/" + field.wire.replace("~", "~0").replace("/", "~1")
    raise KeyError(f"{model.__name__} has no field {name!r}")
