"""Edge cases found in review: each was a bug (a non-TalonError crash or lost data) until fixed.

evolve() of a parsed model keeps its unknown fields; numbers a float cannot hold, non-ASCII header
values, odd digit strings and NaN timeouts are refused with typed errors; backoff never overflows.
"""

from __future__ import annotations

import copy
import inspect
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from _client_helpers import API_KEY, BASE_URL, Mode, reserved_customers_json, respond, spec_example, state_json

from talon_integration import CartItem, IntegrationClient, errors, response_problems
from talon_integration._retry import RetryPolicy
from talon_integration.models import CustomerSession, IntegrationState, ReservedCustomers


def _client(**kwargs: Any) -> IntegrationClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=state_json())

    kwargs.setdefault("transport", httpx.MockTransport(handler))
    kwargs.setdefault("api_key", API_KEY)
    return IntegrationClient(base_url=BASE_URL, **kwargs)


# ---- 1. attrs.evolve() of a parsed model drops its unknown fields (unless they were read first) ----------


def _session_with_unknown_field() -> CustomerSession:
    data = state_json()
    data["session"]["futureField"] = {"kept": True}
    return IntegrationState.from_dict(data).session


def test_evolve_keeps_unknown_fields_even_if_never_read() -> None:
    session = _session_with_unknown_field()
    closed = attrs.evolve(session, state="closed")
    assert closed.additional_properties == {"futureField": {"kept": True}}
    assert closed.to_dict()["futureField"] == {"kept": True}


def test_evolve_without_changes_gives_an_equal_model() -> None:
    session = _session_with_unknown_field()
    assert attrs.evolve(session) == session


def test_evolve_keeps_unknown_fields_read_before_and_given_to_the_constructor() -> None:
    session = _session_with_unknown_field()
    assert session.additional_properties == {"futureField": {"kept": True}}
    assert attrs.evolve(session, coupon="X").additional_properties == {"futureField": {"kept": True}}
    built = CartItem(sku="s", name="n", quantity=1, price=1.0, additional_properties={"giftWrap": True})
    assert attrs.evolve(built, quantity=2).to_dict()["giftWrap"] is True
    assert CartItem(sku="s", name="n", quantity=1, price=1.0).additional_properties == {}


def test_the_parse_source_is_no_constructor_argument() -> None:
    assert "_source" not in inspect.signature(CustomerSession).parameters
    with pytest.raises(TypeError):
        CartItem(sku="s", name="n", quantity=1, price=1.0, _source={"x": 1})  # type: ignore[call-arg]


# ---- 2. number(): some numeric inputs crash with a non-TalonError -----------------------------------------


@pytest.mark.parametrize(
    "total",
    [pytest.param(10**400, id="int-too-large-for-float"), pytest.param(Decimal("sNaN"), id="decimal-snan")],
)
def test_unrepresentable_total_is_invalid_input(total: Any) -> None:
    with _client() as client, pytest.raises(errors.InvalidInputError):
        client.update_customer_session("sess-1", total=total)


@pytest.mark.parametrize(
    "price",
    [pytest.param(Decimal("sNaN"), id="decimal-snan")],
)
def test_unrepresentable_cart_price_is_invalid_input(price: Any) -> None:
    item = CartItem(sku="a", name="b", quantity=1, price=price)
    with _client() as client, pytest.raises(errors.InvalidInputError):
        client.update_customer_session("sess-1", cart_items=[item])


def test_unrepresentable_adjustment_remaining_price_is_invalid_input() -> None:
    item = {
        "sku": "a",
        "name": "b",
        "quantity": 1,
        "price": 1.0,
        "adjustment": {"pay_from_loyalty_program": 1, "point_payment": 1, "remaining_price": 10**400},
    }
    with _client() as client, pytest.raises(errors.InvalidInputError):
        client.update_customer_session("sess-1", cart_items=[item])


# ---- 3. malformed configuration that is not caught at construction ----------------------------------------


def test_non_ascii_default_header_is_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError):
        _client(default_headers={"X-Shop": "Café Müller"})


def test_non_ascii_default_header_with_own_http_client_is_a_configuration_error() -> None:
    user_http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    try:
        with pytest.raises(errors.ConfigurationError):
            client = IntegrationClient(
                base_url=BASE_URL,
                api_key=API_KEY,
                default_headers={"X-Shop": "Café"},
                http_client=user_http,
            )
            client.delete_customer_data("x")  # today: UnicodeEncodeError here, on every call
    finally:
        user_http.close()


def test_non_decimal_digit_application_id_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # "²".isdigit() is True but int("²") raises ValueError.
    monkeypatch.setenv("TALON_APPLICATION_ID", "²")
    monkeypatch.setenv("TALON_APPLICATION_KEY", "fefecafedeadbeef")
    with pytest.raises(errors.ConfigurationError):
        IntegrationClient(base_url=BASE_URL)


def test_nan_timeout_is_a_configuration_error() -> None:
    # Accepted today; the first real request then dies with ValueError("Invalid value NaN") from socket.settimeout.
    with pytest.raises(errors.ConfigurationError):
        _client(timeout=float("nan"))
    with _client() as client, pytest.raises(errors.ConfigurationError):
        client.with_options(timeout=float("nan"))


# ---- 4. retry backoff overflows after ~1024 attempts ------------------------------------------------------


def test_backoff_is_capped_for_any_attempt_number() -> None:
    policy = RetryPolicy(max_retries=5000, rand=lambda: 0.0)
    assert policy.backoff(1100) == 8.0  # today: OverflowError from 0.5 * 2**1100


@pytest.mark.anyio
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_a_long_answer_parses_as_from_dict_does(is_async: bool) -> None:
    """The client parses its own JSON consuming it (models put in place of the items); the models are the same as
    ``from_dict``'s of the same JSON, order and unknown fields included, and a bad item is still named."""
    data = reserved_customers_json()
    profile = data["data"][0]
    data["data"] = [dict(profile, integrationId=f"p-{i}", futureField={"i": i}) for i in range(50)]
    data["totalResultSize"] = 50
    mode = Mode(is_async)
    client = mode.client(lambda request: respond(200, data))
    result = await mode.call(client, "get_reserved_customers", "C")
    assert result == ReservedCustomers.from_dict(data)
    assert [p.integration_id for p in result.data] == [f"p-{i}" for i in range(50)]
    assert result.data[49].additional_properties == {"futureField": {"i": 49}}
    data["data"][37]["accountId"] = "3"
    result = await mode.call(client, "get_reserved_customers", "C")
    assert [p.pointer for p in response_problems(result)] == ["/data/37/accountId"]
    assert result.data[37].account_id is None and result.data[36].account_id == data["data"][36]["accountId"]
    assert [p.integration_id for p in result.data] == [f"p-{i}" for i in range(50)]
    strict = client.with_options(strict_response_validation=True)
    with pytest.raises(errors.APIResponseValidationError, match=r"/data/37/accountId"):
        await mode.call(strict, "get_reserved_customers", "C")
    await mode.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
async def test_nested_lists_and_maps_of_models_parse_as_from_dict_does(is_async: bool) -> None:
    """Consuming reaches every level: lists of models inside models (cart items, the profile's memberships) and
    maps of models (additional costs by name, loyalty programs by ID) come out as ``from_dict``'s, with unknown
    fields, and a bad value deep inside a map is named by its path."""
    data = state_json()
    item = data["session"]["cartItems"][0]
    data["session"]["cartItems"] = [
        dict(item, sku=f"s-{i}", additionalCosts={"shipping": {"price": 4.5 + i}, "wrap": {"price": 1.0, "new": i}})
        for i in range(4)
    ]
    data["profile"]["loyaltyMemberships"] = [{"loyaltyProgramId": 7, "joined": "2026-01-20T09:30:00.123Z"}] * 2
    data["loyalty"] = spec_example("trackEvent", "201", "eventTracked")["loyalty"]
    expected = IntegrationState.from_dict(copy.deepcopy(data))
    mode = Mode(is_async)
    client = mode.client(lambda request: respond(200, data))
    state = await mode.call(client, "update_customer_session", "sess-1", profile_id="user-42")
    assert state == expected
    items = state.session.cart_items
    assert [i.sku for i in items] == ["s-0", "s-1", "s-2", "s-3"]
    assert items[3].additional_costs["shipping"].price == 7.5
    assert items[3].additional_costs["wrap"].additional_properties == {"new": 3}
    assert [m.loyalty_program_id for m in state.profile.loyalty_memberships] == [7, 7]
    assert state.loyalty is not None and expected.loyalty is not None
    assert state.loyalty.programs.keys() == expected.loyalty.programs.keys() != set()
    data["session"]["cartItems"][2]["additionalCosts"]["wrap"]["price"] = "1.0"
    state = await mode.call(client, "update_customer_session", "sess-1", profile_id="user-42")
    assert [p.pointer for p in response_problems(state)] == ["/session/cartItems/2/additionalCosts/wrap/price"]
    strict = client.with_options(strict_response_validation=True)
    with pytest.raises(errors.APIResponseValidationError, match=r"/session/cartItems/2/additionalCosts/wrap/price"):
        await mode.call(strict, "update_customer_session", "sess-1", profile_id="user-42")
    await mode.close(client)
