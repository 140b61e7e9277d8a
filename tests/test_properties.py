"""Property tests (hypothesis, derandomized): whatever comes back, and whatever goes in, the clients end
only in a result or one of their own exceptions.

- Responses: any status, any JSON (or arbitrary bytes, or a valid example with one part replaced or
  removed), any ``Retry-After``: every call ends in its typed result or a ``TalonError`` subclass, and a
  result's effects and ``to_dict()`` never raise.
- Inputs: random arguments to ``update_customer_session`` and ``create_referral`` end in a result or
  ``InvalidInputError``; whatever is sent is valid compact JSON.
Sync and async both; async examples run through ``anyio.run``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
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

    real = OpCase(
        case.op, args, kwargs, case.method, case.path, case.body, case.status, case.response, case.result_type
    )
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
