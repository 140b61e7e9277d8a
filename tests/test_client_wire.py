"""What the clients put on the wire, sync and async, through ``httpx.MockTransport``.

For each of the eleven methods: HTTP method, raw path (path parameters as one percent-encoded
segment), JSON body with the service's field names, auth headers (the HMAC recomputed over the bytes
the server received), User-Agent and default headers, and the typed result. Then every kind of
argument the service would refuse, refused with ``InvalidInputError`` before any request is made.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import platform
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import pytest
from _client_helpers import (
    API_KEY,
    APP_ID,
    APP_KEY,
    BASE_URL,
    CART_DICT,
    OP_CASES,
    OPS,
    PATH_PREFIX,
    RFC3339,
    FakeServer,
    Mode,
    OpCase,
    all_cases,
    coupon_json,
    expected_signature,
    json_of,
    no_io,
    referral_json,
    respond,
    state_json,
    success,
    with_path_param,
)
from spec_facts import iter_operations, load_spec, resolve

import talon_integration
from talon_integration import CartItem, CartItemAdjustment, IntegrationClient, effects
from talon_integration.errors import InvalidInputError
from talon_integration_generated.api import OPERATIONS

PATH_CASES = [case for case in OP_CASES if case.args]


async def run(
    mode: Mode,
    case: OpCase,
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
    **client_kwargs: Any,
) -> tuple[FakeServer, Any]:
    """Call ``case.op`` (with the case's arguments unless given) against a server answering its success."""
    server = FakeServer([success(case)])
    client = mode.client(server, **client_kwargs)
    try:
        result = await mode.call(
            client, case.op, *(case.args if args is None else args), **(case.kwargs if kwargs is None else kwargs)
        )
    finally:
        await mode.close(client)
    return server, result


# --------------------------------------------------------------------------------------------------
# Method, path, body, headers, result
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases())
async def test_request_and_result(mode: Mode, case: OpCase) -> None:
    server, result = await run(mode, case)
    assert len(server.requests) == 1
    request = server.last
    assert request.method == case.method
    assert request.url.raw_path.decode() == case.path
    assert str(request.url).startswith("https://acme.example/v1/")
    assert request.url.query == b""
    if case.body is None:
        assert request.content == b""
        assert "content-type" not in request.headers
    else:
        assert json_of(request) == case.body
        assert request.headers["content-type"] == "application/json"
        assert request.headers["content-length"] == str(len(request.content))
    assert request.headers["authorization"] == f"ApiKey-v1 {API_KEY}"
    assert "content-signature" not in request.headers
    assert request.headers["accept"] == "application/json"
    if case.result_type is None:
        assert result is None
    else:
        assert type(result) is case.result_type


@pytest.mark.anyio
@pytest.mark.parametrize("case", all_cases())
async def test_content_signature_is_hmac_md5_of_the_received_bytes(mode: Mode, case: OpCase) -> None:
    server, _ = await run(mode, case, application_id=APP_ID, application_key=APP_KEY)
    request = server.last
    header = request.headers["content-signature"]
    match = re.fullmatch(r"signer=(\d+); signature=([0-9a-f]{32})", header)
    assert match is not None, header
    assert int(match.group(1)) == APP_ID
    # The server's check: the hex-decoded key over exactly the bytes that arrived (b"" for a GET).
    assert match.group(2) == expected_signature(request.content)
    assert "authorization" not in request.headers
    if case.method == "GET":
        assert request.content == b""
        assert match.group(2) == expected_signature(b"")
    if case.op == "delete_customer_data":  # API-FACTS.md: the bodiless DELETE sends and signs `{}`
        assert request.content == b"{}"
        assert request.headers["content-type"] == "application/json"
        assert match.group(2) == expected_signature(b"{}")


@pytest.mark.anyio
async def test_signature_changes_with_the_body(mode: Mode) -> None:
    server = FakeServer([respond(200, state_json()), respond(200, state_json())])
    client = mode.client(server, application_id=APP_ID, application_key=APP_KEY.upper())  # hex is case-insensitive
    await mode.call(client, "update_customer_profile", "p", attributes={"Name": "Ünïcødé"})
    await mode.call(client, "update_customer_profile", "p", attributes={"Name": "Unicode"})
    first, second = server.requests
    assert "Ünïcødé".encode() in first.content  # UTF-8 on the wire, and that is what is signed
    for request in server.requests:
        signature = request.headers["content-signature"].rsplit("=", 1)[1]
        assert signature == expected_signature(request.content)
    assert first.headers["content-signature"] != second.headers["content-signature"]


@pytest.mark.anyio
async def test_user_agent(mode: Mode) -> None:
    server, _ = await run(mode, OPS["get_reserved_coupons"])
    ua = server.last.headers["user-agent"]
    assert ua == (
        f"talon-integration-client/{talon_integration.__version__} "
        f"python/{platform.python_version()} httpx/{httpx.__version__}"
    )
    assert re.fullmatch(r"talon-integration-client/\S+ python/\d+\.\d+\.\d+\S* httpx/\d+\.\d+\.\d+\S*", ua)


@pytest.mark.anyio
@pytest.mark.parametrize("case", [OPS["get_reserved_coupons"], OPS["update_customer_profile"]], ids=lambda c: c.op)
async def test_default_headers_are_sent(mode: Mode, case: OpCase) -> None:
    server, _ = await run(mode, case, default_headers={"X-Shop": "eu-1", "X-Trace": "abc"})
    request = server.last
    assert request.headers["x-shop"] == "eu-1"
    assert request.headers["x-trace"] == "abc"
    assert request.headers["authorization"] == f"ApiKey-v1 {API_KEY}"


# --------------------------------------------------------------------------------------------------
# Path parameters: one percent-encoded segment, whatever the ID contains
# --------------------------------------------------------------------------------------------------

AWKWARD_IDS = {
    "A/B 10%?#": "A%2FB%2010%25%3F%23",
    "Ünïcødé": "%C3%9Cn%C3%AFc%C3%B8d%C3%A9",
    "a+b&c=d;e": "a%2Bb%26c%3Dd%3Be",
    "%2F": "%252F",
    "x..y": "x..y",
}


@pytest.mark.anyio
@pytest.mark.parametrize("raw_id", list(AWKWARD_IDS))
@pytest.mark.parametrize("case", all_cases(PATH_CASES))
async def test_path_parameter_is_one_encoded_segment(mode: Mode, case: OpCase, raw_id: str) -> None:
    server, _ = await run(mode, case, with_path_param(case, raw_id))
    raw_path = server.last.url.raw_path.decode()
    assert raw_path == PATH_PREFIX[case.op] + AWKWARD_IDS[raw_id]
    assert server.last.url.query == b""
    assert server.last.url.fragment == ""
    assert unquote(raw_path.rsplit("/", 1)[1]) == raw_id


@pytest.mark.anyio
@pytest.mark.parametrize("raw_id", [".", ".."])
@pytest.mark.parametrize(
    "case", all_cases([OPS[op] for op in ("delete_customer_data", "update_customer_profile", "get_reserved_customers")])
)
async def test_dot_segments_stay_one_segment(mode: Mode, case: OpCase, raw_id: str) -> None:
    """Regression: ``.``/``..`` pass through ``quote`` unchanged and httpx removes them as dot segments, so
    ``delete_customer_data("..")`` would send ``DELETE /v1``. They must be sent as ``%2E``/``%2E%2E``."""
    server = FakeServer([success(case)])
    client = mode.client(server)
    try:
        await mode.call(client, case.op, *with_path_param(case, raw_id), **case.kwargs)
    finally:
        await mode.close(client)
    raw_path = server.last.url.raw_path.decode()
    assert raw_path.startswith(PATH_PREFIX[case.op]), raw_path
    segment = raw_path[len(PATH_PREFIX[case.op]) :]
    assert "/" not in segment
    assert segment.upper() == raw_id.replace(".", "%2E")


# --------------------------------------------------------------------------------------------------
# Bodies: None means "not sent", dates become RFC 3339
# --------------------------------------------------------------------------------------------------

MINIMAL: list[tuple[str, tuple[Any, ...], dict[str, Any], dict[str, Any]]] = [
    ("update_customer_profile", ("p",), {}, {}),
    ("update_customer_profile", ("p",), {"attributes": None}, {}),
    ("update_customer_session", ("s",), {}, {}),
    (
        "update_customer_session",
        ("s",),
        dict.fromkeys(
            ("profile_id", "coupon", "referral", "state", "cart_items", "identifiers", "total", "attributes")
        ),
        {},
    ),
    ("update_customer_session", ("s",), {"profile_id": "", "coupon": ""}, {"profileId": "", "coupon": ""}),
    ("update_customer_session", ("s",), {"cart_items": [], "total": 0}, {"cartItems": [], "total": 0}),
    ("close_customer_session", ("s",), {"coupon": None}, {"state": "closed"}),
    ("cancel_customer_session", ("s",), {"profile_id": None}, {"state": "cancelled"}),
    ("track_event", (), {"session_id": "s", "type": "t"}, {"sessionId": "s", "type": "t", "attributes": {}}),
    (
        "track_event",
        (),
        {"session_id": "s", "type": "t", "attributes": None, "profile_id": None},
        {"sessionId": "s", "type": "t", "attributes": {}},
    ),
    (
        "create_referral",
        (),
        {"campaign_id": 1, "advocate_profile_integration_id": "a"},
        {"campaignId": 1, "advocateProfileIntegrationId": "a"},
    ),
    (
        "create_referral",
        (),
        {
            "campaign_id": 1,
            "advocate_profile_integration_id": "a",
            "friend_profile_integration_id": None,
            "start_date": None,
            "expiry_date": None,
        },
        {"campaignId": 1, "advocateProfileIntegrationId": "a"},
    ),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("op", "args", "kwargs", "body"), MINIMAL)
async def test_none_arguments_are_omitted(
    mode: Mode, op: str, args: tuple[Any, ...], kwargs: dict[str, Any], body: dict[str, Any]
) -> None:
    server, _ = await run(mode, OPS[op], args, kwargs)
    assert json_of(server.last) == body


UTC = dt.UTC
CET = dt.timezone(dt.timedelta(hours=1))
DATES: list[tuple[Any, dt.datetime]] = [
    (dt.datetime(2026, 12, 1, tzinfo=UTC), dt.datetime(2026, 12, 1, tzinfo=UTC)),
    (dt.datetime(2026, 12, 1, 8, 30, 15, 123456, tzinfo=CET), dt.datetime(2026, 12, 1, 7, 30, 15, 123456, tzinfo=UTC)),
    ("2027-01-31T23:59:59Z", dt.datetime(2027, 1, 31, 23, 59, 59, tzinfo=UTC)),
    ("2027-01-31T23:59:59+02:00", dt.datetime(2027, 1, 31, 21, 59, 59, tzinfo=UTC)),
    ("2027-01-31T23:59:59.5-05:30", dt.datetime(2027, 2, 1, 5, 29, 59, 500000, tzinfo=UTC)),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("given", "instant"), DATES, ids=[str(d[0]) for d in DATES])
async def test_dates_are_sent_as_rfc3339(mode: Mode, given: Any, instant: dt.datetime) -> None:
    kwargs = {
        "campaign_id": 78,
        "advocate_profile_integration_id": "user-42",
        "start_date": given,
        "expiry_date": given,
    }
    server, _ = await run(mode, OPS["create_referral"], kwargs=kwargs)
    body = json_of(server.last)
    for key in ("startDate", "expiryDate"):
        assert re.fullmatch(RFC3339, body[key]), body[key]
        assert dt.datetime.fromisoformat(body[key]) == instant


@pytest.mark.anyio
async def test_date_with_a_seconds_offset_is_still_rfc3339(mode: Mode) -> None:
    """Regression: ``isoformat()`` writes an offset with seconds (``+00:19:32``, e.g. an LMT zone or a
    ``timezone(timedelta(seconds=...))``), which RFC 3339 does not allow; such dates must still be RFC 3339."""
    odd = dt.timezone(dt.timedelta(minutes=19, seconds=32))
    given = dt.datetime(2026, 12, 1, 12, 0, tzinfo=odd)
    server = FakeServer([respond(201, referral_json())])
    client = mode.client(server)
    await mode.call(client, "create_referral", campaign_id=1, advocate_profile_integration_id="a", start_date=given)
    await mode.close(client)
    sent = json_of(server.last)["startDate"]
    assert re.fullmatch(RFC3339, sent), sent
    assert dt.datetime.fromisoformat(sent) == given


@pytest.mark.anyio
async def test_cart_items_as_models_and_dicts_give_the_same_json(mode: Mode) -> None:
    as_model = CartItem(
        sku="s",
        name="n",
        quantity=2,
        price=1.5,
        weight=0.5,
        position=1,
        attributes={"a": [1, 2]},
        adjustment=CartItemAdjustment(pay_from_loyalty_program=7, point_payment=100, remaining_price=0),
    )
    as_dict = {
        "sku": "s",
        "name": "n",
        "quantity": 2,
        "price": 1.5,
        "weight": 0.5,
        "position": 1,
        "attributes": {"a": [1, 2]},
        "adjustment": {"pay_from_loyalty_program": 7, "point_payment": 100, "remaining_price": 0},
        "category": None,  # None inside a cart line means "not sent" too
    }
    server = FakeServer([respond(200, state_json()), respond(200, state_json())])
    client = mode.client(server)
    await mode.call(client, "update_customer_session", "s", cart_items=[as_model])
    await mode.call(client, "update_customer_session", "s", cart_items=(item for item in [as_dict]))
    await mode.close(client)
    first, second = (json_of(r)["cartItems"] for r in server.requests)
    assert (
        first
        == second
        == [
            {
                "sku": "s",
                "name": "n",
                "quantity": 2,
                "price": 1.5,
                "weight": 0.5,
                "position": 1,
                "attributes": {"a": [1, 2]},
                "adjustment": {"payFromLoyaltyProgram": 7, "pointPayment": 100, "remainingPrice": 0},
            }
        ]
    )


@pytest.mark.anyio
async def test_attribute_values_serialise_as_json(mode: Mode) -> None:
    attributes = {
        "When": dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        "Nested": {"list": [1, 2.5, None, True], "text": 'Ünï "quoted" \n'},
        "Empty": {},
    }
    server, _ = await run(mode, OPS["update_customer_profile"], ("p",), {"attributes": attributes})
    sent = json_of(server.last)["attributes"]
    assert sent["Nested"] == attributes["Nested"]
    assert sent["Empty"] == {}
    assert dt.datetime.fromisoformat(sent["When"]) == attributes["When"]
    assert b"\\u00dc" not in server.last.content  # UTF-8, not \u escapes: the signed bytes are the sent bytes


@pytest.mark.anyio
async def test_identifiers_and_ids_accept_any_sequence(mode: Mode) -> None:
    server = FakeServer([respond(200, state_json()), respond(201, coupon_json())])
    client = mode.client(server)
    await mode.call(client, "update_customer_session", "s", identifiers=("a", "b"))
    await mode.call(client, "create_coupon_reservation", "C", integration_ids=iter(["x", "y"]))
    await mode.close(client)
    assert json_of(server.requests[0]) == {"identifiers": ["a", "b"]}
    assert json_of(server.requests[1]) == {"integrationIDs": ["x", "y"]}


# --------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_integration_state_result(mode: Mode) -> None:
    _, state = await run(mode, OPS["update_customer_session"])
    assert isinstance(state, talon_integration.IntegrationState)
    assert state.session.integration_id == "sess-1"
    assert state.session.discounts == {"10% off": 4.99}
    assert state.profile.integration_id == "user-42"
    assert [type(e) for e in state.effects] == [effects.AcceptCoupon, effects.SetDiscount]
    assert state.effects[1].name == "10% off"
    assert state.coupon_rejection_reason is None


@pytest.mark.anyio
async def test_rejected_coupon_result(mode: Mode) -> None:
    server = FakeServer([respond(200, state_json("couponRejected"))])
    client = mode.client(server)
    state = await mode.call(client, "update_customer_session", "sess-2", coupon="NOPE-0000")
    await mode.close(client)
    (effect,) = state.effects
    assert isinstance(effect, effects.RejectCoupon)
    assert effect.value == "NOPE-0000"
    assert effect.campaign_id == -1
    assert state.coupon_rejection_reason.reason == "CouponNotFound"


@pytest.mark.anyio
async def test_list_results(mode: Mode) -> None:
    _, customers = await run(mode, OPS["get_reserved_customers"])
    assert customers.total_result_size == 1
    assert [p.integration_id for p in customers.data] == ["user-42"]
    assert [p.integration_id for p in customers] == ["user-42"]
    assert len(customers) == 1
    assert isinstance(customers.data[0], talon_integration.CustomerProfile)
    _, coupons = await run(mode, OPS["get_reserved_coupons"])
    assert coupons.total_result_size == 1
    assert isinstance(coupons.data[0], talon_integration.Coupon)
    assert coupons.data[0].value == "XMAS-2026"
    assert coupons.data[0].reservation is True


@pytest.mark.anyio
async def test_referral_and_coupon_results(mode: Mode) -> None:
    _, referral = await run(mode, OPS["create_referral"])
    assert referral.code == "REF-7Q2X"
    assert referral.start_date == dt.datetime(2026, 12, 1, tzinfo=UTC)
    assert referral.friend_profile_integration_id == "user-77"
    _, coupon = await run(mode, OPS["create_coupon_reservation"])
    assert coupon.value == "XMAS-2026"
    assert coupon.batch_id == "xmas"
    assert coupon.recipient_integration_id is None


@pytest.mark.anyio
@pytest.mark.parametrize("op", ["delete_customer_data", "delete_coupon_reservation"])
async def test_no_content_results_are_none_even_with_a_body(mode: Mode, op: str) -> None:
    server = FakeServer([respond(200, {"unexpected": True})])
    client = mode.client(server)
    result = await mode.call(client, op, *OPS[op].args, **OPS[op].kwargs)
    await mode.close(client)
    assert result is None


# --------------------------------------------------------------------------------------------------
# Refused before any I/O
# --------------------------------------------------------------------------------------------------


class NotJSON:
    pass


def _cases_of_invalid_input() -> list[Any]:
    path_ops = [case.op for case in PATH_CASES]
    out: list[Any] = []

    def add(name: str, op: str, *args: Any, **kwargs: Any) -> None:
        out.append(pytest.param(op, args, kwargs, id=name))

    for op in path_ops:
        case = OPS[op]
        add(f"{op}-empty-id", op, *with_path_param(case, ""), **case.kwargs)
        add(f"{op}-int-id", op, *with_path_param(case, 42), **case.kwargs)
        add(f"{op}-none-id", op, *with_path_param(case, None), **case.kwargs)
        add(f"{op}-bytes-id", op, *with_path_param(case, b"abc"), **case.kwargs)
    s = "update_customer_session"
    item = {"sku": "s", "name": "n", "quantity": 1, "price": 1.0}
    for name, bad in [
        ("quantity-0", {**item, "quantity": 0}),
        ("quantity-negative", {**item, "quantity": -1}),
        ("quantity-bool", {**item, "quantity": True}),
        ("quantity-float", {**item, "quantity": 1.0}),
        ("quantity-str", {**item, "quantity": "1"}),
        ("empty-sku", {**item, "sku": ""}),
        ("empty-name", {**item, "name": ""}),
        ("missing-sku", {k: v for k, v in item.items() if k != "sku"}),
        ("price-nan", {**item, "price": float("nan")}),
        ("price-inf", {**item, "price": float("inf")}),
        ("price-bool", {**item, "price": False}),
        ("price-str", {**item, "price": "1.00"}),
        ("weight-str", {**item, "weight": "1"}),
        ("category-int", {**item, "category": 5}),
        ("unknown-key", {**item, "colour": "red"}),
        ("wire-name-key", {**item, "cartItemId": 1}),
        ("attributes-list", {**item, "attributes": ["a"]}),
        ("adjustment-zero-points", {**item, "adjustment": {"pay_from_loyalty_program": 1, "point_payment": 0}}),
        ("adjustment-unknown-key", {**item, "adjustment": {"payFromLoyaltyProgram": 1, "pointPayment": 1}}),
        ("model-quantity-0", CartItem(sku="s", name="n", quantity=0, price=1.0)),
        ("model-empty-name", CartItem(sku="s", name="", quantity=1, price=1.0)),
        ("not-a-line", "shoe-1"),
        ("none-line", None),
    ]:
        add(f"cart-{name}", s, "s", cart_items=[bad])
    add("cart-items-is-a-dict", s, "s", cart_items=item)
    add("cart-items-is-a-str", s, "s", cart_items="shoe")
    add("unknown-state", s, "s", state="paid")
    add("state-wrong-case", s, "s", state="Closed")
    add("state-not-str", s, "s", state=1)
    add("state-empty", s, "s", state="")
    add("total-nan", s, "s", total=float("nan"))
    add("total-inf", s, "s", total=float("-inf"))
    add("total-bool", s, "s", total=True)
    add("total-str", s, "s", total="10")
    add("profile-id-int", s, "s", profile_id=42)
    add("coupon-int", s, "s", coupon=5)
    add("identifiers-str", s, "s", identifiers="abc")
    add("identifiers-empty-entry", s, "s", identifiers=["a", ""])
    add("identifiers-int-entry", s, "s", identifiers=[1])
    add("attributes-list", s, "s", attributes=[("a", 1)])
    add("attributes-str", s, "s", attributes="a=1")
    add("attributes-int-key", s, "s", attributes={1: "x"})
    add("attributes-empty-key", s, "s", attributes={"": "x"})
    add("attributes-not-json", s, "s", attributes={"a": NotJSON()})
    add("attributes-set", s, "s", attributes={"a": {1, 2}})
    add("attributes-nan", s, "s", attributes={"a": float("nan")})
    add("attributes-bytes", s, "s", attributes={"a": b"x"})
    add("attributes-tuple-key-nested", s, "s", attributes={"a": {(1, 2): "x"}})
    add("close-unknown-kw-none-attr", "close_customer_session", "s", attributes="x")
    add("profile-attributes-not-mapping", "update_customer_profile", "p", attributes=["x"])
    add("profile-attributes-not-json", "update_customer_profile", "p", attributes={"a": object()})
    t = "track_event"
    add("event-empty-session", t, session_id="", type="t")
    add("event-empty-type", t, session_id="s", type="")
    add("event-none-session", t, session_id=None, type="t")
    add("event-int-type", t, session_id="s", type=3)
    add("event-attributes-list", t, session_id="s", type="t", attributes=[1])
    add("event-attributes-not-json", t, session_id="s", type="t", attributes={"a": NotJSON()})
    add("event-profile-int", t, session_id="s", type="t", profile_id=1)
    r = "create_referral"
    ok = {"campaign_id": 1, "advocate_profile_integration_id": "a"}
    add("referral-campaign-bool", r, **{**ok, "campaign_id": True})
    add("referral-campaign-0", r, **{**ok, "campaign_id": 0})
    add("referral-campaign-negative", r, **{**ok, "campaign_id": -3})
    add("referral-campaign-str", r, **{**ok, "campaign_id": "78"})
    add("referral-campaign-float", r, **{**ok, "campaign_id": 78.0})
    add("referral-empty-advocate", r, **{**ok, "advocate_profile_integration_id": ""})
    add("referral-empty-friend", r, **ok, friend_profile_integration_id="")
    add("referral-naive-datetime", r, **ok, start_date=dt.datetime(2026, 1, 1))
    add("referral-naive-string", r, **ok, expiry_date="2026-01-01T00:00:00")
    add("referral-date-only-string", r, **ok, expiry_date="2026-01-01")
    add("referral-unparsable-date", r, **ok, start_date="next tuesday")
    add("referral-empty-date", r, **ok, start_date="")
    add("referral-date-int", r, **ok, start_date=1767225600)
    for op in ("create_coupon_reservation", "delete_coupon_reservation"):
        add(f"{op}-empty-ids", op, "C", integration_ids=[])
        add(f"{op}-too-many-ids", op, "C", integration_ids=[f"u{i}" for i in range(1001)])
        add(f"{op}-ids-str", op, "C", integration_ids="user-42")
        add(f"{op}-ids-empty-entry", op, "C", integration_ids=["a", ""])
        add(f"{op}-ids-none-entry", op, "C", integration_ids=["a", None])
        add(f"{op}-ids-none", op, "C", integration_ids=None)
    return out


@pytest.mark.anyio
@pytest.mark.parametrize(("op", "args", "kwargs"), _cases_of_invalid_input())
async def test_invalid_input_is_refused_before_io(
    mode: Mode, op: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError) as info:
        await mode.call(client, op, *args, **kwargs)
    await mode.close(client)
    assert isinstance(info.value, ValueError)
    assert str(info.value)


@pytest.mark.anyio
async def test_exactly_1000_integration_ids_are_accepted(mode: Mode) -> None:
    ids = [f"u{i}" for i in range(1000)]
    server, _ = await run(mode, OPS["create_coupon_reservation"], ("C",), {"integration_ids": ids})
    assert json_of(server.last) == {"integrationIDs": ids}


@pytest.mark.anyio
async def test_error_message_names_the_argument(mode: Mode) -> None:
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError, match="quantity"):
        await mode.call(client, "update_customer_session", "s", cart_items=[{**CART_DICT, "quantity": 0}])
    with pytest.raises(InvalidInputError, match="state"):
        await mode.call(client, "update_customer_session", "s", state="paid")
    with pytest.raises(InvalidInputError, match="integration_ids"):
        await mode.call(client, "create_coupon_reservation", "C", integration_ids=[])
    with pytest.raises(InvalidInputError, match="coupon_value"):
        await mode.call(client, "get_reserved_customers", "")
    await mode.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        ("expiry_date", dt.datetime(2026, 1, 1)),
        ("start_date", dt.datetime(2026, 1, 1, 10, 30)),
        ("expiry_date", "2026-12-31T10:00:00"),
        ("expiry_date", "2026-12-31"),
    ],
)
async def test_a_naive_date_time_is_refused_for_its_missing_timezone(mode: Mode, keyword: str, value: Any) -> None:
    """Regression (issue 17): a naive datetime was told it is "outside the range of dates that can be sent"."""
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError) as info:
        await mode.call(
            client, "create_referral", **{"campaign_id": 1, "advocate_profile_integration_id": "a", keyword: value}
        )
    await mode.close(client)
    assert str(info.value) == f"{keyword} must carry a timezone (e.g. datetime.now(timezone.utc)), got {value!r}"
    assert info.value.parameter == keyword


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("op", "args", "kwargs"),
    [
        pytest.param("get_reserved_coupons", ("user-\ud800",), {}, id="path-id"),
        pytest.param("update_customer_session", ("s",), {"profile_id": "\udcff"}, id="profile-id"),
        pytest.param("update_customer_profile", ("p",), {"attributes": {"Name": "x\ud83d"}}, id="attribute-value"),
        pytest.param("track_event", (), {"session_id": "s", "type": "t\udc80"}, id="event-type"),
    ],
)
async def test_lone_surrogates_are_invalid_input(
    mode: Mode, op: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """Regression: a string with a lone surrogate (what ``json.loads('"\\ud800"')`` or surrogateescape
    decoding give) cannot be UTF-8 encoded; it must give InvalidInputError, not UnicodeEncodeError."""
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError):
        await mode.call(client, op, *args, **kwargs)
    await mode.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(CartItem(sku=None, name="n", quantity=1, price=1.0), id="sku-None"),  # type: ignore[arg-type]
        pytest.param(CartItem(sku="s", name="n", quantity=None, price=1.0), id="quantity-None"),  # type: ignore[arg-type]
        pytest.param(CartItem(sku="s", name="n", quantity=1, price=1.0, adjustment="x"), id="adjustment-str"),  # type: ignore[arg-type]
        pytest.param(CartItem(sku="s", name="n", quantity=1, price=1.0, attributes="x"), id="attributes-str"),  # type: ignore[arg-type]
    ],
)
async def test_malformed_cart_item_models_are_invalid_input(mode: Mode, line: CartItem) -> None:
    """Regression: a CartItem built with None for a required field (e.g. from ``row.get("sku")``) or with a
    non-model adjustment must give InvalidInputError, not KeyError / AttributeError."""
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError):
        await mode.call(client, "update_customer_session", "s", cart_items=[line])
    await mode.close(client)


@pytest.mark.anyio
async def test_cart_item_model_with_a_dict_adjustment(mode: Mode) -> None:
    """Not spelled out in DESIGN.md: cart lines may be dicts, so a dict ``adjustment`` inside a ``CartItem`` is
    what a user tries next; it is sent as it is inside a dict line (regression test)."""
    server = FakeServer([respond(200, state_json())])
    client = mode.client(server)
    line = CartItem(
        sku="s", name="n", quantity=1, price=1.0, adjustment={"pay_from_loyalty_program": 7, "point_payment": 5}
    )  # type: ignore[arg-type]
    await mode.call(client, "update_customer_session", "s", cart_items=[line])
    await mode.close(client)
    assert json_of(server.last)["cartItems"][0]["adjustment"] == {"payFromLoyaltyProgram": 7, "pointPayment": 5}


# --------------------------------------------------------------------------------------------------
# The operations table agrees with openapi.yaml
# --------------------------------------------------------------------------------------------------


def _assert_table_matches(operations: Sequence[Any], spec: dict[str, Any]) -> None:
    spec_ops = {op.operation_id: op for op in iter_operations(spec)}
    assert {op.operation_id for op in operations} == set(spec_ops)  # the table is the spec's, whatever it holds
    for op in operations:
        spec_op = spec_ops[op.operation_id]
        assert op.method == spec_op.method.upper()
        assert op.path == spec_op.path
        success = [int(s) for s in spec_op.op["responses"] if str(s).startswith("2")]
        assert op.success_status == min(success), op.operation_id
        assert (op.parse is None) == (success == [204]), op.operation_id
        # Idempotency from the spec: the HTTP method, unless the success response says otherwise.
        response = resolve(spec, "", spec_op.op["responses"][str(min(success))])[1]
        flag = response.get("x-talon-idempotent")
        expected = spec_op.method in ("get", "put", "delete", "head", "options") if flag is None else flag
        assert op.idempotent is expected, op.operation_id
    # A floor, not the whole set: the spec may add POST operations (each not idempotent unless it says so).
    non_idempotent = {op.operation_id for op in operations if not op.idempotent}
    assert {"trackEvent", "createReferral"} <= non_idempotent
    assert {"createCouponReservation", "updateCustomerSession", "deleteCustomerData"}.isdisjoint(non_idempotent)


def test_operations_table_matches_the_spec() -> None:
    _assert_table_matches(OPERATIONS, load_spec())


def test_the_table_check_holds_when_the_spec_gains_a_post_operation() -> None:
    """Regression (issue 17): the check said ``non_idempotent == {"trackEvent", "createReferral"}`` and failed as
    soon as the spec gained a POST operation."""
    spec = copy.deepcopy(load_spec())
    post = copy.deepcopy(spec["paths"]["/v1/events"]["post"])
    post["operationId"] = "trackEventV3"  # one the spec does not have (trackEventV2 is real since issue 19)
    spec["paths"]["/v3/events"] = {"post": post}
    track = next(op for op in OPERATIONS if op.operation_id == "trackEvent")
    new = attrs.evolve(track, operation_id="trackEventV3", name="track_event_v3", path="/v3/events")
    _assert_table_matches([*OPERATIONS, new], spec)


def test_each_case_covers_one_client_method() -> None:
    """The cases cover the nine operations of the facts and the two conveniences; the clients have a method for
    each of them and for every other operation of the table (the spec may add operations; no case is needed), plus
    the iterator the table names for each paged operation, and nothing else."""
    extra = {"close_customer_session", "cancel_customer_session"}
    assert set(OPS) == {name for name in OPS if name in {op.name for op in OPERATIONS}} | extra
    for client_class, own in ((talon_integration.IntegrationClient, "close"),
                              (talon_integration.AsyncIntegrationClient, "aclose")):  # fmt: skip
        methods = {name for name in dir(client_class) if not name.startswith("_")}
        iterators = {op.iterator for op in OPERATIONS if op.iterator}  # the paged operations' iter_... methods
        expected = {op.name for op in OPERATIONS} | extra | iterators
        assert methods - {own, "with_options", "with_raw_response"} == expected


def test_request_bodies_are_compact_utf8_json() -> None:
    server = FakeServer([respond(200, state_json())])
    with IntegrationClient(base_url=BASE_URL, api_key=API_KEY, transport=httpx.MockTransport(server)) as client:
        client.update_customer_profile("p", attributes={"Name": "Ünï"})
    assert (
        server.last.content
        == json.dumps({"attributes": {"Name": "Ünï"}}, separators=(",", ":"), ensure_ascii=False).encode()
    )


@pytest.mark.anyio
async def test_decimal_money_is_sent_as_json_numbers(mode: Mode) -> None:
    from decimal import Decimal

    server = FakeServer([respond(200, state_json())], repeat_last=True)
    client = mode.client(server)
    await mode.call(
        client,
        "update_customer_session",
        "sess-1",
        cart_items=[
            CartItem(sku="a", name="A", quantity=1, price=Decimal("9.99")),  # type: ignore[arg-type]
            {"sku": "b", "name": "B", "quantity": 2, "price": Decimal("0.50"), "weight": Decimal("1.25")},
        ],
        total=Decimal("10.99"),
        attributes={"Spent": Decimal("12.5")},
    )
    body = json.loads(server.last.content)
    assert body["total"] == 10.99
    assert [item["price"] for item in body["cartItems"]] == [9.99, 0.5]
    assert body["cartItems"][1]["weight"] == 1.25
    assert body["attributes"] == {"Spent": 12.5}
    with pytest.raises(InvalidInputError):
        await mode.call(client, "update_customer_session", "sess-1", total=Decimal("NaN"))
    await mode.close(client)
