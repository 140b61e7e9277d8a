"""A planted canary secret never reaches a log record, a repr or an error text; logs say what was called.

The canary is used as the API key, as the HMAC application key, and inside attributes, bodies and path
IDs. Calls succeed, fail with 4xx, fail with 5xx after retries, and fail in the transport, at DEBUG with
a capturing handler on the root logger (which sees ``talon_integration`` and everything else).

Credentials must not appear anywhere. Request data (IDs, bodies) must not appear in the client's own
records; httpx's own INFO line ``HTTP Request: <method> <full URL>`` does carry the path, so records of
the ``httpx`` logger are only checked for credentials (third-party records, outside this package's control).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _client_helpers import FakeServer, Mode, respond, state_json

from talon_integration import ApiKeyAuth, ContentSignatureAuth, _logging
from talon_integration._retry import RetryPolicy
from talon_integration.errors import TalonError

API_KEY_CANARY = "CANARY-apikey-7f3a9c"
HEX_KEY_CANARY = "c0ffee00c0ffee00c0ffee00deadbeef"  # a valid hex key that is easy to spot
DATA_CANARY = "CANARY-data-51b2"
CREDENTIALS = (API_KEY_CANARY, HEX_KEY_CANARY, HEX_KEY_CANARY.upper())


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self, *, own_only: bool = False) -> list[str]:
        out = []
        for record in self.records:
            if own_only and not record.name.startswith("talon_integration"):
                continue
            out += [self.format(record), str(record.msg), repr(record.args), record.exc_text or ""]
            if record.exc_info:
                out.append("".join(traceback.format_exception(*record.exc_info)))
        return out


@pytest.fixture
def capture() -> Iterator[Capture]:
    handler = Capture()
    root = logging.getLogger()
    ours = logging.getLogger("talon_integration")
    saved = (root.level, ours.level)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    ours.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        ours.setLevel(saved[1])


def error_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for name in ("message", "body"):
        texts.append(repr(getattr(exc, name, None)))
    return texts


def assert_clean(texts: list[str], canaries: tuple[str, ...]) -> None:
    for text in texts:
        for canary in canaries:
            assert canary not in text, f"{canary!r} leaked into {text!r}"


def _pin(client: Any) -> None:
    client._policy = RetryPolicy(max_retries=2, rand=lambda: 0.0, now=lambda: 0.0)


async def _exercise(mode: Mode, client: Any, server: FakeServer) -> list[BaseException]:
    """Success, 4xx, 5xx with retries, transport error with retries; returns the raised errors."""
    raised: list[BaseException] = []
    attributes = {"Secret": DATA_CANARY, DATA_CANARY: [DATA_CANARY]}
    server.answers += [respond(200, state_json(), headers={"x-request-id": "req-ok"})]
    await mode.call(client, "update_customer_profile", f"user-{DATA_CANARY}", attributes=attributes)
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("update_customer_session", (f"sess {DATA_CANARY}/1",), {"coupon": DATA_CANARY, "attributes": attributes}),
        ("track_event", (), {"session_id": DATA_CANARY, "type": "t", "attributes": attributes}),
        ("get_reserved_coupons", (DATA_CANARY,), {}),
        ("create_coupon_reservation", (DATA_CANARY,), {"integration_ids": [DATA_CANARY]}),
    ]
    scripts: list[list[Any]] = [
        [respond(400, {"message": "Invalid request body", "errors": [{"source": {"pointer": "/attributes/Secret"}}]})],
        [respond(409, {"message": "busy"}), respond(409, {"message": "busy"}), respond(409, {"message": "busy"})],
        [respond(503, content=b"<html>down</html>")] * 3,
        [httpx.ConnectError("connection refused")] * 3,
    ]
    for (op, args, kwargs), script in zip(calls, scripts, strict=True):
        server.answers += script
        try:
            await mode.call(client, op, *args, **kwargs)
        except TalonError as exc:
            raised.append(exc)
    return raised


@pytest.mark.anyio
@pytest.mark.parametrize("scheme", ["api_key", "hmac"])
async def test_canary_never_leaks(mode: Mode, capture: Capture, scheme: str) -> None:
    server = FakeServer()
    if scheme == "api_key":
        client = mode.client(server, api_key=API_KEY_CANARY)
    else:
        client = mode.client(server, application_id=12, application_key=HEX_KEY_CANARY)
    _pin(client)
    mode.fake_sleep(client)
    raised = await _exercise(mode, client, server)
    copy = client.with_options(timeout=3)
    await mode.close(client)

    assert len(raised) == 4
    assert len(server.requests) == 1 + 1 + 3 + 3 + 3
    # the canaries really were sent: the test would prove nothing otherwise
    if scheme == "api_key":
        assert API_KEY_CANARY in server.requests[0].headers["authorization"]
    assert DATA_CANARY.encode() in server.requests[0].content

    everything = capture.texts()
    assert everything, "nothing was logged at DEBUG"
    assert_clean(everything, CREDENTIALS)
    assert_clean(capture.texts(own_only=True), (*CREDENTIALS, DATA_CANARY))
    for exc in raised:
        assert_clean(error_texts(exc), (*CREDENTIALS, DATA_CANARY))
    for obj in (client, copy, client._auth, copy._auth):
        assert_clean([repr(obj), str(obj)], CREDENTIALS)


@pytest.mark.anyio
async def test_log_records_say_what_was_called(mode: Mode, capture: Capture) -> None:
    server = FakeServer()
    client = mode.client(server)
    _pin(client)
    mode.fake_sleep(client)
    await _exercise(mode, client, server)
    await mode.close(client)
    ours = [r for r in capture.records if r.name.startswith("talon_integration")]
    messages = [r.getMessage() for r in ours]
    debug = [m for r, m in zip(ours, messages, strict=True) if r.levelno == logging.DEBUG]
    info = [m for r, m in zip(ours, messages, strict=True) if r.levelno == logging.INFO]
    # one DEBUG line per attempt that got a response: 1 + 1 + 3 + 3
    assert len(debug) == 8
    first = debug[0]
    assert "PUT" in first
    assert "/v1/customer_profiles/{integrationId}" in first
    assert "200" in first
    assert "attempt 1" in first
    assert "req-ok" in first
    assert " ms" in first
    assert any("/v1/events" in m and "409" in m and "attempt 3" in m for m in debug)
    assert any("/v1/coupon_reservations/coupons/{integrationId}" in m and "503" in m for m in debug)
    # INFO for each retry and each final failure
    assert any("retry" in m and "409" in m for m in info)
    assert any("ConnectError" in m and "/v1/coupon_reservations/{couponValue}" in m for m in info)
    assert any("failed" in m and "400" in m for m in info)
    assert all("?" not in m.split(" -> ")[0] for m in debug)  # no query strings


@pytest.mark.anyio
async def test_nothing_is_logged_at_warning_level(mode: Mode, capture: Capture) -> None:
    logging.getLogger("talon_integration").setLevel(logging.WARNING)
    server = FakeServer()
    client = mode.client(server)
    _pin(client)
    mode.fake_sleep(client)
    await _exercise(mode, client, server)
    await mode.close(client)
    assert [r for r in capture.records if r.name.startswith("talon_integration")] == []


def test_auth_reprs_are_redacted() -> None:
    assert repr(ApiKeyAuth(API_KEY_CANARY)) == "ApiKeyAuth(api_key=<redacted>)"
    auth = ContentSignatureAuth(12, HEX_KEY_CANARY)
    assert repr(auth) == "ContentSignatureAuth(application_id=12, application_key=<redacted>)"
    assert_clean([repr(auth), str(auth), repr(vars(ApiKeyAuth)), str(auth.__class__)], CREDENTIALS)


def test_configuration_errors_do_not_echo_credentials(mode: Mode) -> None:
    attempts: list[dict[str, Any]] = [
        {"base_url": "https://acme.example", "api_key": API_KEY_CANARY, "application_id": 1, "application_key": "00"},
        {"base_url": "https://acme.example", "application_id": 1, "application_key": API_KEY_CANARY},
        {"base_url": "https://acme.example", "api_key": API_KEY_CANARY + "\n"},
        {"base_url": f"https://user:{API_KEY_CANARY}@acme.example", "api_key": "k"},
        {"base_url": f"https://acme.example/?key={API_KEY_CANARY}", "api_key": "k"},
    ]
    for kwargs in attempts:
        with pytest.raises(TalonError) as info:
            mode.client_class(**kwargs)
        assert_clean(error_texts(info.value), CREDENTIALS)


# --------------------------------------------------------------------------------------------------
# TALON_LOG
# --------------------------------------------------------------------------------------------------


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
async def test_talon_log_debug_attaches_one_stderr_handler(
    mode: Mode, clean_logger: logging.Logger, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALON_LOG", "debug")
    server = FakeServer([respond(200, state_json(), headers={"x-request-id": "rid-9"})])
    client = mode.client(server, api_key=API_KEY_CANARY)
    mode.client(server)
    monkeypatch.setenv("TALON_LOG", "DEBUG ")
    mode.client(server)
    handlers = [h for h in clean_logger.handlers if isinstance(h, _logging._EnvHandler)]
    assert len(handlers) == 1
    assert isinstance(handlers[0], logging.StreamHandler)
    assert handlers[0].stream is sys.stderr
    assert clean_logger.level == logging.DEBUG
    await mode.call(client, "update_customer_profile", DATA_CANARY, attributes={"x": DATA_CANARY})
    await mode.close(client)
    err = capsys.readouterr().err
    assert "PUT /v1/customer_profiles/{integrationId} -> 200" in err
    assert "rid-9" in err
    assert API_KEY_CANARY not in err
    assert DATA_CANARY not in err


def test_talon_log_info_and_off(mode: Mode, clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> None:
    clean_logger.setLevel(logging.NOTSET)
    mode.client()
    monkeypatch.setenv("TALON_LOG", "nonsense")
    mode.client()
    assert not [h for h in clean_logger.handlers if isinstance(h, _logging._EnvHandler)]
    assert clean_logger.level == logging.NOTSET
    monkeypatch.setenv("TALON_LOG", "info")
    mode.client()
    assert clean_logger.level == logging.INFO
    assert len([h for h in clean_logger.handlers if isinstance(h, _logging._EnvHandler)]) == 1


def test_talon_log_from_os_environ(mode: Mode, clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALON_LOG", "info")
    mode.client_class(base_url="https://acme.example", api_key="k", transport=httpx.MockTransport(lambda r: respond()))
    assert len([h for h in clean_logger.handlers if isinstance(h, _logging._EnvHandler)]) == 1


@pytest.mark.anyio
async def test_own_pool_gives_httpx_no_url_to_log(mode: Mode, caplog: pytest.LogCaptureFixture) -> None:
    """A client that built its own httpx client calls the transport directly: httpx's INFO line (full URL) is
    never written."""
    client = mode.client(lambda request: respond(204))
    try:
        with caplog.at_level(logging.DEBUG):
            await mode.call(client, "delete_customer_data", DATA_CANARY)
        assert [r for r in caplog.records if r.name.startswith("httpx") and DATA_CANARY in r.getMessage()] == []
        assert [r for r in caplog.records if r.name == "talon_integration"]  # ours did log the attempt
    finally:
        await mode.close(client)


def test_httpx_logs_full_urls_at_info_until_quieted_as_the_readme_says(caplog: pytest.LogCaptureFixture) -> None:
    """The README's advice for your own ``http_client``: httpx's INFO line carries the full URL;
    ``setLevel(WARNING)`` on it quiets it."""
    httpx_logger = logging.getLogger("httpx")
    saved = httpx_logger.level
    http = httpx.Client(transport=httpx.MockTransport(lambda request: respond(204)))
    client = Mode(is_async=False).client(http_client=http)
    try:
        with caplog.at_level(logging.INFO):
            client.delete_customer_data(DATA_CANARY)
            assert [r for r in caplog.records if r.name == "httpx" and DATA_CANARY in r.getMessage()]
            caplog.clear()
            httpx_logger.setLevel(logging.WARNING)  # the README's line
            client.delete_customer_data(DATA_CANARY)
            assert [r for r in caplog.records if r.name == "httpx"] == []
    finally:
        httpx_logger.setLevel(saved)
        http.close()
