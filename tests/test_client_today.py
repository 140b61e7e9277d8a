"""Today's operations on the wire (``httpx.MockTransport``), sync and async: what the 2019 nine never needed.

Several path parameters (integers and strings), query parameters of every kind (booleans as ``true``/``false``,
date-times, arrays repeated or comma-separated, integers checked against their bounds before any I/O), a bodiless
PUT, a free-form object as the whole body, and a 204 without a body where the spec allows one (``silent=yes``).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from _client_helpers import FakeServer, Mode, json_of, no_io, respond, spec_example
from spec_facts import load_spec

from talon_integration.errors import InvalidInputError
from talon_integration_generated.api import BY_NAME


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


# ---- deprecated operations: a DeprecationWarning naming the successor, once per client ---------------------


def _deprecated_in_spec() -> set[str]:
    spec = load_spec()
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("deprecated") is True
    }


def test_the_table_marks_exactly_the_deprecated_operations_and_names_a_successor() -> None:
    marked = {op.operation_id for op in BY_NAME.values() if op.deprecated is not None}
    assert marked == _deprecated_in_spec()  # the table says what the spec says
    assert {"updateCustomerProfile", "updateCustomerSession", "trackEvent", "getReservedCoupons"} <= marked
    for op in BY_NAME.values():
        if op.deprecated is not None:
            assert op.deprecated.startswith(f"{op.name}() is deprecated by Talon.One ({op.operation_id}); use ")
            successor = re.search(r"; use (\w+)\(\)", op.deprecated)
            assert successor is not None and successor[1] in BY_NAME and successor[1] != op.name, op.deprecated


@pytest.mark.anyio
async def test_a_deprecated_operation_warns_once_naming_its_successor(mode: Mode) -> None:
    body = spec_example("getReservedCoupons", "200")
    server = FakeServer([respond(200, body)] * 4 + [respond(200, spec_example("getCustomerInventory", "200"))])
    client = mode.client(server)
    with pytest.warns(DeprecationWarning) as caught:
        await mode.call(client, "get_reserved_coupons", "user-42")
        await mode.call(client, "get_reserved_coupons", "user-42")
        await mode.call(client.with_options(timeout=3), "get_reserved_coupons", "user-42")  # a copy: warned already
        await mode.call(client.with_raw_response, "get_reserved_coupons", "user-42")
        await mode.call(client, "get_customer_inventory", "user-42", coupons=True)  # the successor: no warning
    await mode.close(client)
    assert [str(w.message) for w in caught] == [
        "get_reserved_coupons() is deprecated by Talon.One (getReservedCoupons); "
        "use get_customer_inventory() with coupons=true instead."
    ]
    assert caught[0].filename == _helpers_file()  # the line that called the method (here: the test helper's)
    other = mode.client(FakeServer([respond(200, body)]))
    with pytest.warns(DeprecationWarning, match=r"get_reserved_coupons\(\).*get_customer_inventory\(\)"):
        await mode.call(other, "get_reserved_coupons", "user-42")  # another client warns again
    await mode.close(other)


def _helpers_file() -> str:
    import _client_helpers

    return _client_helpers.__file__


def test_the_cli_and_the_demo_stay_quiet_even_under_error_filters(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from talon_integration import cli

    answer = spec_example("getReservedCoupons", "200")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # python -W error: still no traceback
        code = cli.run(["--base-url", "https://acme.example", "--api-key", "k", "get-reserved-coupons", "u1"],
                       transport=transport)  # fmt: skip
        _, err = capsys.readouterr()
        assert code == 0, err
        assert err == ""
        assert "use `getCustomerInventory`" in BY_NAME["get_reserved_coupons"].description  # what its --help says
        assert cli.main(["demo"]) == 0
        _, err = capsys.readouterr()
        assert err == ""


def test_generation_refuses_a_deprecation_that_names_no_successor() -> None:
    import copy

    import deprecations  # tools/ (on the tests' sys.path): the post hook that writes the generated table

    from talon_integration_generated.deprecations import DEPRECATED

    assert deprecations.deprecations(load_spec()) == DEPRECATED
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/v1/events"]["post"]["description"] = "Records an event. Deprecated: gone."
    with pytest.raises(SystemExit, match="trackEvent is deprecated: true, but its description"):
        deprecations.deprecations(spec)
