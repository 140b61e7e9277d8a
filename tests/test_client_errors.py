"""Every failure ends in the right class of ``talon_integration.errors``, sync and async.

A status matrix (each documented status, non-standard ones, an odd 418), Talon.One error bodies parsed
into ``message`` / ``errors`` / ``request_id``, proxy bodies (HTML, empty, plain text, a JSON array)
that still give the right class, 2xx bodies that do not match the schema, and transport failures.
Retries are off here (``max_retries=0``); ``test_client_retries.py`` covers them.
"""

from __future__ import annotations

import datetime
import json
import re
import ssl
from typing import Any

import httpx
import pytest
from _client_helpers import OP_CASES, OPS, RFC3339, FakeServer, Mode, OpCase, all_cases, respond, state_json

from talon_integration import ErrorSource, IntegrationState, errors, response_problems
from talon_integration.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TalonError,
    UnprocessableEntityError,
)

STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    504: InternalServerError,
    499: APIStatusError,
    418: APIStatusError,
    408: APIStatusError,
    405: APIStatusError,
    301: APIStatusError,
    520: InternalServerError,
    527: InternalServerError,
    599: InternalServerError,
}

TALON_BODY = {
    "message": "Invalid request body",
    "errors": [
        {
            "title": "Unknown attribute",
            "details": "The attribute Name is not defined for profiles",
            "source": {"pointer": "/attributes/Name"},
        },
        {"title": "Not found", "source": {"parameter": "couponValue"}},
        {"details": "bad line", "source": {"line": "3"}},
        {"title": "no source"},
    ],
    "StatusCode": 400,
}


async def fail_with(
    mode: Mode, response: httpx.Response | BaseException, case: OpCase = OPS["get_reserved_coupons"], **options: Any
) -> Any:
    """Call ``case`` against a server that answers ``response`` once; return the raised exception."""
    server = FakeServer([response])
    client = mode.client(server, max_retries=0, **options)
    try:
        with pytest.raises(TalonError) as info:
            await mode.call(client, case.op, *case.args, **case.kwargs)
    finally:
        await mode.close(client)
    assert len(server.requests) == 1
    return info.value


# --------------------------------------------------------------------------------------------------
# The tree
# --------------------------------------------------------------------------------------------------


def test_error_tree() -> None:
    for cls in (ConfigurationError, InvalidInputError, APIConnectionError, APIStatusError, APIResponseValidationError):
        assert cls.__bases__[0] is TalonError
    assert issubclass(InvalidInputError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for cls in set(STATUS_CLASSES.values()) - {APIStatusError}:
        assert cls.__bases__ == (APIStatusError,)
    assert not issubclass(APIStatusError, APIConnectionError)
    assert not issubclass(APIResponseValidationError, APIStatusError)
    import talon_integration

    assert talon_integration.TalonError is TalonError
    for name in errors.__all__:
        assert hasattr(errors, name)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES.items())
def test_status_table(status: int, cls: type[APIStatusError]) -> None:
    assert errors.error_class_for(status) is cls


# --------------------------------------------------------------------------------------------------
# Status matrix
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES.items())
async def test_status_matrix_with_a_talon_body(mode: Mode, status: int, cls: type[APIStatusError]) -> None:
    body = {**TALON_BODY, "StatusCode": status}
    response = respond(status, body, headers={"x-request-id": "req-123"})
    err = await fail_with(mode, response)
    assert type(err) is cls
    assert err.status_code == status
    assert err.message == "Invalid request body"
    assert err.body == body
    assert err.request_id == "req-123"
    assert err.response.status_code == status
    assert err.errors == [
        ErrorDetail(
            title="Unknown attribute",
            details="The attribute Name is not defined for profiles",
            source=ErrorSource(pointer="/attributes/Name"),
        ),
        ErrorDetail(title="Not found", source=ErrorSource(parameter="couponValue")),
        ErrorDetail(details="bad line", source=ErrorSource(line="3")),
        ErrorDetail(title="no source"),
    ]
    assert [(e.pointer, e.parameter, e.line) for e in err.errors] == [
        ("/attributes/Name", None, None),
        (None, "couponValue", None),
        (None, None, "3"),
        (None, None, None),
    ]
    text = str(err)
    assert str(status) in text
    assert "Invalid request body" in text
    assert "req-123" in text


ODD_BODIES: dict[str, tuple[bytes, dict[str, str]]] = {
    "html": (b"<html><body><h1>502 Bad Gateway</h1></body></html>", {"Content-Type": "text/html"}),
    "empty": (b"", {}),
    "text": (b"upstream connect error or disconnect/reset before headers", {"Content-Type": "text/plain"}),
    "json-array": (b'[{"message": "no"}]', {"Content-Type": "application/json"}),
    "json-string": (b'"oops"', {"Content-Type": "application/json"}),
    "json-null": (b"null", {"Content-Type": "application/json"}),
    "json-without-message": (b'{"error": "x", "errors": "not a list"}', {"Content-Type": "application/json"}),
    "message-not-a-string": (b'{"message": 42, "errors": [1, "x", {"source": 3}]}', {}),
    "broken-json": (b'{"message": "cut', {"Content-Type": "application/json"}),
    "invalid-utf8": (b"\xff\xfe\xfa not utf-8", {}),
}


@pytest.mark.anyio
@pytest.mark.parametrize("kind", list(ODD_BODIES))
@pytest.mark.parametrize("status", [400, 401, 404, 409, 429, 500, 502, 503, 520, 418])
async def test_odd_error_bodies_still_give_the_right_class(mode: Mode, status: int, kind: str) -> None:
    content, headers = ODD_BODIES[kind]
    err = await fail_with(mode, respond(status, content=content, headers=headers))
    assert type(err) is STATUS_CLASSES[status]
    assert err.status_code == status
    assert isinstance(err.message, str)
    assert err.message
    assert str(status) in str(err)
    assert err.request_id is None
    assert all(isinstance(e, ErrorDetail) for e in err.errors)
    if kind in ("html", "text"):
        assert err.body == content.decode()
    if kind == "empty":
        assert err.body in (None, "", b"")


@pytest.mark.anyio
async def test_message_falls_back_to_the_reason_phrase(mode: Mode) -> None:
    err = await fail_with(mode, respond(503, content=b"<html>down</html>"))
    assert err.message == "Service Unavailable"
    assert str(err).startswith("503 Service Unavailable")
    odd = await fail_with(mode, respond(527, content=b""))
    assert isinstance(odd, InternalServerError)
    assert odd.message  # no reason phrase for 527: still a non-empty message


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases())
async def test_every_operation_maps_errors(mode: Mode, case: OpCase) -> None:
    body = {"message": "Coupon not found", "StatusCode": 404}
    err = await fail_with(mode, respond(404, body, headers={"X-Request-ID": "abc"}), case)
    assert isinstance(err, NotFoundError)
    assert err.message == "Coupon not found"
    assert err.request_id == "abc"
    err = await fail_with(mode, respond(520, content=b""), case)
    assert isinstance(err, InternalServerError)
    assert err.status_code == 520


@pytest.mark.anyio
async def test_rate_limit_error_carries_retry_after(mode: Mode) -> None:
    err = await fail_with(mode, respond(429, {"message": "Too many requests"}, headers={"Retry-After": "7"}))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 7.0
    err = await fail_with(mode, respond(429, {"message": "Too many requests"}))
    assert isinstance(err, RateLimitError)
    assert err.retry_after is None
    err = await fail_with(mode, respond(429, {"message": "x"}, headers={"Retry-After": "soon"}))
    assert err.retry_after is None


# --------------------------------------------------------------------------------------------------
# 2xx that is not what the schema says
# --------------------------------------------------------------------------------------------------


def _broken_state(change: Any) -> bytes:
    state = state_json()
    change(state)
    return json.dumps(state).encode()


# Bodies the client cannot return typed in any mode: not JSON, or not the JSON object the operation returns.
NOT_A_RESULT: dict[str, bytes] = {
    "not-json": b"<html>ok</html>",
    "empty": b"",
    "json-array": b"[]",
    "json-string": b'"ok"',
    "json-null": b"null",
    "truncated": json.dumps(state_json()).encode()[:-10],
}

# Objects with fields that do not match the schema: returned typed with their problems (tolerant, the default), or
# APIResponseValidationError with every problem and the tolerant result (strict). kind -> (body, problem pointers).
NOT_MATCHING: dict[str, tuple[bytes, set[str]]] = {
    "missing-session": (_broken_state(lambda s: s.pop("session")), {"/session"}),
    "missing-nested-field": (_broken_state(lambda s: s["profile"].pop("integrationId")), {"/profile/integrationId"}),
    "null-required-field": (_broken_state(lambda s: s["event"].update(id=None)), {"/event/id"}),
    "wrong-type-int-as-str": (_broken_state(lambda s: s["event"].update(id="90002")), {"/event/id"}),
    "wrong-type-bool-as-int": (_broken_state(lambda s: s["session"].update(firstSession=1)), {"/session/firstSession"}),
    "wrong-type-number-as-str": (_broken_state(lambda s: s["session"].update(total="49.9")), {"/session/total"}),
    "wrong-type-cart-line": (
        _broken_state(lambda s: s["session"]["cartItems"][0].update(quantity="1")),
        {"/session/cartItems/0/quantity"},
    ),
    "bad-date": (_broken_state(lambda s: s["session"].update(created="yesterday")), {"/session/created"}),
    "date-not-str": (_broken_state(lambda s: s["session"].update(created=1700000000)), {"/session/created"}),
    "effects-not-a-list": (_broken_state(lambda s: s["event"].update(effects={})), {"/event/effects"}),
    "discounts-not-numbers": (
        _broken_state(lambda s: s["session"].update(discounts={"x": "1"})),
        {"/session/discounts/x"},
    ),
    "meta-not-an-object": (_broken_state(lambda s: s["event"].update(meta=[])), {"/event/meta"}),
}


@pytest.mark.anyio
@pytest.mark.parametrize("kind", list(NOT_A_RESULT))
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
async def test_2xx_that_is_not_a_result(mode: Mode, kind: str, strict: bool) -> None:
    content = NOT_A_RESULT[kind]
    err = await fail_with(
        mode, respond(200, content=content), OPS["update_customer_session"], strict_response_validation=strict
    )
    assert type(err) is APIResponseValidationError
    assert err.body == content
    assert isinstance(err.body, bytes)
    assert err.status_code == 200
    assert err.response.status_code == 200
    assert "updateCustomerSession" in str(err)
    assert err.problems == ()
    assert err.partial is None


@pytest.mark.anyio
@pytest.mark.parametrize("kind", list(NOT_MATCHING))
async def test_2xx_not_matching_the_schema_is_kept_with_its_problems(mode: Mode, kind: str) -> None:
    content, pointers = NOT_MATCHING[kind]
    client = mode.client(FakeServer([respond(200, content=content)]), max_retries=0)
    state = await mode.call(client, *_session_call())
    await mode.close(client)
    assert isinstance(state, IntegrationState)
    assert {p.pointer for p in response_problems(state)} == pointers
    assert state.to_dict() == same_datetimes(json.loads(content))  # nothing the service sent is lost
    assert state.effects == IntegrationState.from_dict(state_json()).effects or kind == "effects-not-a-list"


@pytest.mark.anyio
@pytest.mark.parametrize("kind", list(NOT_MATCHING))
async def test_2xx_not_matching_the_schema_strict(mode: Mode, kind: str) -> None:
    content, pointers = NOT_MATCHING[kind]
    err = await fail_with(
        mode, respond(200, content=content), OPS["update_customer_session"], strict_response_validation=True
    )
    assert type(err) is APIResponseValidationError
    assert err.body == content
    assert "updateCustomerSession" in str(err)
    assert {p.pointer for p in err.problems} == pointers
    assert all(pointer in str(err) for pointer in pointers)
    assert isinstance(err.partial, IntegrationState)
    assert err.partial.to_dict() == same_datetimes(json.loads(content))


def same_datetimes(value: Any) -> Any:
    """JSON with its RFC 3339 date-times as to_dict() writes them (``Z`` becomes ``+00:00``)."""
    if isinstance(value, dict):
        return {key: same_datetimes(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_datetimes(item) for item in value]
    if isinstance(value, str) and re.fullmatch(RFC3339, value):
        return datetime.datetime.fromisoformat(value).isoformat()
    return value


def _session_call() -> tuple[Any, ...]:
    case = OPS["update_customer_session"]
    return (case.op, *case.args)


@pytest.mark.anyio
async def test_strict_validation_error_names_every_field(mode: Mode) -> None:
    state = state_json()
    state["session"]["cartItems"][0]["quantity"] = "1"
    state["profile"].pop("integrationId")
    err = await fail_with(mode, respond(200, state), OPS["update_customer_session"], strict_response_validation=True)
    assert "/session/cartItems/0/quantity: expected an integer, got str" in str(err)
    assert "/profile/integrationId: required field is missing" in str(err)
    assert len(err.problems) == 2


@pytest.mark.anyio
@pytest.mark.parametrize(
    "case", all_cases([case for case in OP_CASES if case.response is not None and case.op != "update_customer_session"])
)
async def test_2xx_validation_on_every_operation(mode: Mode, case: OpCase) -> None:
    assert case.response is not None
    body = case.response()
    first_required = next(iter(body))
    body.pop(first_required)
    content = json.dumps(body).encode()
    client = mode.client(FakeServer([respond(case.status, content=content)]), max_retries=0)
    result = await mode.call(client, case.op, *case.args, **case.kwargs)
    await mode.close(client)
    assert type(result) is case.result_type
    assert [p.pointer for p in response_problems(result)] == [f"/{first_required}"]
    err = await fail_with(mode, respond(case.status, content=content), case, strict_response_validation=True)
    assert type(err) is APIResponseValidationError
    assert err.body == content
    assert type(err.partial) is case.result_type
    err = await fail_with(mode, respond(case.status, content=b"not json"), case)
    assert type(err) is APIResponseValidationError
    assert err.body == b"not json"


NESTED = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.anyio
async def test_absurdly_nested_success_body(mode: Mode) -> None:
    """Regression: ``json.loads`` raises RecursionError (not ValueError) on very deep nesting; it must end in
    APIResponseValidationError, not escape."""
    err = await fail_with(mode, respond(200, content=NESTED), OPS["get_reserved_coupons"])
    assert type(err) is APIResponseValidationError


@pytest.mark.anyio
async def test_absurdly_nested_error_body(mode: Mode) -> None:
    """Regression: the same RecursionError on a deeply nested error body must still give the status's class."""
    err = await fail_with(mode, respond(502, content=NESTED))
    assert type(err) is InternalServerError


@pytest.mark.anyio
async def test_unknown_fields_and_nulls_in_a_success_body_are_fine(mode: Mode) -> None:
    state = state_json()
    state["newTopLevel"] = {"x": 1}
    state["loyalty"] = None
    state["session"]["identifiers"] = None
    state["session"]["state"] = "partially_paid"
    server = FakeServer([respond(200, state)])
    client = mode.client(server)
    result = await mode.call(client, "update_customer_session", "sess-1")
    await mode.close(client)
    assert result.loyalty is None
    assert result.session.identifiers is None
    assert result.session.state == "partially_paid"
    assert result.additional_properties["newTopLevel"] == {"x": 1}


# --------------------------------------------------------------------------------------------------
# Transport failures
# --------------------------------------------------------------------------------------------------

TRANSPORT_ERRORS: list[tuple[BaseException, type[APIConnectionError]]] = [
    (httpx.ConnectError("connection refused"), APIConnectionError),
    (httpx.ConnectTimeout("connect timed out"), APITimeoutError),
    (httpx.ReadTimeout("read timed out"), APITimeoutError),
    (httpx.WriteTimeout("write timed out"), APITimeoutError),
    (httpx.PoolTimeout("pool timed out"), APITimeoutError),
    (httpx.ReadError("connection reset"), APIConnectionError),
    (httpx.WriteError("broken pipe"), APIConnectionError),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."), APIConnectionError),
    (httpx.LocalProtocolError("bad request line"), APIConnectionError),
    (httpx.ProxyError("proxy said no"), APIConnectionError),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("exc", "cls"), TRANSPORT_ERRORS, ids=[type(e).__name__ for e, _ in TRANSPORT_ERRORS])
async def test_transport_errors(mode: Mode, exc: BaseException, cls: type[APIConnectionError]) -> None:
    err = await fail_with(mode, exc)
    assert type(err) is cls
    assert err.__cause__ is exc
    assert err.request is not None
    assert err.request.url.path == "/v1/coupon_reservations/coupons/user-42"
    assert str(err)


@pytest.mark.anyio
async def test_tls_error_is_a_connection_error(mode: Mode) -> None:
    exc = httpx.ConnectError("certificate verify failed")
    exc.__cause__ = ssl.SSLCertVerificationError("certificate verify failed")
    err = await fail_with(mode, exc)
    assert type(err) is APIConnectionError
    assert err.__cause__ is exc


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases())
async def test_transport_errors_on_every_operation(mode: Mode, case: OpCase) -> None:
    exc = httpx.ReadTimeout("read timed out")
    err = await fail_with(mode, exc, case)
    assert isinstance(err, APITimeoutError)
    assert err.__cause__ is exc


def test_errors_are_picklable_enough_to_repr() -> None:
    response = httpx.Response(404, json={"message": "nope"}, request=httpx.Request("GET", "https://acme.example/x"))
    err = errors.make_status_error(response)
    assert "NotFoundError" in repr(err)
    assert str(err) == "404 nope"
