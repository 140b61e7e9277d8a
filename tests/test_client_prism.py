"""``IntegrationClient`` and ``AsyncIntegrationClient`` against a Prism mock of openapi.yaml (``--errors``).

Prism validates every request the client sends against the spec (a violation becomes a 4xx and/or an
``sl-violations`` header) and answers with the spec's first named example, which the client must parse
back to exactly that example. ``Prefer: code=...`` (sent through ``default_headers``) makes Prism answer
a documented error, which must map to the right exception class. Response headers are captured with an
httpx event hook on the user's own ``http_client``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from _client_helpers import APP_ID, APP_KEY, OPS, Mode, OpCase, all_cases, spec_example
from _prism import PrismServer
from _sdk_calls import call_args, operation
from spec_facts_2026 import SDK_OPERATIONS, OperationFact2026

import talon_integration
from talon_integration.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    TalonError,
)

pytestmark = pytest.mark.contract


class Captured:
    """Status and headers of every response the user's http_client saw."""

    def __init__(self) -> None:
        self.responses: list[tuple[int, httpx.Headers, str]] = []

    def record(self, response: httpx.Response) -> None:
        self.responses.append((response.status_code, response.headers, f"{response.request.method} {response.url}"))

    async def arecord(self, response: httpx.Response) -> None:
        self.record(response)

    def violations(self) -> list[str]:
        return [
            f"{where}: {headers['sl-violations']}" for _, headers, where in self.responses if "sl-violations" in headers
        ]


@pytest.fixture
def captured() -> Iterator[Captured]:
    yield Captured()


def http_client(mode: Mode, captured: Captured) -> Any:
    if mode.is_async:
        return httpx.AsyncClient(event_hooks={"response": [captured.arecord]})
    return httpx.Client(event_hooks={"response": [captured.record]})


async def close_http(mode: Mode, own: Any) -> None:
    if mode.is_async:
        await own.aclose()
    else:
        own.close()


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


AUTH = {
    "api_key": {"api_key": "prism-key"},
    "hmac": {"application_id": APP_ID, "application_key": APP_KEY},
}

# A referral with dates, so date serialisation is validated by Prism too.
REFERRAL_WITH_DATES = {
    "campaign_id": 78,
    "advocate_profile_integration_id": "user-42",
    "friend_profile_integration_id": "user-77",
    "start_date": dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
    "expiry_date": "2027-01-31T23:59:59Z",
}


@pytest.mark.anyio
@pytest.mark.parametrize("auth", list(AUTH))
@pytest.mark.parametrize("case", all_cases())
async def test_every_operation_against_prism(
    mode: Mode, case: OpCase, auth: str, prism: PrismServer, captured: Captured
) -> None:
    own = http_client(mode, captured)
    client = mode.client_class(base_url=prism.base_url, http_client=own, max_retries=0, **AUTH[auth])
    kwargs = REFERRAL_WITH_DATES if case.op == "create_referral" else case.kwargs
    error: TalonError | None = None
    try:
        result = await mode.call(client, case.op, *case.args, **kwargs)
    except TalonError as exc:
        error = exc
    finally:
        await mode.close(client)
        await close_http(mode, own)
    assert captured.violations() == []  # first: Prism's own account of what was wrong with the request
    assert error is None
    assert [status for status, _, _ in captured.responses] == [case.status]
    if case.result_type is None:
        assert result is None
    else:
        assert type(result) is case.result_type
        assert case.response is not None
        # Prism answers the operation's first named example; the client gives back exactly that.
        assert _normalise(result.to_dict()) == _normalise(case.response())


@pytest.mark.anyio
@pytest.mark.parametrize("fact", SDK_OPERATIONS, ids=[fact.operation_id for fact in SDK_OPERATIONS])
async def test_every_operation_of_today_against_prism(
    mode: Mode, fact: OperationFact2026, prism: PrismServer, captured: Captured
) -> None:
    """Each of the 31 operations of SDK 9 (tests/spec_facts_2026.py), with valid arguments of every kind (path
    parameters integer and string, query booleans, date-times, bounded integers, arrays repeated or
    comma-separated, bodies from the spec's examples): Prism finds nothing wrong with the request, and the answer
    (the spec's first example) comes back typed, with no response problems. API key only: SDK 9 lists no other
    scheme for these operations."""
    args, kwargs = call_args(fact.operation_id)
    own = http_client(mode, captured)
    client = mode.client_class(base_url=prism.base_url, http_client=own, max_retries=0, api_key="prism-key")
    try:
        result = await mode.call(client, fact.sdk_name, *args, **kwargs)
    finally:
        await mode.close(client)
        await close_http(mode, own)
    assert captured.violations() == []
    assert [status for status, _, _ in captured.responses] == [fact.success]
    if fact.response is None:
        assert result is None
        return
    result_class = operation(fact.operation_id).result
    assert result_class is not None
    assert isinstance(result, result_class)
    assert talon_integration.response_problems(result) == ()
    assert _normalise(result.to_dict()) == _normalise(spec_example(fact.operation_id, str(fact.success)))


@pytest.mark.anyio
@pytest.mark.parametrize("raw_id", ["Ünïcødé user 42", "A/B 10%?#"])
async def test_awkward_path_parameter_against_prism(
    mode: Mode, raw_id: str, prism: PrismServer, captured: Captured
) -> None:
    own = http_client(mode, captured)
    client = mode.client_class(base_url=prism.base_url, api_key="k", http_client=own, max_retries=0)
    try:
        coupons = await mode.call(client, "get_reserved_coupons", raw_id)
    finally:
        await mode.close(client)
        await close_http(mode, own)
    assert coupons.total_result_size == 1
    assert captured.violations() == []
    assert len(captured.responses) == 1
    assert captured.responses[0][2].endswith("/v1/coupon_reservations/coupons/" + quote(raw_id, safe=""))


PREFERRED_ERRORS: list[tuple[int, type[Exception]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (404, NotFoundError),
    (409, ConflictError),
    (429, RateLimitError),
    (500, InternalServerError),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("code", "cls"), PREFERRED_ERRORS, ids=[str(code) for code, _ in PREFERRED_ERRORS])
async def test_prefer_code_gives_the_right_error(
    mode: Mode, code: int, cls: type[Exception], prism: PrismServer, captured: Captured
) -> None:
    own = http_client(mode, captured)
    client = mode.client_class(
        base_url=prism.base_url,
        api_key="k",
        http_client=own,
        default_headers={"Prefer": f"code={code}"},
    )
    slept = mode.fake_sleep(client)
    case = OPS["get_reserved_coupons"]
    try:
        with pytest.raises(cls) as info:
            await mode.call(client, case.op, *case.args)
    finally:
        await mode.close(client)
        await close_http(mode, own)
    err: Any = info.value
    assert err.status_code == code
    assert err.message  # from the spec's error example
    retried = code in (409, 429, 500)  # GET is idempotent
    assert len(captured.responses) == (3 if retried else 1)
    assert len(slept) == (2 if retried else 0)
    if code == 404:
        assert err.message == "Coupon not found"
        assert err.errors[0].parameter == "couponValue"
    if code == 429:
        assert err.retry_after is None  # Prism's Retry-After is the literal "string": unusable, so backoff


@pytest.mark.anyio
async def test_missing_credentials_header_is_refused_by_prism(mode: Mode, prism: PrismServer) -> None:
    """Sanity check of the peer: without the client's auth, Prism answers 401."""
    own: Any = httpx.AsyncClient() if mode.is_async else httpx.Client()
    url = f"{prism.base_url}/v1/coupon_reservations/coupons/user-42"
    response = (await own.get(url)) if mode.is_async else own.get(url)
    await close_http(mode, own)
    assert response.status_code == 401
