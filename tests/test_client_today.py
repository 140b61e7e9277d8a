"""Today's operations on the wire (``httpx.MockTransport``), sync and async: what the 2019 nine never needed.

Several path parameters (integers and strings), query parameters of every kind (booleans as ``true``/``false``,
date-times, arrays repeated or comma-separated, integers checked against their bounds before any I/O), a bodiless
PUT, a free-form object as the whole body, and a 204 without a body where the spec allows one (``silent=yes``).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qsl, urlsplit

import pytest
from _client_helpers import MODES, FakeServer, Mode, json_of, no_io, respond, spec_example

from talon_integration.errors import InvalidInputError


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=MODES, ids=str)
def mode(request: pytest.FixtureRequest) -> Mode:
    mode: Mode = request.param
    return mode


def _query(server: FakeServer) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(str(server.last.url)).query)


@pytest.mark.anyio
async def test_two_path_parameters_and_repeated_array(mode: Mode) -> None:
    server = FakeServer([respond(200, spec_example("getLoyaltyCardBalances", "200"))])
    client = mode.client(server)
    await mode.call(
        client, "get_loyalty_card_balances", 7, "card A/1", end_date=dt.datetime(2026, 12, 31, tzinfo=dt.UTC),
        subledger_id=["main", "bonus"],
    )  # fmt: skip
    await mode.close(client)
    assert server.last.method == "GET"
    assert server.last.url.raw_path.split(b"?")[0] == b"/v1/loyalty_programs/7/cards/card%20A%2F1/balances"
    assert _query(server) == [
        ("endDate", "2026-12-31T00:00:00+00:00"),
        ("subledgerId", "main"),
        ("subledgerId", "bonus"),
    ]


@pytest.mark.anyio
async def test_comma_separated_arrays_booleans_and_bounds(mode: Mode) -> None:
    server = FakeServer([respond(200, spec_example("getCustomerAchievements", "200"))])
    client = mode.client(server)
    await mode.call(client, "get_customer_achievements", "user-42", campaign_ids=["59", "61"], page_size=1000, skip=0)
    await mode.close(client)
    assert _query(server) == [("campaignIds", "59,61"), ("pageSize", "1000"), ("skip", "0")]


@pytest.mark.anyio
async def test_booleans_are_spelled_as_the_service_spells_them(mode: Mode) -> None:
    server = FakeServer([respond(200, spec_example("getCustomerInventory", "200"))])
    client = mode.client(server)
    await mode.call(client, "get_customer_inventory", "user-42", coupons=True, loyalty=False)
    await mode.close(client)
    assert _query(server) == [("coupons", "true"), ("loyalty", "false")]


@pytest.mark.anyio
@pytest.mark.parametrize(("op", "args", "kwargs", "parameter"), [
    ("get_customer_achievements", ("u",), {"page_size": 0}, "page_size"),
    ("get_customer_achievements", ("u",), {"page_size": 1001}, "page_size"),
    ("get_loyalty_card_points", (1, "c"), {"page_size": "10"}, "page_size"),
    ("get_loyalty_balances", ("1", "u"), {}, "loyalty_program_id"),
    ("get_customer_inventory", ("u",), {"coupons": "yes"}, "coupons"),
    ("update_customer_session_v2", ("s",), {"customer_session": {}, "now": dt.datetime(2026, 1, 1)}, "now"),
    ("update_audience_customers_attributes", (1,), {"body": ["not", "a", "mapping"]}, "body"),
])  # fmt: skip
async def test_bad_arguments_are_refused_before_any_io(
    mode: Mode, op: str, args: tuple[object, ...], kwargs: dict[str, object], parameter: str
) -> None:
    client = mode.client(no_io)
    with pytest.raises(InvalidInputError) as caught:
        await mode.call(client, op, *args, **kwargs)
    await mode.close(client)
    assert caught.value.parameter == parameter


@pytest.mark.anyio
async def test_free_form_body_and_bodiless_put(mode: Mode) -> None:
    server = FakeServer([respond(204), respond(200, spec_example("reopenCustomerSession", "200"))])
    client = mode.client(server)
    assert await mode.call(client, "update_audience_customers_attributes", 3, body={"Loyalty level": "gold"}) is None
    assert json_of(server.last) == {"Loyalty level": "gold"}
    await mode.call(client, "reopen_customer_session", "sess-1")
    await mode.close(client)
    assert (server.last.method, server.last.url.path, server.last.content) == (
        "PUT",
        "/v2/customer_sessions/sess-1/reopen",
        b"",
    )


@pytest.mark.anyio
async def test_silent_204_is_none_and_200_is_the_model(mode: Mode) -> None:
    """``silent=yes`` (the service's default) answers 204 without a body: the result is None, not an error."""
    body = spec_example("updateCustomerProfilesV2", "200")
    server = FakeServer([respond(204), respond(200, body)])
    client = mode.client(server)
    profiles = [{"integration_id": "user-42"}]
    assert await mode.call(client, "update_customer_profiles_v2", customer_profiles=profiles) is None
    result = await mode.call(client, "update_customer_profiles_v2", customer_profiles=profiles, silent="no")
    await mode.close(client)
    assert result is not None and result.to_dict() == body
    assert _query(server) == [("silent", "no")]
