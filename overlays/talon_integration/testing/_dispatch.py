"""From a request to an answer: routing on the generated operation table, auth, body validation, the rule.

``Dispatcher`` is the sandbox's one request handler: ``dispatch(method, raw_path, headers, body) -> Reply``.
It matches the request to an operation of ``talon_integration_generated.api.OPERATIONS`` (404, or 405 with
``Allow``), checks the credentials as the service does (``Credentials``), parses the body with the
operation's generated request model (the same checks the client makes before sending; a 400 naming the
field otherwise), runs the operation's rule of ``_rulebook.RULES`` under the sandbox's lock and writes its
answer with ``to_dict()``. An operation of the spec with no rule answers 501 naming it. No I/O, no
recording, no faults: those belong to the adapters and the ``Sandbox``.
"""

from __future__ import annotations

import datetime as _dt
import hmac
import json
import math
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from dateutil.parser import isoparse

from talon_integration_generated.api import BY_OPERATION_ID, OPERATIONS
from talon_integration_generated.types import InputError, Model, Operation, SchemaError

from ..auth import content_signature, parse_application_key
from ._replies import Refused, Reply, error_body, json_reply, problem, refuse
from ._rulebook import RULES
from ._rules import Call, Rule
from ._state import SandboxState

__all__ = ["Credentials", "Dispatcher", "parsed_body", "route"]


# ---- auth --------------------------------------------------------------------------------------------


class Credentials:
    """What a sandbox accepts: an API key (``Authorization: ApiKey-v1 <key>``) and/or one Application's HMAC
    signatures (``Content-Signature``); with neither, any request is let in."""

    def __init__(self, api_key: str | None, application_id: int | None, application_key: str | None) -> None:
        self.api_key = api_key
        self.application_id = application_id
        self.application_key = application_key
        self.hmac_key = parse_application_key(application_key) if application_key is not None else None

    def check(self, headers: Mapping[str, str], body: bytes) -> None:
        """Raise the 401 (or the signature's 400) unless the request carries accepted credentials.

        ``headers`` have lower-case names.
        """
        if self.api_key is None and self.hmac_key is None:
            return
        authorization = headers.get("authorization")
        if self.api_key is not None and authorization is not None:
            scheme, _, key = authorization.partition(" ")
            if scheme == "ApiKey-v1" and hmac.compare_digest(key.strip().encode(), self.api_key.encode()):
                return
        signature_header = headers.get("content-signature")
        if self.hmac_key is not None and signature_header is not None:
            parts = dict(part.strip().partition("=")[::2] for part in signature_header.split(";") if "=" in part)
            if parts.get("signer", "").strip() == str(self.application_id):
                expected = content_signature(self.hmac_key, body)
                if hmac.compare_digest(expected, parts.get("signature", "").strip().lower()):
                    return
                raise refuse(
                    "HMAC signature mismatch.", "The signature does not match the body", parameter="Content-Signature"
                )
        raise refuse("Unauthorized", "Missing or invalid credentials", parameter="Authorization", status=401)


# ---- request validation: the request schemas of openapi.yaml, through the generated models -------------


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _pointer(path: tuple[str | int, ...]) -> str:
    return "".join(f"/{_escape(str(segment))}" for segment in path)


def _invalid(pointer: str, details: str) -> Refused:
    return Refused(
        400, "Invalid request body", [problem("Invalid value", f"{pointer or 'The body'} {details}", pointer=pointer)]
    )


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class _Overflow(ValueError):
    """A JSON number beyond a double's range (``1e400``): Python reads it as ``inf``, which no answer can hold."""


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _Overflow(text[:40])
    return value


def _json_object(body: bytes, *, empty_ok: bool = False) -> dict[str, Any]:
    """The request body as a JSON object, or a 400."""
    if not body.strip():
        if empty_ok:
            return {}
        raise _invalid("", "must be a JSON object")
    try:
        data = json.loads(body, parse_constant=_reject_constant, parse_float=_finite)
    except _Overflow as exc:  # free-form attributes would store it and answer ``Infinity``, which is not JSON
        raise _invalid("", f"holds a number beyond a double's range ({exc})") from None
    except (ValueError, RecursionError):
        raise Refused(
            400, "Invalid JSON", [problem("Malformed JSON", "The request body is not valid JSON", pointer="")]
        ) from None
    if type(data) is not dict:
        raise _invalid("", "must be a JSON object")
    result: dict[str, Any] = data
    return result


def parsed_body(operation: Operation[Any], body: bytes) -> Model | None:
    """The request body checked against the operation's request schema and parsed into its model.

    The generated model's parser checks every field's JSON type (new fields included) and its ``to_request``
    the spec's constraints (required, lengths, bounds, enums): the same checks the client makes before sending.
    ``None`` for an operation without a body model (an optional empty body, as a signed DELETE sends, is read
    and ignored).
    """
    model = operation.body
    if model is None:
        data = _json_object(body, empty_ok=not _free_form(operation))
        if operation.signed_empty_body and data:  # the spec's EmptyBody: ``{}`` or nothing
            raise _invalid(_pointer((next(iter(data)),)), "is not allowed: the body must be an empty object")
        return None
    data = _json_object(body)
    try:
        _refuse_nulls(model, data, "")
        parsed = model.from_dict(data)
        model.to_request(parsed)
    except SchemaError as exc:
        pointer = _pointer(exc.path)
        title = "Missing field" if exc.problem == "required field is missing" else "Invalid value"
        raise Refused(
            400, "Invalid request body", [problem(title, f"{pointer} {exc.problem}", pointer=pointer)]
        ) from None
    except InputError as exc:
        raise _invalid(exc.pointer, exc.problem) from None
    except RecursionError:
        raise _invalid("", "is nested too deeply") from None
    return parsed


def _free_form(operation: Operation[Any]) -> bool:
    """Whether the operation's body is a required free-form JSON object (no model)."""
    return operation.body is None and any(p.location == "body" and p.required for p in operation.parameters)


def free_form_body(operation: Operation[Any], body: bytes) -> dict[str, Any]:
    """The body of an operation whose body is a free-form object, as JSON (``{}`` for any other operation)."""
    return _json_object(body) if _free_form(operation) else {}


def _refuse_nulls(model: type[Model], data: dict[str, Any], pointer: str) -> None:
    """``null`` where the schema does not allow it (the parsers read it as "absent", the service refuses it)."""
    for field in model.FIELDS:
        if field.wire not in data:
            continue
        value, where = data[field.wire], f"{pointer}/{_escape(field.wire)}"
        if value is None and not field.nullable:
            raise _invalid(where, "must not be null")
        if field.model is None:
            continue
        if field.kind == "model" and type(value) is dict:
            _refuse_nulls(field.model, value, where)
        elif field.kind in ("list", "map") and type(value) in (list, dict):
            items = enumerate(value) if type(value) is list else value.items()
            for key, item in items:
                if type(item) is dict:
                    _refuse_nulls(field.model, item, f"{where}/{_escape(str(key))}")


# ---- query parameters: the operation's, checked as the spec types them ---------------------------------


def _query_value(kind: str, choices: tuple[str, ...], text: str) -> Any:
    if kind == "bool":  # any case: Talon.One's own Python SDK sends Python's spelling, ``True`` / ``False``
        if text.lower() not in ("true", "false"):
            raise ValueError("must be true or false")
        return text.lower() == "true"
    if kind == "datetime":
        value = isoparse(text)
        if value.tzinfo is None:
            raise ValueError("must be an RFC 3339 date-time with a time zone")
        value.astimezone(_dt.UTC)  # an OverflowError (a 400) for a time that is not one in UTC: 9999-12-31T23:00-01:00
        return value
    if kind == "int":
        return int(text)
    if choices and text not in choices:
        raise ValueError(f"must be one of {', '.join(choices)}")
    return text


def parsed_query(operation: Operation[Any], raw_path: str) -> dict[str, Any]:
    """The operation's query parameters present in ``raw_path``, typed, by Python name; a 400 naming a bad one.

    Parameters the operation does not declare are ignored, as the service does; arrays are left as text.
    """
    query = urlsplit(raw_path).query if "?" in raw_path else ""
    given = dict(parse_qsl(query.split("#", 1)[0], keep_blank_values=True))
    typed: dict[str, Any] = {}
    for parameter in operation.parameters:
        if parameter.location != "query" or parameter.wire not in given:
            continue
        try:
            typed[parameter.name] = _query_value(parameter.kind, parameter.choices, given[parameter.wire])
        except (ValueError, OverflowError) as exc:
            raise refuse("Invalid query parameter", f"{parameter.wire} {exc}", parameter=parameter.wire) from None
    return typed


# ---- routing: the operation table --------------------------------------------------------------------


def _template(path: str) -> tuple[str | None, ...]:
    """A path template as segments, ``None`` for a parameter: ``/v1/coupons/{couponValue}`` -> (v1, coupons, None)."""
    return tuple(None if part.startswith("{") else part for part in path.split("/")[1:])


_ROUTES: tuple[tuple[tuple[str | None, ...], Operation[Any]], ...] = tuple(
    (_template(operation.path), operation) for operation in OPERATIONS
)


def _match(template: tuple[str | None, ...], segments: list[str]) -> tuple[str, ...] | None:
    """The decoded path parameters, in order (none when the template has none), if ``segments`` fit, else None."""
    if len(template) != len(segments):
        return None
    params: list[str] = []
    for want, got in zip(template, segments, strict=True):
        if want is None:
            if not got:
                return None
            params.append(unquote(got))
        elif want != got:
            return None
    return tuple(params)


def _path_segments(raw_path: str) -> list[str]:
    path = raw_path
    if "://" in path.split("?", 1)[0]:
        path = urlsplit(path).path
    path = path.split("?", 1)[0].split("#", 1)[0]
    return path.split("/")[1:] if path.startswith("/") else path.split("/")


def route(method: str, raw_path: str) -> tuple[Operation[Any], tuple[str, ...]]:
    """The operation of the table a request is for, and its decoded path parameters; else the 404 or 405."""
    segments = _path_segments(raw_path)
    allowed: list[str] = []
    for template, operation in _ROUTES:
        params = _match(template, segments)
        if params is None:
            continue
        if operation.method == method:
            return operation, params
        allowed.append(operation.method)
    if allowed:
        refused = Refused(405, "Method not allowed")
        refused.headers.append(("Allow", ", ".join(allowed)))
        raise refused
    raise refuse("Not found", "No such endpoint", parameter="path", status=404)


def _unmodelled(operation: Operation[Any]) -> Refused:
    return refuse(
        "Not implemented",
        f"The sandbox does not model {operation.operation_id} ({operation.method} {operation.path})",
        parameter="path",
        status=501,
    )


# ---- the handler -------------------------------------------------------------------------------------


class Dispatcher:
    """The sandbox's request handler over one ``SandboxState``, its ``Credentials`` and its lock."""

    def __init__(
        self,
        state: SandboxState,
        credentials: Credentials,
        lock: threading.RLock,
        rules: Mapping[str, Rule] = RULES,
    ) -> None:
        self.state = state
        self.credentials = credentials
        self.lock = lock
        self.rules = rules

    def supports(self, operation_id: str) -> bool:
        """Whether an operation of the spec has a rule (the others answer 501)."""
        operation = BY_OPERATION_ID.get(operation_id)
        return operation is not None and operation.name in self.rules

    def dispatch(self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request as the service would: ``(status, headers, body)``.

        ``raw_path`` is the path as received (percent-encoded, a query is ignored); path parameters are
        routed on the raw segments, then decoded.
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        with self.lock:
            try:
                operation, params = route(method.upper(), raw_path)
                self.credentials.check(lowered, body)
                rule = self.rules.get(operation.name)
                if rule is None:  # an operation of the spec this sandbox has no rules for (yet)
                    raise _unmodelled(operation)
                param = params[-1] if params else ""  # the operation's ``path_parameter`` (the last one)
                parsed = parsed_body(operation, body)
                document = free_form_body(operation, body)
                call = Call(
                    operation, param, parsed, parsed_query(operation, raw_path), document=document, params=params
                )
                status, answer = rule(self.state, call)
            except Refused as refused:
                payload = error_body(refused.status, refused.message, refused.errors)
                return json_reply(refused.status, payload, self.state.next_request_id(), refused.headers)
            return json_reply(status, answer.to_dict() if answer is not None else None, self.state.next_request_id())

    __call__ = dispatch
