"""Configuration of both clients: arguments, environment variables, timeouts, pools and copies.

Every misconfiguration raises ``ConfigurationError`` when the client is built (never at the first call),
and the message names the argument and, where there is one, its environment variable.
"""

from __future__ import annotations

import contextlib
import datetime
import socket
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest
from _client_helpers import (
    API_KEY,
    APP_KEY,
    BASE_URL,
    MODES,
    OPS,
    FakeServer,
    Mode,
    expected_signature,
    no_io,
    respond,
    state_json,
)

from talon_integration import ApiKeyAuth, AsyncIntegrationClient, ContentSignatureAuth, IntegrationClient, _pool
from talon_integration.errors import APIConnectionError, ConfigurationError

ENV = {
    "TALON_BASE_URL": "https://env.example",
    "TALON_API_KEY": "env-key",
}
SetEnv = Callable[[Mapping[str, str]], None]  # the set_env fixture (conftest.py)


def build(mode: Mode, **kwargs: Any) -> Any:
    return mode.client_class(**kwargs)


def coupons_server() -> FakeServer:
    return FakeServer([respond(200, {"totalResultSize": 0, "data": []})], repeat_last=True)


# --------------------------------------------------------------------------------------------------
# Misconfiguration is refused at construction
# --------------------------------------------------------------------------------------------------

BAD_CONFIGS: list[Any] = [
    pytest.param({"api_key": "k"}, ("base_url", "TALON_BASE_URL"), id="missing-base-url"),
    pytest.param({"base_url": "", "api_key": "k"}, ("base_url", "TALON_BASE_URL"), id="empty-base-url"),
    pytest.param({"base_url": "ftp://acme.example", "api_key": "k"}, ("base_url", "TALON_BASE_URL"), id="ftp"),
    pytest.param({"base_url": "acme.example", "api_key": "k"}, ("base_url", "TALON_BASE_URL"), id="no-scheme"),
    pytest.param({"base_url": "https://", "api_key": "k"}, ("base_url", "TALON_BASE_URL"), id="no-host"),
    pytest.param({"base_url": "https://a.example?x=1", "api_key": "k"}, ("base_url",), id="query"),
    pytest.param({"base_url": "https://u:p@a.example", "api_key": "k"}, ("base_url",), id="userinfo"),
    pytest.param({"base_url": BASE_URL}, ("api_key", "TALON_API_KEY", "TALON_APPLICATION_ID"), id="no-credentials"),
    pytest.param(
        {"base_url": BASE_URL, "api_key": "k", "application_id": 1, "application_key": APP_KEY},
        ("api_key", "application_id", "TALON_API_KEY"),
        id="both-schemes",
    ),
    pytest.param(
        {"base_url": BASE_URL, "api_key": "k", "application_key": APP_KEY},
        ("api_key", "application_key"),
        id="key-and-app-key",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": 12},
        ("application_key", "TALON_APPLICATION_KEY"),
        id="app-id-without-key",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_key": APP_KEY},
        ("application_id", "TALON_APPLICATION_ID"),
        id="app-key-without-id",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": 12, "application_key": "not-hex!"},
        ("application_key", "TALON_APPLICATION_KEY"),
        id="non-hex-key",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": 12, "application_key": "abc"},
        ("application_key", "TALON_APPLICATION_KEY"),
        id="odd-length-key",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": 12, "application_key": ""},
        ("application_key", "TALON_APPLICATION_KEY"),
        id="empty-key",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": 12, "application_key": "   "},
        ("application_key", "TALON_APPLICATION_KEY"),
        id="blank-key",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": 0, "application_key": APP_KEY},
        ("application_id", "TALON_APPLICATION_ID"),
        id="app-id-0",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": -5, "application_key": APP_KEY},
        ("application_id", "TALON_APPLICATION_ID"),
        id="app-id-negative",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": "twelve", "application_key": APP_KEY},
        ("application_id", "TALON_APPLICATION_ID"),
        id="app-id-text",
    ),
    pytest.param(
        {"base_url": BASE_URL, "application_id": True, "application_key": APP_KEY},
        ("application_id", "TALON_APPLICATION_ID"),
        id="app-id-bool",
    ),
    pytest.param({"base_url": BASE_URL, "api_key": ""}, ("api_key", "TALON_API_KEY"), id="empty-api-key"),
    pytest.param({"base_url": BASE_URL, "api_key": "   "}, ("api_key", "TALON_API_KEY"), id="blank-api-key"),
    pytest.param({"base_url": BASE_URL, "api_key": "a\r\nX-Evil: 1"}, ("api_key", "TALON_API_KEY"), id="api-key-crlf"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "timeout": 0}, ("timeout",), id="timeout-0"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "timeout": -1}, ("timeout",), id="timeout-negative"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "timeout": "10"}, ("timeout",), id="timeout-str"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "timeout": True}, ("timeout",), id="timeout-bool"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "timeout": None}, ("timeout",), id="timeout-none"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "max_retries": -1}, ("max_retries",), id="retries-negative"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "max_retries": 1.5}, ("max_retries",), id="retries-float"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "max_retries": True}, ("max_retries",), id="retries-bool"),
    pytest.param({"base_url": BASE_URL, "api_key": "k", "max_retries": None}, ("max_retries",), id="retries-none"),
    pytest.param(
        {"base_url": BASE_URL, "api_key": "k", "default_headers": [("X", "1")]}, ("default_headers",), id="headers-list"
    ),
    pytest.param(
        {"base_url": BASE_URL, "api_key": "k", "default_headers": {"Authorization": "x"}},
        ("Authorization",),
        id="headers-authorization",
    ),
    pytest.param(
        {"base_url": BASE_URL, "api_key": "k", "default_headers": {"content-signature": "x"}},
        ("content-signature",),
        id="headers-signature",
    ),
]


@pytest.mark.parametrize(("kwargs", "names"), BAD_CONFIGS)
def test_misconfiguration_is_refused_at_construction(
    mode: Mode, kwargs: dict[str, Any], names: tuple[str, ...]
) -> None:
    with pytest.raises(ConfigurationError) as info:
        build(mode, **kwargs)
    message = str(info.value)
    for name in names:
        assert name in message, f"{name!r} not named in {message!r}"


def test_default_header_values_must_be_strings(mode: Mode) -> None:
    """Not spelled out in DESIGN.md: ``default_headers={"X-Count": 1}`` must fail at construction with
    ConfigurationError, not at every call with httpx's TypeError (regression test)."""
    with pytest.raises(ConfigurationError, match="default_headers"):
        build(mode, base_url=BASE_URL, api_key="k", default_headers={"X-Count": 1})


def test_http_client_and_transport_together(mode: Mode) -> None:
    own: Any = httpx.AsyncClient() if mode.is_async else httpx.Client()
    with pytest.raises(ConfigurationError, match="http_client"):
        build(mode, base_url=BASE_URL, api_key="k", http_client=own, transport=httpx.MockTransport(no_io))
    assert not own.is_closed


def test_wrong_http_client_type(mode: Mode) -> None:
    wrong: Any = httpx.Client() if mode.is_async else httpx.AsyncClient()
    with pytest.raises(ConfigurationError, match="http_client"):
        build(mode, base_url=BASE_URL, api_key="k", http_client=wrong)
    with pytest.raises(ConfigurationError, match="http_client"):
        build(mode, base_url=BASE_URL, api_key="k", http_client=object())


def test_configuration_error_is_not_a_value_error() -> None:
    assert not issubclass(ConfigurationError, ValueError)


# --------------------------------------------------------------------------------------------------
# Environment variables
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_environment_api_key(mode: Mode, set_env: SetEnv) -> None:
    server = coupons_server()
    set_env(ENV)
    client = build(mode, transport=server.transport())
    assert client.base_url == "https://env.example"
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert str(server.last.url) == "https://env.example/v1/coupon_reservations/coupons/u"
    assert server.last.headers["authorization"] == "ApiKey-v1 env-key"


@pytest.mark.anyio
async def test_environment_application_key(mode: Mode, set_env: SetEnv) -> None:
    set_env(
        {"TALON_BASE_URL": "http://127.0.0.1:9000/", "TALON_APPLICATION_ID": "12", "TALON_APPLICATION_KEY": APP_KEY}
    )
    server = coupons_server()
    client = build(mode, transport=server.transport())
    assert client.base_url == "http://127.0.0.1:9000"
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert server.last.headers["content-signature"] == f"signer=12; signature={expected_signature(b'')}"


@pytest.mark.anyio
async def test_os_environ_is_read_by_default(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    server = coupons_server()
    client = mode.client_class(transport=server.transport())
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert server.last.headers["authorization"] == "ApiKey-v1 env-key"
    assert server.last.url.host == "env.example"


@pytest.mark.anyio
async def test_explicit_arguments_override_the_environment(mode: Mode, set_env: SetEnv) -> None:
    set_env({**ENV, "TALON_APPLICATION_ID": "7", "TALON_APPLICATION_KEY": "00ff"})
    server = coupons_server()
    client = build(mode, base_url=BASE_URL, api_key=API_KEY, transport=server.transport())
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert server.last.url.host == "acme.example"
    assert server.last.headers["authorization"] == f"ApiKey-v1 {API_KEY}"
    assert "content-signature" not in server.last.headers
    # explicit HMAC credentials win over an API key in the environment
    client = build(mode, application_id=3, application_key=APP_KEY, transport=server.transport())
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert server.last.url.host == "env.example"
    assert "authorization" not in server.last.headers
    assert server.last.headers["content-signature"].startswith("signer=3; ")


_URL = {"TALON_BASE_URL": BASE_URL}


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        pytest.param({"TALON_API_KEY": "k"}, "TALON_BASE_URL", id="no-url"),
        pytest.param({"TALON_BASE_URL": "ftp://x.example", "TALON_API_KEY": "k"}, "TALON_BASE_URL", id="ftp-url"),
        pytest.param(_URL, "TALON_API_KEY", id="no-credentials"),
        pytest.param(
            {**_URL, "TALON_APPLICATION_ID": "x", "TALON_APPLICATION_KEY": APP_KEY}, "TALON_APPLICATION_ID", id="bad-id"
        ),
        pytest.param(
            {**_URL, "TALON_APPLICATION_ID": "1", "TALON_APPLICATION_KEY": "zz"}, "TALON_APPLICATION_KEY", id="bad-key"
        ),
        pytest.param({**_URL, "TALON_APPLICATION_ID": "1"}, "TALON_APPLICATION_KEY", id="id-without-key"),
        pytest.param({**_URL, "TALON_APPLICATION_KEY": APP_KEY}, "TALON_APPLICATION_ID", id="key-without-id"),
        pytest.param({**_URL, "TALON_API_KEY": "k", "TALON_APPLICATION_ID": "1"}, "TALON_API_KEY", id="both"),
    ],
)
def test_environment_misconfiguration_names_the_variable(
    mode: Mode, env: dict[str, str], variable: str, set_env: SetEnv
) -> None:
    set_env(env)
    with pytest.raises(ConfigurationError) as info:
        build(mode)
    assert variable in str(info.value)


def test_environment_application_id_zero_names_the_variable(mode: Mode, set_env: SetEnv) -> None:
    """Regression: TALON_APPLICATION_ID=0 passes an isdigit() check; its refusal must still name the variable."""
    set_env({"TALON_BASE_URL": BASE_URL, "TALON_APPLICATION_ID": "0", "TALON_APPLICATION_KEY": APP_KEY})
    with pytest.raises(ConfigurationError, match="TALON_APPLICATION_ID"):
        build(mode)


def test_empty_environment_variables_count_as_missing(mode: Mode, set_env: SetEnv) -> None:
    set_env({"TALON_BASE_URL": BASE_URL, "TALON_API_KEY": ""})
    with pytest.raises(ConfigurationError, match="credentials are missing"):
        build(mode)
    set_env({"TALON_BASE_URL": ""})
    with pytest.raises(ConfigurationError, match="TALON_BASE_URL"):
        build(mode, api_key="k")


def test_base_url_normalisation(mode: Mode) -> None:
    assert build(mode, base_url="https://acme.example/", api_key="k").base_url == "https://acme.example"
    assert build(mode, base_url="https://acme.example/proxy/talon/", api_key="k").base_url == (
        "https://acme.example/proxy/talon"
    )


@pytest.mark.anyio
async def test_base_url_with_a_path_prefix(mode: Mode) -> None:
    server = coupons_server()
    client = build(mode, base_url="https://acme.example/proxy/", api_key="k", transport=server.transport())
    await mode.call(client, "get_reserved_coupons", "A/B")
    await mode.close(client)
    assert server.last.url.raw_path == b"/proxy/v1/coupon_reservations/coupons/A%2FB"


# --------------------------------------------------------------------------------------------------
# Timeouts
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_default_timeout(mode: Mode) -> None:
    server = coupons_server()
    client = build(mode, base_url=BASE_URL, api_key="k", transport=server.transport())
    assert client.timeout == httpx.Timeout(10.0, connect=5.0)
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert server.last.extensions["timeout"] == {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}),
        (30, {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}),
        (httpx.Timeout(3.0, read=20.0), {"connect": 3.0, "read": 20.0, "write": 3.0, "pool": 3.0}),
    ],
)
async def test_timeout_reaches_the_transport(mode: Mode, timeout: Any, expected: dict[str, float]) -> None:
    server = coupons_server()
    client = build(mode, base_url=BASE_URL, api_key="k", transport=server.transport(), timeout=timeout)
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert server.last.extensions["timeout"] == expected


@pytest.mark.anyio
async def test_client_timeout_beats_the_http_clients_own(mode: Mode) -> None:
    server = coupons_server()
    own: Any = (httpx.AsyncClient if mode.is_async else httpx.Client)(transport=server.transport(), timeout=99.0)
    client = build(mode, base_url=BASE_URL, api_key="k", http_client=own, timeout=4.0)
    await mode.call(client, "get_reserved_coupons", "u")
    assert server.last.extensions["timeout"]["read"] == 4.0
    await mode.close(client)
    if mode.is_async:
        await own.aclose()
    else:
        own.close()


# --------------------------------------------------------------------------------------------------
# with_options, pools, closing
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_with_options_returns_a_copy_sharing_the_pool(mode: Mode) -> None:
    server = coupons_server()
    client = build(mode, base_url=BASE_URL, api_key="k", transport=server.transport())
    quick = client.with_options(timeout=1.5, max_retries=0)
    assert quick is not client
    assert type(quick) is type(client)
    assert quick._http is client._http
    assert quick.timeout == httpx.Timeout(1.5)
    assert quick.max_retries == 0
    assert client.timeout == httpx.Timeout(10.0, connect=5.0)
    assert client.max_retries == 2
    assert quick.base_url == client.base_url
    assert repr(quick._auth) == repr(client._auth)
    await mode.call(quick, "get_reserved_coupons", "u")
    assert server.last.extensions["timeout"]["read"] == 1.5
    await mode.call(client, "get_reserved_coupons", "u")
    assert server.last.extensions["timeout"]["read"] == 10.0
    only_retries = client.with_options(max_retries=5)
    assert only_retries.timeout == client.timeout
    assert only_retries.max_retries == 5
    only_timeout = client.with_options(timeout=httpx.Timeout(2.0))
    assert only_timeout.max_retries == 2
    # closing a copy leaves the shared pool open; closing the original closes it
    await mode.close(quick)
    assert not client._http.is_closed
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert client._http.is_closed


def test_with_options_validates(mode: Mode) -> None:
    client = build(mode, base_url=BASE_URL, api_key="k", transport=httpx.MockTransport(no_io))
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout=-1)
    with pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)


def test_sync_context_manager_closes_the_pool() -> None:
    with IntegrationClient(BASE_URL, api_key="k", transport=httpx.MockTransport(no_io)) as client:
        assert isinstance(client, IntegrationClient)
        assert not client._http.is_closed
    assert client._http.is_closed


@pytest.mark.anyio
async def test_async_context_manager_closes_the_pool() -> None:
    async with AsyncIntegrationClient(BASE_URL, api_key="k", transport=httpx.MockTransport(no_io)) as client:
        assert isinstance(client, AsyncIntegrationClient)
        assert not client._http.is_closed
    assert client._http.is_closed


@pytest.mark.anyio
async def test_close_is_idempotent(mode: Mode) -> None:
    client = build(mode, base_url=BASE_URL, api_key="k", transport=httpx.MockTransport(no_io))
    await mode.close(client)
    await mode.close(client)
    assert client._http.is_closed


@pytest.mark.anyio
async def test_users_own_http_client_is_not_closed(mode: Mode) -> None:
    server = coupons_server()
    own: Any = (httpx.AsyncClient if mode.is_async else httpx.Client)(transport=server.transport())
    client = build(mode, base_url=BASE_URL, api_key="k", http_client=own)
    await mode.call(client, "get_reserved_coupons", "u")
    await mode.close(client)
    assert not own.is_closed
    # still usable through another client
    other = build(mode, base_url=BASE_URL, api_key="k", http_client=own)
    await mode.call(other, "get_reserved_coupons", "u")
    assert len(server.requests) == 2
    if mode.is_async:
        async with AsyncIntegrationClient(BASE_URL, api_key="k", http_client=own):
            pass
        assert not own.is_closed
        await own.aclose()
    else:
        with IntegrationClient(BASE_URL, api_key="k", http_client=own):
            pass
        assert not own.is_closed
        own.close()


@pytest.mark.anyio
async def test_users_http_client_keeps_its_settings(mode: Mode) -> None:
    seen: list[httpx.Request] = []

    def hook(request: httpx.Request) -> None:
        seen.append(request)

    async def ahook(request: httpx.Request) -> None:
        seen.append(request)

    server = FakeServer([respond(200, state_json())])
    if mode.is_async:
        own: Any = httpx.AsyncClient(transport=server.transport(), event_hooks={"request": [ahook]})
    else:
        own = httpx.Client(transport=server.transport(), event_hooks={"request": [hook]})
    client = build(mode, base_url=BASE_URL, application_id=12, application_key=APP_KEY, http_client=own)
    await mode.call(client, "update_customer_profile", "p", attributes={"a": 1})
    assert len(seen) == 1
    assert server.last.headers["content-signature"].endswith(expected_signature(server.last.content))
    await mode.close(client)
    if mode.is_async:
        await own.aclose()
    else:
        own.close()


def test_auth_classes() -> None:
    assert isinstance(build(MODES[0], base_url=BASE_URL, api_key="k")._auth, ApiKeyAuth)
    hmac_client = build(MODES[0], base_url=BASE_URL, application_id="12", application_key=APP_KEY)
    assert isinstance(hmac_client._auth, ContentSignatureAuth)
    assert hmac_client._auth.application_id == 12
    assert isinstance(ApiKeyAuth("k"), httpx.Auth)
    assert isinstance(ContentSignatureAuth(1, APP_KEY), httpx.Auth)


def test_redirects_are_not_followed(mode: Mode) -> None:
    client = build(mode, base_url=BASE_URL, api_key="k", transport=httpx.MockTransport(no_io))
    assert client._http.follow_redirects is False
    assert OPS["get_reserved_coupons"].method == "GET"


# --------------------------------------------------------------------------------------------------
# Mixed sources, closed clients
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_missing_application_key_comes_from_its_env_var(mode: Mode, set_env: SetEnv) -> None:
    server = coupons_server()
    set_env({"TALON_APPLICATION_KEY": APP_KEY, "TALON_API_KEY": "ignored-because-app-id-was-passed"})
    client = mode.client(server, application_id=12)
    await mode.call(client, "get_reserved_coupons", "user-42")
    sent = server.last
    assert sent.headers["Content-Signature"] == f"signer=12; signature={expected_signature(sent.content)}"
    assert "Authorization" not in sent.headers
    await mode.close(client)


def test_an_explicit_api_key_ignores_application_credentials_in_the_env(mode: Mode, set_env: SetEnv) -> None:
    set_env({"TALON_APPLICATION_ID": "12", "TALON_APPLICATION_KEY": APP_KEY})
    client = build(mode, base_url=BASE_URL, api_key=API_KEY)
    assert isinstance(client._auth, ApiKeyAuth)


@pytest.mark.anyio
async def test_a_closed_client_raises_a_talon_error_not_an_httpx_one(mode: Mode) -> None:
    from talon_integration.errors import APIConnectionError, ClientClosedError, TalonError

    server = coupons_server()
    client = mode.client(server)
    await mode.close(client)
    with pytest.raises(ClientClosedError, match="closed") as info:
        await mode.call(client, "get_reserved_coupons", "user-42")
    # Not a connection error: a "service down, charge full price" handler must not swallow our own shutdown.
    assert isinstance(info.value, TalonError) and not isinstance(info.value, APIConnectionError)
    assert server.requests == []


# --------------------------------------------------------------------------------------------------
# Our own pool: calls go straight to the transport httpx picks for base_url
# --------------------------------------------------------------------------------------------------


class _Proxy:
    """A forward proxy on loopback that answers every request 204 itself and records its request lines."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = self.sock.accept()
                with conn:  # a bodiless request's head arrives in one piece on loopback
                    self.lines.append(conn.recv(65536).split(b"\r\n", 1)[0])
                    conn.sendall(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")

    def close(self) -> None:
        self.sock.close()
        self.thread.join(5)


@pytest.mark.anyio
async def test_own_pool_goes_through_the_env_proxy(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    """The direct transport call uses the transport httpx mounts for an env proxy, as send() would."""
    proxy = _Proxy()
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = build(mode, base_url="http://talon.invalid", api_key="k", max_retries=0)
    try:
        assert await mode.call(client, "delete_customer_data", "p-1") is None
    finally:
        await mode.close(client)
        proxy.close()
    assert proxy.lines == [b"DELETE http://talon.invalid/v1/customer_data/p-1 HTTP/1.1"]


@pytest.mark.anyio
async def test_own_pool_keeps_no_cookies(mode: Mode) -> None:
    """The API is stateless: a Set-Cookie (a load balancer's, say) is not stored or sent back."""
    server = FakeServer([respond(204, headers={"Set-Cookie": "lb=node-7; Path=/"}), respond(204)])
    client = build(mode, base_url=BASE_URL, api_key="k", transport=server.transport())
    await mode.call(client, "delete_customer_data", "p")
    await mode.call(client, "delete_customer_data", "p")
    await mode.close(client)
    assert [r.headers.get("cookie") for r in server.requests] == [None, None]


@pytest.mark.anyio
async def test_users_http_client_keeps_its_cookies_and_loses_its_auth(mode: Mode) -> None:
    """Through your own client, its jar works as you set it up; its auth never replaces the client's key."""
    server = FakeServer([respond(204, headers={"Set-Cookie": "lb=node-7; Path=/"}), respond(204)])
    kind: Any = httpx.AsyncClient if mode.is_async else httpx.Client
    own = kind(transport=server.transport(), auth=httpx.BasicAuth("someone", "else"))
    client = build(mode, base_url=BASE_URL, api_key="k", http_client=own)
    await mode.call(client, "delete_customer_data", "p")
    await mode.call(client, "delete_customer_data", "p")
    if mode.is_async:
        await own.aclose()
    else:
        own.close()
    assert [r.headers.get("cookie") for r in server.requests] == [None, "lb=node-7"]
    assert [r.headers["authorization"] for r in server.requests] == ["ApiKey-v1 k"] * 2


@pytest.mark.anyio
@pytest.mark.parametrize("own_client", [False, True], ids=["own pool", "your http_client"])
async def test_raw_response_has_its_request_and_elapsed(mode: Mode, own_client: bool) -> None:
    server = FakeServer([respond(204)])
    kind: Any = httpx.AsyncClient if mode.is_async else httpx.Client
    own = kind(transport=server.transport()) if own_client else None
    client = (
        build(mode, base_url=BASE_URL, api_key="k", http_client=own)
        if own_client
        else build(mode, base_url=BASE_URL, api_key="k", transport=server.transport())
    )
    raw = await mode.call(client.with_raw_response, "delete_customer_data", "p")
    await mode.close(client)
    response = raw.http_response
    assert response.request is server.last
    assert response.request.url.path.endswith("/v1/customer_data/p")
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.elapsed >= datetime.timedelta(0)
    assert response.status_code == 204 and response.content == b""


@pytest.mark.anyio
async def test_transport_errors_carry_their_request(mode: Mode) -> None:
    """An error the transport raises without a request gets it, as send() would give it."""
    server = FakeServer([httpx.ConnectError("refused")])
    client = build(mode, base_url=BASE_URL, api_key="k", transport=server.transport(), max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        await mode.call(client, "delete_customer_data", "p")
    await mode.close(client)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request is server.last


@pytest.mark.anyio
async def test_without_httpx_transport_pick_calls_go_through_send(mode: Mode, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should a future httpx drop the private transport pick (``transport_for`` finds none), the client falls
    back to the public send()."""
    monkeypatch.setattr(_pool, "transport_for", lambda http, base_url: None)
    server = FakeServer([respond(204, headers={"Set-Cookie": "lb=node-7; Path=/"}), respond(204)])
    client = build(mode, base_url=BASE_URL, api_key="k", transport=server.transport())
    await mode.call(client, "delete_customer_data", "p")
    await mode.call(client, "delete_customer_data", "p")
    await mode.close(client)
    assert [r.headers.get("cookie") for r in server.requests] == [None, "lb=node-7"]  # send()'s cookie jar
    assert [r.headers["authorization"] for r in server.requests] == ["ApiKey-v1 k"] * 2
