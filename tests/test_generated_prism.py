"""The generated client against a Prism mock of openapi.yaml (static mode, ``--errors``).

Prism validates every request against the spec (a bad one gets 400/422, missing credentials 401) and
answers with the spec's named examples; with ``--errors`` a response that would break the spec becomes a
500, and any lesser violation shows up in an ``sl-violations`` header. So these tests check the generated
client's requests, Prism's view of the spec's examples, and the generated parsers, in one go.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from _prism import PrismServer
from spec_facts import OPERATIONS, NamedExample, OperationFact, at_pointer, iter_named_examples, load_spec

from talon_integration_generated import AuthenticatedClient
from talon_integration_generated.api.integration import (
    create_coupon_reservation,
    create_referral,
    delete_coupon_reservation,
    delete_customer_data,
    get_reserved_coupons,
    get_reserved_customers,
    track_event,
    update_customer_profile,
    update_customer_session,
)
from talon_integration_generated.models import (
    Coupon,
    CouponReservations,
    ErrorResponse,
    IntegrationState,
    NewCustomerProfile,
    NewCustomerSession,
    NewEvent,
    NewReferral,
    Referral,
    ReservedCoupons,
    ReservedCustomers,
)
from talon_integration_generated.types import Response

pytestmark = pytest.mark.contract

KEY = "test-api-key"
INTEGRATION_ID = "user-42"
SESSION_ID = "sess-1"
COUPON = "XMAS-2026"
TIMEOUT = httpx.Timeout(10.0)

# The model each operation's success response parses into (None: a 204 without body).
SUCCESS_MODEL: dict[str, type[Any] | None] = {
    "updateCustomerProfile": IntegrationState,
    "updateCustomerSession": IntegrationState,
    "trackEvent": IntegrationState,
    "createReferral": Referral,
    "deleteCustomerData": None,
    "createCouponReservation": Coupon,
    "deleteCouponReservation": None,
    "getReservedCustomers": ReservedCustomers,
    "getReservedCoupons": ReservedCoupons,
}

EXAMPLES = list(iter_named_examples(load_spec()))
SUCCESS_EXAMPLES = [e for e in EXAMPLES if e.media.status is not None and e.media.status.startswith("2")]
ERROR_CODES = (400, 401, 404, 409, 429)


def _request_body(operation_id: str) -> dict[str, Any]:
    """The first named example of the operation's request body ({} for operations without one)."""
    for example in EXAMPLES:
        if example.media.operation_id == operation_id and example.media.status is None:
            body: dict[str, Any] = example.value
            return body
    return {}


def _first_example(operation_id: str, status: str) -> Any:
    for example in EXAMPLES:
        if example.media.operation_id == operation_id and example.media.status == status:
            return example.value
    raise LookupError(f"{operation_id} {status} has no named example")


def _call(operation_id: str, client: AuthenticatedClient, body: Mapping[str, Any]) -> Response[Any]:
    """Call one operation through the generated ``sync_detailed`` function."""
    match operation_id:
        case "updateCustomerProfile":
            return update_customer_profile.sync_detailed(
                INTEGRATION_ID, client=client, body=NewCustomerProfile.from_dict(body)
            )
        case "updateCustomerSession":
            return update_customer_session.sync_detailed(
                SESSION_ID, client=client, body=NewCustomerSession.from_dict(body)
            )
        case "trackEvent":
            return track_event.sync_detailed(client=client, body=NewEvent.from_dict(body))
        case "createReferral":
            return create_referral.sync_detailed(client=client, body=NewReferral.from_dict(body))
        case "deleteCustomerData":
            return delete_customer_data.sync_detailed(INTEGRATION_ID, client=client)
        case "createCouponReservation":
            return create_coupon_reservation.sync_detailed(
                COUPON, client=client, body=CouponReservations.from_dict(body)
            )
        case "deleteCouponReservation":
            return delete_coupon_reservation.sync_detailed(
                COUPON, client=client, body=CouponReservations.from_dict(body)
            )
        case "getReservedCustomers":
            return get_reserved_customers.sync_detailed(COUPON, client=client)
        case "getReservedCoupons":
            return get_reserved_coupons.sync_detailed(INTEGRATION_ID, client=client)
    raise AssertionError(f"no call for {operation_id}")


@contextmanager
def _client(prism: PrismServer, headers: dict[str, str] | None = None) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        prism.base_url,
        token=KEY,
        prefix="ApiKey-v1",
        headers=headers or {},
        timeout=TIMEOUT,
        raise_on_unexpected_status=True,
    ) as client:
        yield client


@contextmanager
def _raw(prism: PrismServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=prism.base_url, timeout=TIMEOUT) as client:
        yield client


def _same_model(parsed: Any, example: Any) -> None:
    """The parsed answer equals the spec example, both normalised by the same generated model."""
    assert parsed.to_dict() == type(parsed).from_dict(example).to_dict()


# --------------------------------------------------------------------------------------------------
# All nine operations, happy path
# --------------------------------------------------------------------------------------------------


def test_every_operation_has_a_call() -> None:
    assert set(SUCCESS_MODEL) == {fact.operation_id for fact in OPERATIONS}


@pytest.mark.parametrize("fact", OPERATIONS, ids=[fact.operation_id for fact in OPERATIONS])
def test_operation_succeeds(prism: PrismServer, fact: OperationFact) -> None:
    with _client(prism) as client:
        response = _call(fact.operation_id, client, _request_body(fact.operation_id))

    assert response.status_code == fact.success, response.content
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    model = SUCCESS_MODEL[fact.operation_id]
    if model is None:
        assert response.parsed is None
        assert response.content == b""
    else:
        assert isinstance(response.parsed, model), response.content
        _same_model(response.parsed, _first_example(fact.operation_id, str(fact.success)))


@pytest.mark.parametrize("example", SUCCESS_EXAMPLES, ids=[e.where for e in SUCCESS_EXAMPLES])
def test_named_success_example_is_served_and_parsed(prism: PrismServer, example: NamedExample) -> None:
    operation_id = example.media.operation_id
    with _client(prism, {"Prefer": f"example={example.name}"}) as client:
        response = _call(operation_id, client, _request_body(operation_id))

    assert str(int(response.status_code)) == example.media.status
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    model = SUCCESS_MODEL[operation_id]
    assert model is not None
    assert isinstance(response.parsed, model)
    _same_model(response.parsed, example.value)


# --------------------------------------------------------------------------------------------------
# Declared errors
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ERROR_CODES)
@pytest.mark.parametrize("fact", OPERATIONS, ids=[fact.operation_id for fact in OPERATIONS])
def test_declared_error_is_served_and_parsed(prism: PrismServer, fact: OperationFact, code: int) -> None:
    with _client(prism, {"Prefer": f"code={code}"}) as client:
        response = _call(fact.operation_id, client, _request_body(fact.operation_id))

    assert response.status_code == code, response.content
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert isinstance(response.parsed, ErrorResponse)
    _same_model(response.parsed, _first_example(fact.operation_id, str(code)))


def test_prefer_404_gives_the_declared_not_found(prism: PrismServer, spec: dict[str, Any]) -> None:
    with _client(prism, {"Prefer": "code=404"}) as client:
        response = create_coupon_reservation.sync_detailed(
            "NOPE-0000", client=client, body=CouponReservations(integration_i_ds=[INTEGRATION_ID])
        )
    assert response.status_code == 404
    assert "sl-violations" not in response.headers
    assert isinstance(response.parsed, ErrorResponse)
    expected = at_pointer(spec, "#/components/responses/NotFound/content/application~1json/examples/notFound")
    assert response.parsed.message == expected["value"]["message"] == "Coupon not found"
    assert response.parsed.status_code == 404


# --------------------------------------------------------------------------------------------------
# Request validation and security are live
# --------------------------------------------------------------------------------------------------

VALID_EVENT: dict[str, Any] = {"profileId": INTEGRATION_ID, "sessionId": SESSION_ID, "type": "viewed_product"}
INVALID_EVENTS: dict[str, tuple[dict[str, Any], str]] = {
    "missing sessionId": ({"type": "viewed_product", "attributes": {}}, "sessionId"),
    "empty sessionId": ({**VALID_EVENT, "sessionId": "", "attributes": {}}, "sessionId"),
    "attributes as a string": ({**VALID_EVENT, "attributes": "{}"}, "attributes"),
}


@pytest.mark.parametrize("case", list(INVALID_EVENTS))
def test_invalid_request_is_refused(prism: PrismServer, case: str) -> None:
    body, field = INVALID_EVENTS[case]
    with _raw(prism) as raw:
        response = raw.post("/v1/events", json=body, headers={"Authorization": f"ApiKey-v1 {KEY}"})
    assert response.status_code in (400, 422), response.text
    # Prism names the violation in the header (declared 400) or in its problem+json body (422).
    assert field in response.headers.get("sl-violations", "") + response.text


def test_valid_raw_request_is_accepted(prism: PrismServer) -> None:
    """The control for the test above: the same call with a valid body succeeds."""
    with _raw(prism) as raw:
        response = raw.post(
            "/v1/events", json={**VALID_EVENT, "attributes": {}}, headers={"Authorization": f"ApiKey-v1 {KEY}"}
        )
    assert response.status_code == 201, response.text
    assert "sl-violations" not in response.headers


def test_missing_credentials_get_401(prism: PrismServer) -> None:
    with _raw(prism) as raw:
        response = raw.put(f"/v1/customer_profiles/{INTEGRATION_ID}", json={"attributes": {}})
    assert response.status_code == 401
    assert ErrorResponse.from_dict(response.json()).message


def test_content_signature_alone_is_accepted(prism: PrismServer) -> None:
    """Either security scheme is enough (Prism checks presence, not the signature itself)."""
    with _raw(prism) as raw:
        response = raw.put(
            f"/v1/customer_profiles/{INTEGRATION_ID}",
            json={"attributes": {}},
            headers={"Content-Signature": "signer=12; signature=00112233445566778899aabbccddeeff"},
        )
    assert response.status_code == 200, response.text
    assert "sl-violations" not in response.headers
