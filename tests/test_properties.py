"""Property tests (hypothesis, derandomized): whatever comes back, and whatever goes in, the clients end
only in a result or one of their own exceptions.

- Responses: any status, any JSON (or arbitrary bytes, or a valid example with one part replaced or
  removed), any ``Retry-After``: every call ends in its typed result or a ``TalonError`` subclass, and a
  result's effects and ``to_dict()`` never raise.
- Inputs: random arguments to ``update_customer_session`` and ``create_referral`` end in a result or
  ``InvalidInputError``; whatever is sent is valid compact JSON.
- Both at once (issue 11): random arguments and per-call options to six operations, against a server whose every
  attempt may answer anything (any status, body, Content-Encoding with garbage, Retry-After, Content-Length;
  streamed in any chunks or broken off mid-body) or raise what a transport raises (httpx's errors, RuntimeError):
  the only exceptions are ``TalonError`` subclasses.
Sync and async both; async examples run through ``anyio.run``.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import json
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest
from _client_helpers import OP_CASES, OPS, FakeServer, Mode, OpCase, respond, state_json
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from talon_integration import CartItem, CartItemAdjustment, effects
from talon_integration._retry import RetryPolicy
from talon_integration.errors import APIResponseValidationError, InvalidInputError, TalonError
from talon_integration.models import IntegrationState

SETTINGS = settings(
    derandomize=True,
    database=None,
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # No shrinking: a failure is reported as found (fast, and still explicit), keeping the file well under 20 s.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)

# Text that includes what real inputs contain: non-ASCII, control characters and lone surrogates.
any_text = st.text(st.characters(codec=None, categories=None), max_size=12) | st.text(
    st.characters(categories=["Cs", "Lu", "Nd", "Zs"]), max_size=6
)
json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
ascii_header = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)


def run_sync_or_async(
    is_async: bool, case: OpCase, answer: Callable[[httpx.Request], httpx.Response], **kw: Any
) -> Any:
    mode = Mode(is_async)
    server = FakeServer([answer], repeat_last=True)

    async def go() -> Any:
        client = mode.client(server, **kw)
        client._policy = RetryPolicy(max_retries=client.max_retries, rand=lambda: 0.5, now=lambda: 1.8e9)
        mode.fake_sleep(client)
        try:
            return await mode.call(client, case.op, *case.args, **case.kwargs)
        finally:
            await mode.close(client)

    return anyio.run(go)  # the sync client just blocks inside it


def check_result(case: OpCase, result: Any) -> None:
    if case.result_type is None:
        assert result is None
        return
    assert type(result) is case.result_type
    json.dumps(result.to_dict(), default=str)
    if isinstance(result, IntegrationState):
        for effect in result.effects:
            assert isinstance(effect, effects.Effect)
        _ = result.coupon_rejection_reason


# --------------------------------------------------------------------------------------------------
# Random responses
# --------------------------------------------------------------------------------------------------

DELETE = object()


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _paths(item, (*prefix, i))
    return out


def _mutate(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return value if new is DELETE else new
    value = copy.deepcopy(value)
    node = value
    for key in path[:-1]:
        node = node[key]
    if new is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = new
    return value


@st.composite
def bodies(draw: st.DrawFn, case: OpCase) -> bytes:
    kind = draw(st.sampled_from(["json", "bytes", "mutated", "valid"]))
    if kind == "bytes":
        return draw(st.binary(max_size=40))
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    example = case.response() if case.response is not None else state_json()
    if kind == "valid":
        return json.dumps(example).encode()
    path = draw(st.sampled_from(_paths(example)))
    new = draw(st.just(DELETE) | json_values)
    return json.dumps(_mutate(example, path, new)).encode()


@st.composite
def answers(draw: st.DrawFn, case: OpCase) -> tuple[int, bytes, dict[str, str]]:
    status = draw(st.sampled_from([case.status, 200, 201, 204]) | st.integers(100, 599))
    content = draw(bodies(case))
    headers: dict[str, str] = {}
    if draw(st.booleans()):
        headers["Retry-After"] = draw(ascii_header | st.integers(-5, 100).map(str))
    if draw(st.booleans()):
        headers["Content-Type"] = draw(st.sampled_from(["application/json", "text/html", "application/xml"]))
    return status, content, headers


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c.op) for c in OP_CASES if c.op not in ("close_customer_session", "cancel_customer_session")],
)
@SETTINGS
@given(data=st.data())
def test_any_response_ends_in_a_result_or_a_talon_error(is_async: bool, case: OpCase, data: st.DataObject) -> None:
    status, content, headers = data.draw(answers(case))

    def answer(request: httpx.Request) -> httpx.Response:
        return respond(status, content=content, headers=headers)

    try:
        result = run_sync_or_async(is_async, case, answer, max_retries=1)
    except TalonError:
        return
    assert 200 <= status < 300
    check_result(case, result)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@SETTINGS
@given(entries=st.lists(json_values, max_size=6), meta=json_values)
def test_any_effects_and_meta_parse_without_raising(is_async: bool, entries: list[Any], meta: Any) -> None:
    body = state_json()
    body["event"]["effects"] = entries
    body["event"]["meta"] = meta
    case = OPS["update_customer_session"]

    def answer(request: httpx.Request) -> httpx.Response:
        return respond(200, body)

    try:
        result = run_sync_or_async(is_async, case, answer, max_retries=0)
    except APIResponseValidationError:
        assert meta is not None  # effects never fail parsing; only a malformed meta can
        return
    assert len(result.effects) == len(entries)
    check_result(case, result)


# --------------------------------------------------------------------------------------------------
# Random inputs
# --------------------------------------------------------------------------------------------------

weird = st.none() | st.integers() | st.floats() | st.booleans() | st.binary(max_size=4) | any_text
attribute_values = json_values | st.builds(object) | st.sets(st.integers(), max_size=2) | st.datetimes()
attributes = (
    st.none()
    | st.dictionaries(any_text | st.integers(), attribute_values, max_size=3)
    | weird
    | st.lists(st.integers(), max_size=2)
)
numbers = st.none() | st.integers(-10, 10) | st.floats() | st.booleans() | any_text
ADJUSTMENT_KEYS = ["pay_from_loyalty_program", "point_payment", "remaining_price"]
cart_keys = ["sku", "name", "quantity", "price", "category", "weight", "attributes", "adjustment"]
cart_dicts = st.dictionaries(
    st.sampled_from([*cart_keys, "colour", "cartItemId"]),
    weird
    | numbers
    | attributes
    | st.dictionaries(st.sampled_from(["pay_from_loyalty_program", "point_payment", "remaining_price", "x"]), numbers),
    max_size=6,
)
cart_models = st.builds(
    CartItem,
    sku=any_text,
    name=any_text,
    quantity=st.integers(-1, 5) | st.booleans() | st.floats(),
    price=numbers,
    category=st.none() | any_text,
    attributes=st.none() | st.dictionaries(any_text, json_values, max_size=2),
    adjustment=st.none()
    | st.builds(CartItemAdjustment, pay_from_loyalty_program=st.integers(0, 9), point_payment=st.integers(-1, 9)),
)
cart_items = st.none() | st.lists(cart_dicts | cart_models | weird, max_size=3) | weird
timezones = st.none() | st.just(dt.UTC) | st.timezones()
dates = (
    st.none()
    | st.datetimes(timezones=timezones)
    | st.datetimes(timezones=timezones).map(lambda d: d.isoformat())
    | any_text
    | st.integers()
)


def _send_and_check(is_async: bool, op: str, kwargs: dict[str, Any], args: tuple[Any, ...] = ()) -> None:
    case = OPS[op]
    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return respond(case.status, case.response() if case.response else None)

    real = dataclasses.replace(case, args=args, kwargs=kwargs)
    try:
        result = run_sync_or_async(is_async, real, answer, max_retries=0)
    except InvalidInputError:
        assert sent == []
        return
    check_result(case, result)
    (body,) = sent
    decoded = json.loads(body.decode("utf-8"))  # valid UTF-8 JSON, no NaN
    assert isinstance(decoded, dict)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@SETTINGS
@given(
    session_id=weird,
    profile_id=weird,
    coupon=weird,
    state=st.none() | st.sampled_from(["open", "closed", "cancelled"]) | weird,
    cart=cart_items,
    identifiers=st.none() | st.lists(weird, max_size=3) | weird,
    total=numbers,
    attrs=attributes,
)
def test_random_session_inputs(
    is_async: bool,
    session_id: Any,
    profile_id: Any,
    coupon: Any,
    state: Any,
    cart: Any,
    identifiers: Any,
    total: Any,
    attrs: Any,
) -> None:
    kwargs = {
        "profile_id": profile_id,
        "coupon": coupon,
        "state": state,
        "cart_items": cart,
        "identifiers": identifiers,
        "total": total,
        "attributes": attrs,
    }
    _send_and_check(is_async, "update_customer_session", kwargs, (session_id,))


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@SETTINGS
@given(
    campaign_id=st.integers(-2, 100) | weird,
    advocate=weird,
    friend=weird,
    start=dates,
    expiry=dates,
)
def test_random_referral_inputs(
    is_async: bool, campaign_id: Any, advocate: Any, friend: Any, start: Any, expiry: Any
) -> None:
    kwargs = {
        "campaign_id": campaign_id,
        "advocate_profile_integration_id": advocate,
        "friend_profile_integration_id": friend,
        "start_date": start,
        "expiry_date": expiry,
    }
    _send_and_check(is_async, "create_referral", kwargs)


# --------------------------------------------------------------------------------------------------
# Any input, any server behaviour: only TalonError (issue 11)
# --------------------------------------------------------------------------------------------------


def _request_error(cls: type[httpx.RequestError]) -> Callable[[httpx.Request], BaseException]:
    return lambda request: cls("boom", request=request)


# What a transport may raise: httpx's request errors, and the RuntimeErrors of its streams and pools.
TRANSPORT_ERRORS: list[Callable[[httpx.Request], BaseException]] = [
    *map(
        _request_error,
        [
            httpx.ReadError,
            httpx.WriteError,
            httpx.ConnectError,
            httpx.ConnectTimeout,
            httpx.ReadTimeout,
            httpx.PoolTimeout,
            httpx.RemoteProtocolError,
            httpx.LocalProtocolError,
            httpx.UnsupportedProtocol,
            httpx.ProxyError,
            httpx.DecodingError,
        ],
    ),
    lambda request: RuntimeError("Cannot send a request, as the client has been closed."),
    lambda request: httpx.StreamConsumed(),
]
retry_after_values = (
    ascii_header
    | st.integers(-5, 100).map(str)
    | st.sampled_from(
        [
            "Mon, 01 Jan 0001 00:00:00 +0100",
            "Fri, 31 Dec 9999 23:59:59 -2359",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "1e400",
            "nan",
            "-inf",
        ]
    )
)
# A superscript two (a Unicode digit) as its UTF-8 bytes: what a server would put on the wire. As a str, httpx
# itself refuses to build the answer (header values are ASCII), which is the test's problem, not the client's.
content_lengths = st.sampled_from(["abc", "-1", "9" * 30, "9" * 5000, "\N{SUPERSCRIPT TWO}".encode(), "0", "5", " 7"])


@st.composite
def encoded(draw: st.DrawFn, case: OpCase) -> tuple[bytes, str | None]:
    """A body as sent, and its Content-Encoding: plain, gzip, deflate (whole or cut short), or garbage."""
    content = draw(bodies(case))
    coding = draw(st.sampled_from([None, "gzip", "x-gzip", "deflate", "garbage", "br", "identity", "gzip, gzip"]))
    if coding in ("gzip", "x-gzip", "deflate"):
        packer = zlib.compressobj(6, zlib.DEFLATED, 15 if coding == "deflate" else 31)
        content = packer.compress(content) + packer.flush()
        if draw(st.booleans()):
            content = content[: draw(st.integers(0, len(content)))]
    elif coding == "garbage":
        coding = draw(st.sampled_from(["gzip", "deflate"]))
        content = draw(st.sampled_from([b"\x1f\x8b\x08\x00", b"x\x9c", b""])) + draw(st.binary(max_size=30))
    return content, coding


class _Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Chunks, then maybe an exception in the middle of the body."""

    def __init__(self, chunks: list[bytes], error: BaseException | None) -> None:
        self.chunks, self.error = chunks, error

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


@st.composite
def behaviours(draw: st.DrawFn, case: OpCase) -> Callable[[httpx.Request], httpx.Response]:
    """One attempt's server behaviour: an answer (any status, body, encoding, headers; streamed in any chunks, or
    built in memory; maybe broken off by an error), or an exception instead of an answer."""
    if draw(st.integers(0, 4)) == 0:
        make_error = draw(st.sampled_from(TRANSPORT_ERRORS))

        def fail(request: httpx.Request) -> httpx.Response:
            raise make_error(request)

        return fail
    status = draw(st.sampled_from([case.status, 200, 201, 204, 429, 502, 503]) | st.integers(100, 599))
    content, coding = draw(encoded(case))
    headers: dict[str, str | bytes] = {}
    if coding is not None:
        headers["Content-Encoding"] = coding
    if draw(st.booleans()):
        headers["Retry-After"] = draw(retry_after_values)
    if draw(st.booleans()):
        headers["Content-Length"] = draw(st.just(str(len(content))) | content_lengths)
    if draw(st.booleans()):
        headers["Content-Type"] = draw(st.sampled_from(["application/json", "text/html", "application/xml"]))
    in_memory = coding is None and draw(st.booleans())
    cuts = sorted(draw(st.lists(st.integers(0, len(content)), max_size=4)))
    chunks = [content[a:b] for a, b in zip([0, *cuts], [*cuts, len(content)], strict=True)]
    broken = draw(st.none() | st.sampled_from(TRANSPORT_ERRORS))

    def answer(request: httpx.Request) -> httpx.Response:
        if in_memory:
            return httpx.Response(status, headers=headers, content=content)
        return httpx.Response(status, headers=headers, stream=_Stream(chunks, broken and broken(request)))

    return answer


long_ids = st.sampled_from(["a" * 70_000, "\N{GRINNING FACE}" * 6_000, ".", "..", "a/b 10%?#"])
path_ids = any_text | long_ids | weird
options = st.fixed_dictionaries(
    {},
    optional={
        "timeout": st.floats(0.001, 30) | weird | st.just(httpx.Timeout(1.0)),
        "deadline": st.none() | st.floats(0.001, 120) | weird,
        "extra_headers": st.none() | st.dictionaries(any_text, any_text, max_size=2) | weird,
        "extra_body": st.none() | st.dictionaries(any_text, json_values, max_size=2) | weird,
    },
)


@st.composite
def calls(draw: st.DrawFn) -> tuple[OpCase, tuple[Any, ...], dict[str, Any]]:
    """A random call of one of several operations: random arguments and per-call options."""
    op = draw(st.sampled_from(["get_reserved_coupons", "delete_customer_data", "create_referral", "track_event",
                               "update_customer_session", "create_coupon_reservation"]))  # fmt: skip
    case = OPS[op]
    args: tuple[Any, ...] = ()
    if op == "create_referral":
        kwargs = {"campaign_id": draw(st.integers(-2, 100) | weird), "advocate_profile_integration_id": draw(weird),
                  "start_date": draw(dates), "expiry_date": draw(dates)}  # fmt: skip
    elif op == "track_event":
        kwargs = {"session_id": draw(weird), "type": draw(weird), "attributes": draw(attributes)}
    elif op == "update_customer_session":
        args = (draw(path_ids),)
        kwargs = {"cart_items": draw(cart_items), "total": draw(numbers), "state": draw(st.none() | weird)}
    elif op == "create_coupon_reservation":
        args = (draw(path_ids),)
        kwargs = {"integration_ids": draw(st.lists(weird, max_size=2) | weird)}
    else:
        args, kwargs = (draw(path_ids),), {}
    if draw(st.booleans()):  # mostly valid arguments, so that the server's side is reached
        args, kwargs = case.args, dict(case.kwargs)
    return case, args, {**kwargs, **draw(options)}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@settings(SETTINGS, max_examples=150)
@given(
    call=calls(),
    script=st.data(),
    max_retries=st.integers(0, 2),
    max_response_bytes=st.none() | st.integers(1, 200),
)
def test_any_input_and_any_server_behaviour_end_in_a_result_or_a_talon_error(
    is_async: bool,
    call: tuple[OpCase, tuple[Any, ...], dict[str, Any]],
    script: st.DataObject,
    max_retries: int,
    max_response_bytes: int | None,
) -> None:
    case, args, kwargs = call
    attempts = script.draw(st.lists(behaviours(case), min_size=1, max_size=3))
    server = FakeServer(list(attempts), repeat_last=True)
    limits = {} if max_response_bytes is None else {"max_response_bytes": max_response_bytes}
    real = dataclasses.replace(case, args=args, kwargs=kwargs)  # fmt: skip
    with contextlib.suppress(TalonError):  # any other exception fails the test
        run_sync_or_async(is_async, real, server, max_retries=max_retries, **limits)
