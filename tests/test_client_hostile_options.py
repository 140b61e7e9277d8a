"""Hostile values for every option, checks that could be bypassed, secrets and control characters in what is shown,
and credentials on redirects (issue 21, items 5-8). Each test failed before its fix.

- Options: whatever is passed to the constructor or a call, only ``TalonError`` subclasses come out
  (``ConfigurationError`` at construction, ``InvalidInputError`` per call), never ``OverflowError``,
  ``ValueError`` of a socket, an h11 error after the headers went out, or ``AttributeError``.
- Bypasses: ``extra_body`` cannot replace a checked field nor give a GET a body; ``additional_properties`` of a
  request model cannot replace a checked field; ``extra_headers`` / ``default_headers`` cannot set framing or
  credential headers, however the mapping hides them.
- Secrets: a server echoing the credential in an error puts it in no exception text; a request id with control
  characters reaches the ``TALON_LOG`` handler escaped; ``repr`` of half-built models and clients works.
- Redirects: a user's client that follows redirects never sends our credentials to another origin.
- The command line prints valid JSON for a server's lone surrogate and for ``1e400``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import traceback
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from _client_helpers import (
    API_KEY,
    APP_ID,
    APP_KEY,
    BASE_URL,
    FakeServer,
    Mode,
    json_of,
    reserved_coupons_json,
    respond,
    state_json,
)

from talon_integration import AsyncIntegrationClient, CartItem, IntegrationClient, _display, _logging, cli
from talon_integration.errors import (
    AuthenticationError,
    ConfigurationError,
    InvalidInputError,
    TalonError,
)
from talon_integration.models import IntegrationState

INF, NAN = math.inf, math.nan
HUGE = 10**400  # float(HUGE) raises OverflowError


def ok_server() -> FakeServer:
    def answer(request: httpx.Request) -> httpx.Response:
        return respond(200, reserved_coupons_json() if request.method == "GET" else state_json())

    return FakeServer([answer], repeat_last=True)


# --------------------------------------------------------------------------------------------------
# Item 5: hostile option values
# --------------------------------------------------------------------------------------------------

BAD_SECONDS = [HUGE, -HUGE, 1e300, 9.3e9, INF, -INF, NAN, 0, -1, True, "1", b"1", Decimal("1"), None, [], object()]
BAD_TIMEOUTS = [
    httpx.Timeout(NAN),
    httpx.Timeout(-1),
    httpx.Timeout(10, read=INF),
    httpx.Timeout(10, read=9.3e9),
    httpx.Timeout(10, connect=HUGE),
    httpx.Timeout(10, pool=0),
    httpx.Timeout(10, write="1"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("value", [*BAD_SECONDS, *BAD_TIMEOUTS], ids=repr)
def test_a_hostile_timeout_is_a_configuration_error(mode: Mode, value: Any) -> None:
    if value is None:
        pytest.skip("timeout=None is not an option (the deadline is)")
    with pytest.raises(ConfigurationError, match="timeout"):
        mode.client(ok_server(), timeout=value)
    with pytest.raises(ConfigurationError, match="timeout"):
        mode.client(ok_server()).with_options(timeout=value)


@pytest.mark.parametrize("value", [v for v in BAD_SECONDS if v is not None], ids=repr)
def test_a_hostile_deadline_is_a_configuration_error(mode: Mode, value: Any) -> None:
    with pytest.raises(ConfigurationError, match="deadline"):
        mode.client(ok_server(), deadline=value)


@pytest.mark.anyio
@pytest.mark.parametrize("option", ["timeout", "deadline"])
@pytest.mark.parametrize("value", [HUGE, 1e300, INF, NAN, -1, httpx.Timeout(NAN), httpx.Timeout(-1)], ids=repr)
async def test_a_hostile_per_call_timeout_or_deadline_is_invalid_input(mode: Mode, option: str, value: Any) -> None:
    if option == "deadline" and isinstance(value, httpx.Timeout):
        pytest.skip("not a deadline at all (covered by the sweep)")
    server = ok_server()
    client = mode.client(server)
    with pytest.raises(InvalidInputError, match=option):
        await mode.call(client, "get_reserved_coupons", "user-42", **{option: value})
    await mode.close(client)
    assert server.requests == []


def test_a_sync_client_without_deadline_refuses_waits_a_socket_cannot_take() -> None:
    for timeout in (9.3e9, httpx.Timeout(5, read=INF)):
        with pytest.raises(ConfigurationError):
            IntegrationClient(BASE_URL, api_key=API_KEY, deadline=None, timeout=timeout)


@pytest.mark.parametrize("value", [HUGE, 2**63, 0, -1, True, "9" * 5000, "1e3", 1.5])
def test_a_hostile_application_id_is_a_configuration_error(mode: Mode, value: Any) -> None:
    with pytest.raises(ConfigurationError, match="application_id"):
        mode.client_class(BASE_URL, application_id=value, application_key=APP_KEY)


@pytest.mark.parametrize("value", [HUGE, 2**63, 0, -1, True, 1.5, "1"])
def test_a_hostile_max_response_bytes_is_a_configuration_error(mode: Mode, value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        mode.client(ok_server(), max_response_bytes=value)


def test_a_transport_that_is_not_one_is_a_configuration_error(mode: Mode) -> None:
    for value in (object(), "http://x", httpx.Client(), httpx.MockTransport(lambda r: respond(200))):
        wrong_kind = isinstance(value, httpx.MockTransport)  # sync and async transports do not mix... but Mock is both
        if wrong_kind:
            continue
        with pytest.raises(ConfigurationError, match="transport"):
            mode.client_class(BASE_URL, api_key=API_KEY, transport=value)
    other = httpx.HTTPTransport() if mode.is_async else httpx.AsyncHTTPTransport()
    with pytest.raises(ConfigurationError, match="transport"):
        mode.client_class(BASE_URL, api_key=API_KEY, transport=other)


# The sweep: every option, many values; only TalonError subclasses may come out.

HOSTILE = [
    *BAD_SECONDS, *BAD_TIMEOUTS, "", " ", "\x00", "\ud800", "é", "x" * 100_000, 1.5, 2**63, -(2**63), 1e-300,
    {}, {"a": 1}, {1: "a"}, {"Content-Length": "1"}, {"Host": "evil.example"}, {"Authorization": "x"},
    {"X-A": "\r\nX-B: 1"}, {"x": HUGE}, {"x": INF}, {"x": "\ud800"}, {"x": object()}, ["a"], ("a",),
    httpx.Timeout(5), dt.datetime(2020, 1, 1),
]  # fmt: skip
CONSTRUCTOR_OPTIONS = [
    "base_url", "api_key", "application_id", "application_key", "timeout", "max_retries", "deadline",
    "max_response_bytes", "default_headers", "transport", "http_client",
]  # fmt: skip
CALL_OPTIONS = ["timeout", "deadline", "extra_headers", "extra_body"]


@pytest.mark.anyio
@pytest.mark.parametrize("option", CONSTRUCTOR_OPTIONS)
async def test_any_constructor_value_gives_a_client_or_a_talon_error(mode: Mode, option: str) -> None:
    failures = []
    for value in HOSTILE:
        kwargs: dict[str, Any] = {"base_url": BASE_URL, option: value}
        if option not in ("application_id", "application_key"):
            kwargs.setdefault("api_key", API_KEY)
        elif option == "application_id":
            kwargs["application_key"] = APP_KEY
        else:
            kwargs["application_id"] = APP_ID
        if option not in ("transport", "http_client"):
            kwargs["transport"] = httpx.MockTransport(ok_server())
        try:
            client = mode.client_class(**kwargs)
        except TalonError:
            continue
        except Exception as exc:
            failures.append(f"{option}={value!r:.60}: {type(exc).__name__}: {exc}")
            continue
        try:
            await mode.call(client, "get_reserved_coupons", "user-42")
        except TalonError:
            pass
        except Exception as exc:
            failures.append(f"{option}={value!r:.60} (call): {type(exc).__name__}: {exc}")
        finally:
            await mode.close(client)
    assert failures == []


@pytest.mark.anyio
@pytest.mark.parametrize("option", CALL_OPTIONS)
@pytest.mark.parametrize("op", ["get_reserved_coupons", "track_event", "update_customer_session"])
async def test_any_per_call_value_gives_a_result_or_a_talon_error(mode: Mode, option: str, op: str) -> None:
    args: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
        "get_reserved_coupons": (("user-42",), {}),
        "track_event": ((), {"session_id": "sess-1", "type": "viewed"}),
        "update_customer_session": (("sess-1",), {"profile_id": "user-42"}),
    }
    positional, keywords = args[op]
    client = mode.client(ok_server())
    failures = []
    for value in HOSTILE:
        try:
            await mode.call(client, op, *positional, **keywords, **{option: value})
        except TalonError:
            pass
        except Exception as exc:
            failures.append(f"{option}={value!r:.60}: {type(exc).__name__}: {exc}")
    await mode.close(client)
    assert failures == []


@pytest.mark.anyio
@pytest.mark.parametrize("extra", ["x", 1, ["a"], {1: "a"}], ids=repr)
async def test_a_request_model_with_malformed_additional_properties_is_invalid_input(mode: Mode, extra: Any) -> None:
    server = ok_server()
    client = mode.client(server)
    item = CartItem(sku="s", name="n", quantity=1, price=1.0, additional_properties=extra)
    with pytest.raises(InvalidInputError) as info:
        await mode.call(client, "update_customer_session", "sess-1", cart_items=[item])
    await mode.close(client)
    assert info.value.parameter == "cart_items[0].additional_properties", info.value.parameter
    assert server.requests == []


# --------------------------------------------------------------------------------------------------
# Item 6: checks that could be bypassed
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "op, args, extra",
    [
        ("update_customer_session", ("sess-1",), {"state": "bogus"}),
        ("update_customer_session", ("sess-1",), {"cartItems": [{"sku": "s", "name": "n", "quantity": 0, "price": 1}]}),
        ("create_referral", (), {"startDate": dt.datetime(2026, 1, 1)}),  # a naive datetime
        ("track_event", (), {"type": ""}),
    ],
    ids=["state", "cartItems", "naive startDate", "empty type"],
)
async def test_extra_body_cannot_replace_a_checked_field(
    mode: Mode, op: str, args: tuple[Any, ...], extra: Any
) -> None:
    keywords: dict[str, Any] = {
        "update_customer_session": {},
        "create_referral": {"campaign_id": 1, "advocate_profile_integration_id": "user-1"},
        "track_event": {"session_id": "sess-1", "type": "viewed"},
    }[op]
    server = ok_server()
    client = mode.client(server)
    with pytest.raises(InvalidInputError, match="extra_body") as info:
        await mode.call(client, op, *args, **keywords, extra_body=extra)
    await mode.close(client)
    assert info.value.parameter == "extra_body"
    assert server.requests == []


@pytest.mark.anyio
async def test_extra_body_still_carries_fields_the_spec_does_not_have(mode: Mode) -> None:
    server = ok_server()
    client = mode.client(server)
    await mode.call(client, "update_customer_session", "sess-1", state="open", extra_body={"newField": 1})
    await mode.close(client)
    assert json_of(server.last) == {"state": "open", "newField": 1}


@pytest.mark.anyio
@pytest.mark.parametrize("op, args", [("get_reserved_coupons", ("user-42",)), ("delete_customer_data", ("user-42",))])
async def test_extra_body_on_an_operation_without_a_json_body_is_refused(mode: Mode, op: str, args: Any) -> None:
    server = ok_server()
    client = mode.client(server)
    with pytest.raises(InvalidInputError, match="no JSON body"):
        await mode.call(client, op, *args, extra_body={"x": 1})
    await mode.close(client)
    assert server.requests == []


@pytest.mark.anyio
async def test_additional_properties_cannot_replace_a_checked_field(mode: Mode) -> None:
    server = ok_server()
    client = mode.client(server)
    item = CartItem(sku="s", name="n", quantity=1, price=1.0, additional_properties={"quantity": 0, "newField": 1})
    with pytest.raises(InvalidInputError, match="quantity") as info:
        await mode.call(client, "update_customer_session", "sess-1", cart_items=[item])
    item.additional_properties = {"newField": 1}
    await mode.call(client, "update_customer_session", "sess-1", cart_items=[item])
    await mode.close(client)
    assert info.value.parameter == "cart_items[0].additional_properties"
    assert len(server.requests) == 1 and json_of(server.last)["cartItems"][0]["newField"] == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    "name", ["Content-Length", "transfer-encoding", "Host", "Connection", "Upgrade", "Proxy-Authorization"]
)
async def test_framing_and_credential_headers_are_refused(mode: Mode, name: str) -> None:
    server = ok_server()
    client = mode.client(server)
    with pytest.raises(InvalidInputError, match=name):
        await mode.call(client, "track_event", session_id="s", type="t", extra_headers={name: "1"})
    await mode.close(client)
    with pytest.raises(ConfigurationError, match=name):
        mode.client(server, default_headers={name: "1"})
    assert server.requests == []


class Hiding(dict[str, str]):
    """A mapping whose ``items()`` (and ``keys()``) leave out ``Authorization``; its storage has it."""

    def items(self) -> Any:
        return [(k, v) for k, v in super().items() if k.lower() != "authorization"]

    def keys(self) -> Any:
        return [k for k in super().keys() if k.lower() != "authorization"]  # noqa: SIM118  # dict's own keys


@pytest.mark.anyio
async def test_a_mapping_that_hides_a_credential_header_cannot_replace_the_api_key(mode: Mode) -> None:
    server = ok_server()
    client = mode.client(server)
    hiding = Hiding({"X-Ok": "1", "Authorization": "ApiKey-v1 someone-elses"})
    with pytest.raises(InvalidInputError, match="Authorization"):
        await mode.call(client, "get_reserved_coupons", "user-42", extra_headers=hiding)
    with pytest.raises(ConfigurationError, match="Authorization"):
        mode.client(server, default_headers=hiding)
    await mode.close(client)
    assert server.requests == []


# --------------------------------------------------------------------------------------------------
# Item 7: secrets and control characters in what is shown
# --------------------------------------------------------------------------------------------------

SECRET_KEY = "sEcReT-api-key/0123456789"
SECRET_APP_KEY = "fefecafedeadbeef00112233"


@pytest.mark.anyio
@pytest.mark.parametrize("scheme", ["api key", "hmac"])
async def test_a_server_echoing_the_credential_puts_it_in_no_error_text(mode: Mode, scheme: str) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        sent = request.headers.get("authorization") or request.headers["content-signature"]
        body = {
            "message": f"invalid credentials {sent} ({SECRET_APP_KEY.upper()})",
            "errors": [{"title": "bad", "details": f"got {json.dumps(sent)[1:-1]}"}],
        }
        return respond(401, body, headers={"x-request-id": f"rid {sent}"})

    creds = {"api_key": SECRET_KEY} if scheme == "api key" else {"application_id": 7, "application_key": SECRET_APP_KEY}
    client = mode.client(echo, **creds)
    with pytest.raises(AuthenticationError) as info:
        await mode.call(client, "track_event", session_id="s", type="t")
    await mode.close(client)
    exc = info.value
    shown = [
        str(exc),
        repr(exc),
        exc.message,
        str(exc.body),
        exc.request_id or "",
        exc.response.text,
        *map(str, exc.errors),
    ]
    sent = exc.response.request.headers.get("authorization") or exc.response.request.headers["content-signature"]
    secrets = [SECRET_KEY] if scheme == "api key" else [SECRET_APP_KEY, sent.rpartition("signature=")[2]]
    for text in shown:
        for secret in secrets:
            assert secret.lower() not in text.lower(), text
    assert "<redacted>" in str(exc)


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("talon_integration")
    saved_handlers, saved_level = list(logger.handlers), logger.level
    try:
        yield logger
    finally:
        logger.handlers[:] = saved_handlers
        logger.setLevel(saved_level)


@pytest.mark.anyio
async def test_control_characters_from_the_server_reach_the_talon_log_handler_escaped(
    mode: Mode, clean_logger: logging.Logger, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALON_LOG", "debug")
    nasty = "rid\x1b]0;pwned\x07\x1b[2J\r\nFAKE RECORD"
    header = [("x-request-id", nasty.encode("latin-1"))]
    server = FakeServer([lambda request: httpx.Response(200, json=reserved_coupons_json(), headers=header)])
    client = mode.client(server)
    await mode.call(client, "get_reserved_coupons", "user-42")
    await mode.close(client)
    logging.getLogger("talon_integration").warning("direct \x9b31m record\nwith a break")
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\x9b" not in err and "\r" not in err
    assert "rid\\x1b]0;pwned\\x07" in err
    assert "\nFAKE RECORD" not in err and "\nwith a break" not in err
    assert any(isinstance(h, _logging._EnvHandler) for h in clean_logger.handlers)


def test_repr_of_half_built_clients_and_auth_never_fails() -> None:
    from talon_integration.auth import ApiKeyAuth, ContentSignatureAuth

    for cls in (IntegrationClient, AsyncIntegrationClient, ApiKeyAuth, ContentSignatureAuth):
        text = repr(object.__new__(cls))
        assert cls.__name__ in text


def test_a_traceback_with_locals_renders_when_a_constructor_raised() -> None:
    try:
        IntegrationClient(BASE_URL, api_key=API_KEY, timeout=HUGE)
    except ConfigurationError as exc:
        rendered = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    assert "ConfigurationError" in rendered and "self = IntegrationClient(base_url=" in rendered


# --------------------------------------------------------------------------------------------------
# Item 8: redirects of a user's client
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("scheme", ["api key", "hmac"])
async def test_a_followed_redirect_to_another_host_carries_no_credentials(mode: Mode, status: int, scheme: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if request.url.host == "acme.example":
            return httpx.Response(status, headers={"Location": "https://elsewhere.example/v1/events"})
        return respond(200, state_json())

    transport = httpx.MockTransport(handler)
    own: Any = (
        httpx.AsyncClient(transport=transport, follow_redirects=True)
        if mode.is_async
        else httpx.Client(transport=transport, follow_redirects=True)
    )
    creds = {"api_key": API_KEY} if scheme == "api key" else {"application_id": APP_ID, "application_key": APP_KEY}
    client = mode.client_class(BASE_URL, http_client=own, **creds)
    state = await mode.call(client, "track_event", session_id="s", type="t")
    await own.aclose() if mode.is_async else own.close()
    assert isinstance(state, IntegrationState)
    assert [r.url.host for r in seen] == ["acme.example", "elsewhere.example"]
    first, second = seen
    assert ("authorization" in first.headers) == (scheme == "api key")
    assert ("content-signature" in first.headers) == (scheme == "hmac")
    assert "authorization" not in second.headers and "content-signature" not in second.headers
    assert second.content == first.content  # a 307/308 resends the body: only the credentials stay behind


@pytest.mark.anyio
async def test_a_same_origin_redirect_keeps_the_signature_and_a_non_following_client_stops(mode: Mode) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if request.url.path == "/v1/events":
            return httpx.Response(307, headers={"Location": "/v1/events2"})
        return respond(200, state_json())

    for follow in (True, False):
        seen.clear()
        transport = httpx.MockTransport(handler)
        own: Any = (
            httpx.AsyncClient(transport=transport, follow_redirects=follow)
            if mode.is_async
            else httpx.Client(transport=transport, follow_redirects=follow)
        )
        client = mode.client_class(
            BASE_URL, http_client=own, application_id=APP_ID, application_key=APP_KEY, max_retries=0
        )
        try:
            outcome: Any = await mode.call(client, "track_event", session_id="s", type="t")
        except TalonError as exc:
            outcome = exc
        await own.aclose() if mode.is_async else own.close()
        if follow:
            assert len(seen) == 2 and all("content-signature" in r.headers for r in seen)
        else:
            assert len(seen) == 1 and isinstance(outcome, TalonError)


# --------------------------------------------------------------------------------------------------
# Item 5: what the command line prints
# --------------------------------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], body: bytes, *argv: str) -> tuple[int, str, str]:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )
    code = cli.run(["--base-url", BASE_URL, "--api-key", "k", *argv], transport=transport)
    out, err = capsys.readouterr()
    return code, out, err


def _coupons_with(value_json: str) -> bytes:
    data = reserved_coupons_json()
    data["data"][0]["attributes"] = {"marker": "MARK"}
    return json.dumps(data).replace('"MARK"', value_json).encode()


def test_the_cli_prints_a_lone_surrogate_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, _coupons_with('"a\\ud800b"'), "get-reserved-coupons", "user-42")
    assert code == 0, err
    out.encode("utf-8")  # printable in any UTF-8 terminal
    assert "\\ud800" in out
    assert json.loads(out)["data"][0]["attributes"]["marker"] == "a\ud800b"
    assert _display.printable("a\ud800b") == "a\\ud800b"  # the table and the messages on stderr


def test_the_cli_prints_numbers_beyond_a_double_as_strings_in_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, _coupons_with("[1e400, -1e400]"), "get-reserved-coupons", "user-42")
    assert code == 0, err
    assert json.loads(out, parse_constant=lambda name: pytest.fail(f"not JSON: {name}"))["data"][0]["attributes"][
        "marker"
    ] == ["Infinity", "-Infinity"]
    assert "warning" in err and "Infinity" in err


def test_repr_of_half_built_models_never_fails() -> None:
    import talon_integration.models as models

    classes = [c for c in vars(models).values() if isinstance(c, type) and hasattr(c, "FIELDS") and c.FIELDS]
    assert CartItem in classes and IntegrationState in classes
    for cls in classes:
        half = object.__new__(cls)
        assert repr(half).startswith(f"{cls.__name__}(")
    whole = CartItem(sku="s", name="n", quantity=1, price=1.0)
    assert repr(whole).startswith("CartItem(name='n', sku='s', quantity=1,")


def test_a_traceback_with_locals_renders_a_model_being_built() -> None:
    def build() -> None:
        half = object.__new__(CartItem)  # what a failing constructor or parser leaves in its frame
        raise ValueError(f"failed at {id(half)}")

    try:
        build()
    except ValueError as exc:
        rendered = "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())
    assert "half = CartItem(name=<not set>" in rendered
