"""Helpers shared by the ``test_client_*`` files and friends (not a test module).

- ``Mode``: one object that builds a sync *or* an async client and calls its methods, so a single
  ``async def`` test (``@pytest.mark.anyio``) covers ``IntegrationClient`` and ``AsyncIntegrationClient``.
  Use it through the ``mode`` fixture each test file defines with ``params=MODES``.
- ``FakeServer``: an ``httpx.MockTransport`` handler that records every request and answers from a
  script of responses and exceptions, failing loudly on a request nobody expected.
- ``OP_CASES``: the eleven client methods (nine operations plus close/cancel) with full arguments,
  the request each must send and the example each is answered with.
- Spec examples, HMAC recomputation, a stream that records whether it was closed.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
from spec_facts import iter_named_examples, load_spec

import talon_integration
from talon_integration import AsyncIntegrationClient, CartItem, IntegrationClient
from talon_integration_generated.api import BY_NAME
from talon_integration_generated.types import Operation

BASE_URL = "https://acme.example"
API_KEY = "test-api-key-0123"
APP_ID = 12
APP_KEY = "fefecafedeadbeef"
RFC3339 = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"

Client = IntegrationClient | AsyncIntegrationClient
Answer = httpx.Response | BaseException | Callable[[httpx.Request], httpx.Response]


# --------------------------------------------------------------------------------------------------
# Examples from openapi.yaml
# --------------------------------------------------------------------------------------------------


def spec_example(operation_id: str, status: str | None, name: str | None = None) -> Any:
    """A deep copy of a named example of an operation's request (``status=None``) or response body."""
    for example in iter_named_examples(load_spec()):
        media = example.media
        if media.operation_id == operation_id and media.status == status and (name is None or example.name == name):
            return copy.deepcopy(example.value)
    raise LookupError(f"no example for {operation_id} {status} {name}")


def state_json(name: str = "couponAccepted") -> dict[str, Any]:
    """An IntegrationState body from the spec (``couponAccepted``, ``couponRejected``)."""
    value: dict[str, Any] = spec_example("updateCustomerSession", "200", name)
    return value


def referral_json() -> dict[str, Any]:
    value: dict[str, Any] = spec_example("createReferral", "201")
    return value


def coupon_json() -> dict[str, Any]:
    value: dict[str, Any] = spec_example("createCouponReservation", "201")
    return value


def reserved_customers_json() -> dict[str, Any]:
    value: dict[str, Any] = spec_example("getReservedCustomers", "200")
    return value


def reserved_coupons_json() -> dict[str, Any]:
    value: dict[str, Any] = spec_example("getReservedCoupons", "200")
    return value


# --------------------------------------------------------------------------------------------------
# Responses and the fake server
# --------------------------------------------------------------------------------------------------


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that remembers whether it was closed (sync or async)."""

    def __init__(self, content: bytes) -> None:
        self._content = content
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self._content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._content

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def respond(
    status: int = 200,
    body: Any = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    tracked: list[TrackedStream] | None = None,
) -> httpx.Response:
    """A response with a JSON ``body`` (or raw ``content``); with ``tracked``, its stream is recorded there."""
    all_headers = dict(headers or {})
    if content is None:
        content = b"" if body is None else json.dumps(body).encode()
        if body is not None:
            all_headers.setdefault("Content-Type", "application/json")
    if tracked is not None:
        stream = TrackedStream(content)
        tracked.append(stream)
        return httpx.Response(status, headers=all_headers, stream=stream)
    return httpx.Response(status, headers=all_headers, content=content)


class UnexpectedRequest(AssertionError):
    """The client sent a request the test did not script (or should not have sent any)."""


@dataclass
class FakeServer:
    """An httpx.MockTransport handler answering from a script; records requests (bodies already read)."""

    answers: list[Answer] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    repeat_last: bool = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.answers:
            raise UnexpectedRequest(f"unexpected request {request.method} {request.url}")
        answer = self.answers[0] if self.repeat_last and len(self.answers) == 1 else self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def no_io(request: httpx.Request) -> httpx.Response:
    """A handler for tests where the client must not do any I/O."""
    raise UnexpectedRequest(f"no request expected, got {request.method} {request.url}")


def json_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


def expected_signature(body: bytes, key: str = APP_KEY) -> str:
    return hmac.new(bytes.fromhex(key), body, hashlib.md5).hexdigest()


# --------------------------------------------------------------------------------------------------
# Sync or async, one test
# --------------------------------------------------------------------------------------------------


class Mode:
    """Builds a sync or async client and calls it; ``await mode.call(client, "op", ...)`` works for both."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.name = "async" if is_async else "sync"

    def __repr__(self) -> str:
        return self.name

    @property
    def client_class(self) -> type[Client]:
        return AsyncIntegrationClient if self.is_async else IntegrationClient

    def client(self, handler: Callable[[httpx.Request], httpx.Response] | None = None, **kwargs: Any) -> Any:
        """A client on ``BASE_URL`` with ``API_KEY`` (unless other credentials are given) over ``handler``."""
        kwargs.setdefault("base_url", BASE_URL)
        if not {"api_key", "application_id", "application_key"} & kwargs.keys():
            kwargs["api_key"] = API_KEY
        if handler is not None:
            kwargs["transport"] = httpx.MockTransport(handler)
        return self.client_class(**kwargs)

    async def call(self, client: Any, op: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(client, op)(*args, **kwargs)
        if self.is_async:
            result = await result
        return result

    async def close(self, client: Any) -> None:
        if self.is_async:
            await client.aclose()
        else:
            client.close()

    def fake_sleep(self, client: Any, on_sleep: Callable[[float], None] | None = None) -> list[float]:
        """Replace the client's sleep with a recorder; returns the list the delays are appended to."""
        slept: list[float] = []

        def record(delay: float) -> None:
            slept.append(delay)
            if on_sleep is not None:
                on_sleep(delay)

        if self.is_async:

            async def arecord(delay: float) -> None:
                record(delay)

            client._sleep = arecord
        else:
            client._sleep = record
        return slept


MODES = [Mode(False), Mode(True)]


# --------------------------------------------------------------------------------------------------
# The eleven methods
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpCase:
    """One client method called with every argument, and the request and result that go with it."""

    op: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    body: Any  # expected JSON body, or None for no body at all
    status: int
    response: Callable[[], Any] | None  # JSON answered (None: 204 without body)
    result_type: type[Any] | None
    idempotent: bool = True

    @property
    def id(self) -> str:
        return self.op

    @property
    def operation(self) -> Operation[Any]:
        """The generated operation the method sends (close/cancel send update_customer_session's)."""
        return BY_NAME.get(self.op) or BY_NAME["update_customer_session"]

    @property
    def method(self) -> str:
        return self.operation.method.upper()

    @property
    def path(self) -> str:
        """The raw path expected on the wire: the table's template with the path arguments percent-encoded."""
        names = iter(self.args)
        return re.sub(r"\{[^}]+\}", lambda m: quote(str(next(names)), safe=""), self.operation.path)


CART_ITEM = CartItem(sku="shoe-1", name="Red shoe", quantity=1, price=49.9, category="shoes")
CART_DICT = {"sku": "sock-2", "name": "Blue sock", "quantity": 3, "price": 4, "attributes": {"Colour": "blue"}}

OP_CASES: tuple[OpCase, ...] = (
    OpCase(
        "update_customer_profile",
        ("user-42",),
        {"attributes": {"Name": "Ada Lovelace", "ShippingCountry": "DE"}},
        {"attributes": {"Name": "Ada Lovelace", "ShippingCountry": "DE"}},
        200,
        lambda: spec_example("updateCustomerProfile", "200"),
        talon_integration.IntegrationState,
    ),
    OpCase(
        "update_customer_session",
        ("sess-1",),
        {
            "profile_id": "user-42",
            "coupon": "XMAS-2026",
            "referral": "REF-7Q2X",
            "state": "open",
            "cart_items": [CART_ITEM, CART_DICT],
            "identifiers": ["device-1"],
            "total": 61.9,
            "attributes": {"ShippingMethod": "express"},
        },
        {
            "profileId": "user-42",
            "coupon": "XMAS-2026",
            "referral": "REF-7Q2X",
            "state": "open",
            "cartItems": [
                {"sku": "shoe-1", "name": "Red shoe", "quantity": 1, "price": 49.9, "category": "shoes"},
                {"sku": "sock-2", "name": "Blue sock", "quantity": 3, "price": 4, "attributes": {"Colour": "blue"}},
            ],
            "identifiers": ["device-1"],
            "total": 61.9,
            "attributes": {"ShippingMethod": "express"},
        },
        200,
        state_json,
        talon_integration.IntegrationState,
    ),
    OpCase(
        "close_customer_session",
        ("sess-1",),
        {"profile_id": "user-42", "total": 10},
        {"profileId": "user-42", "total": 10, "state": "closed"},
        200,
        state_json,
        talon_integration.IntegrationState,
    ),
    OpCase(
        "cancel_customer_session",
        ("sess-1",),
        {},
        {"state": "cancelled"},
        200,
        state_json,
        talon_integration.IntegrationState,
    ),
    OpCase(
        "track_event",
        (),
        {"session_id": "sess-1", "type": "viewed_product", "attributes": {"sku": "shoe-1"}, "profile_id": "user-42"},
        {"sessionId": "sess-1", "type": "viewed_product", "attributes": {"sku": "shoe-1"}, "profileId": "user-42"},
        201,
        lambda: spec_example("trackEvent", "201"),
        talon_integration.IntegrationState,
        idempotent=False,
    ),
    OpCase(
        "create_referral",
        (),
        {
            "campaign_id": 78,
            "advocate_profile_integration_id": "user-42",
            "friend_profile_integration_id": "user-77",
        },
        {"campaignId": 78, "advocateProfileIntegrationId": "user-42", "friendProfileIntegrationId": "user-77"},
        201,
        referral_json,
        talon_integration.Referral,
        idempotent=False,
    ),
    OpCase(
        "delete_customer_data",
        ("user-42",),
        {},
        None,  # no body with an API key; HMAC signing sends and signs `{}` (test_client_wire)
        204,
        None,
        None,
    ),
    OpCase(
        "create_coupon_reservation",
        ("XMAS-2026",),
        {"integration_ids": ["user-42", "user-77"]},
        {"integrationIDs": ["user-42", "user-77"]},
        201,
        coupon_json,
        talon_integration.Coupon,
    ),
    OpCase(
        "delete_coupon_reservation",
        ("XMAS-2026",),
        {"integration_ids": ["user-42", "user-77"]},
        {"integrationIDs": ["user-42", "user-77"]},
        204,
        None,
        None,
    ),
    OpCase(
        "get_reserved_customers",
        ("XMAS-2026",),
        {},
        None,
        200,
        reserved_customers_json,
        talon_integration.ReservedCustomers,
    ),
    OpCase(
        "get_reserved_coupons",
        ("user-42",),
        {},
        None,
        200,
        reserved_coupons_json,
        talon_integration.ReservedCoupons,
    ),
)
OPS = {case.op: case for case in OP_CASES}
IDEMPOTENT_CASES = [case for case in OP_CASES if case.idempotent]
NON_IDEMPOTENT_CASES = [case for case in OP_CASES if not case.idempotent]
# The methods that take a path parameter, and the raw path prefix before it.
PATH_PREFIX = {case.op: case.path.rsplit("/", 1)[0] + "/" for case in OP_CASES if case.args}


def success(case: OpCase, **kwargs: Any) -> httpx.Response:
    """The documented success answer of ``case``."""
    return respond(case.status, case.response() if case.response is not None else None, **kwargs)


def with_path_param(case: OpCase, value: Any) -> tuple[Any, ...]:
    """``case.args`` with its path parameter replaced by ``value``."""
    return (value, *case.args[1:])


def all_cases(cases: Sequence[OpCase] = OP_CASES) -> list[Any]:
    """``pytest.param`` per case, with the method name as the id."""
    import pytest

    return [pytest.param(case, id=case.op) for case in cases]


# --------------------------------------------------------------------------------------------------
# The sandbox's tests: one client, sync or async, behind awaitable methods (the ``api`` fixture)
# --------------------------------------------------------------------------------------------------


class Api:
    """One client, sync or async, behind awaitable methods."""

    def __init__(self, client: IntegrationClient | AsyncIntegrationClient) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.client, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            return await result if isinstance(self.client, AsyncIntegrationClient) else result

        return call


def effect_props(effect: Any) -> dict[str, Any]:
    """A v2 effect's props as JSON: a typed effect's props model (``SetDiscountV2.props``) or an unknown one's dict."""
    value = effect.props
    return value.to_dict() if hasattr(value, "to_dict") else dict(value)
