"""Every response the sandbox sends, errors included, validates against openapi.yaml (openapi-core 0.23.1).

A validating httpx transport wraps the sandbox's own: it checks each request the client sends and each
response the sandbox gives back, and records ``(operationId, status)``. The tests then drive all nine
operations of 2019, the six of today's checkout (``V2_OPERATIONS``) and the audience, batch-profile and
many-advocate referral operations (``AUDIENCE_OPERATIONS``), through success and every kind of error, and
assert which pairs were seen, so a response kind that is never produced cannot pass unnoticed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.exceptions import OpenAPIError
from spec_facts import load_spec, validator_for
from werkzeug.datastructures import Headers, ImmutableMultiDict

from talon_integration import AsyncIntegrationClient, CartItem, IntegrationClient, errors
from talon_integration.testing import AsyncSandboxTransport, Sandbox, SandboxTransport
from talon_integration.testing._dispatch import route

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
SPEC_SERVER = "http://127.0.0.1:4010"  # listed under `servers` in openapi.yaml, so openapi-core finds the paths
ODD_ID = "A/B 10%?#ü"

OPERATIONS = (
    "updateCustomerProfile",
    "updateCustomerSession",
    "trackEvent",
    "createReferral",
    "deleteCustomerData",
    "createCouponReservation",
    "deleteCouponReservation",
    "getReservedCustomers",
    "getReservedCoupons",
)
SUCCESS = {
    "updateCustomerProfile": 200,
    "updateCustomerSession": 200,
    "trackEvent": 201,
    "createReferral": 201,
    "deleteCustomerData": 204,
    "createCouponReservation": 201,
    "deleteCouponReservation": 204,
    "getReservedCustomers": 200,
    "getReservedCoupons": 200,
}
V2_OPERATIONS = {  # today's checkout, with its success status
    "updateCustomerSessionV2": 200,
    "getCustomerSession": 200,
    "reopenCustomerSession": 200,
    "returnCartItems": 200,
    "updateCustomerProfileV2": 200,
    "trackEventV2": 200,
}
AUDIENCE_OPERATIONS = {  # audiences, batch profiles, referrals for many advocates: each success status
    ("createAudienceV2", 201), ("updateAudienceV2", 200), ("deleteAudienceV2", 204),
    ("deleteAudienceMembershipsV2", 204), ("updateAudienceCustomersAttributes", 204),
    ("updateCustomerProfileAudiences", 204), ("updateCustomerProfilesV2", 200), ("updateCustomerProfilesV2", 204),
    ("createReferralsForMultipleAdvocates", 201), ("createReferralsForMultipleAdvocates", 204),
}  # fmt: skip
NOT_FOUND_OPERATIONS = (
    "createReferral",
    "deleteCustomerData",
    "createCouponReservation",
    "deleteCouponReservation",
    "getReservedCustomers",
    "getReservedCoupons",
)


# ---- an httpx adapter for openapi-core ---------------------------------------------------------------


class HttpxOpenAPIRequest:
    """openapi-core's Request protocol over an ``httpx.Request`` (raw, percent-encoded path)."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(request.url.query.decode())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return f"{self.request.url.scheme}://{self.request.url.netloc.decode()}"

    @property
    def path(self) -> str:
        return self.request.url.raw_path.decode().split("?", 1)[0]

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self.request.content or None

    @property
    def content_type(self) -> str:
        return self.request.headers.get("content-type", "").lower()


class HttpxOpenAPIResponse:
    """openapi-core's Response protocol over an ``httpx.Response`` (already read)."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def content_type(self) -> str:
        return self.response.headers.get("content-type", "").lower()

    @property
    def headers(self) -> Headers:
        return Headers(list(self.response.headers.multi_items()))

    @property
    def data(self) -> bytes | None:
        return self.response.content or None


def operation_of(request: httpx.Request) -> str:
    """The operationId of a request, routed as the sandbox routes it (the generated operation table)."""
    return route(request.method, request.url.raw_path.decode())[0].operation_id


class Checker:
    """Validates request/response pairs and remembers the ``(operationId, status)`` of each."""

    def __init__(self, openapi: OpenAPI) -> None:
        self.openapi = openapi
        self.seen: set[tuple[str, int]] = set()
        self.check_requests = True

    def __call__(self, request: httpx.Request, response: httpx.Response) -> None:
        wrapped = HttpxOpenAPIRequest(request)
        if self.check_requests:
            self.openapi.validate_request(wrapped)  # the client's side of the contract, for free
        self.openapi.validate_response(wrapped, HttpxOpenAPIResponse(response))  # raises on any violation
        self.seen.add((operation_of(request), response.status_code))


class ValidatingTransport(httpx.BaseTransport):
    def __init__(self, inner: SandboxTransport, check: Checker) -> None:
        self.inner, self.check = inner, check

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.check(request, response)
        return response


class AsyncValidatingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: AsyncSandboxTransport, check: Checker) -> None:
        self.inner, self.check = inner, check

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.check(request, response)
        return response


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


@pytest.fixture
def checker(openapi: OpenAPI) -> Checker:
    return Checker(openapi)


def seeded(**kwargs: Any) -> tuple[Sandbox, int, int]:
    sandbox = Sandbox(**kwargs)
    coupon_campaign = sandbox.add_coupon_campaign("10% off", coupons=["XMAS-2026", ODD_ID], discount_percent=10)
    sandbox.add_coupon_campaign("gift", coupons=["GIFT-0042"], discount_amount=5, recipient_integration_id="user-42")
    sandbox.add_coupon_campaign("old", coupons=["OLD-0001"], discount_amount=5, expiry_date="2020-01-01T00:00:00Z")
    referral_campaign = sandbox.add_referral_campaign("Refer a friend", discount_amount=5)
    return sandbox, coupon_campaign, referral_campaign


def checked_client(sandbox: Sandbox, checker: Checker, **overrides: Any) -> IntegrationClient:
    transport = ValidatingTransport(SandboxTransport(sandbox), checker)
    return sandbox.client(base_url=SPEC_SERVER, transport=transport, **overrides)


def one_call_each(client: IntegrationClient, referral_campaign: int) -> list[tuple[str, Callable[[], Any]]]:
    """One call of every operation, with arguments the service accepts."""
    return [
        ("updateCustomerProfile", lambda: client.update_customer_profile("user-42", attributes={"Name": "Ada"})),
        ("updateCustomerSession", lambda: client.update_customer_session("sess-1", profile_id="user-42")),
        ("trackEvent", lambda: client.track_event(session_id="sess-1", type="viewed_product")),
        ("createReferral", lambda: client.create_referral(campaign_id=referral_campaign,
                                                          advocate_profile_integration_id="user-42")),
        ("deleteCustomerData", lambda: client.delete_customer_data("user-42")),
        ("createCouponReservation", lambda: client.create_coupon_reservation("XMAS-2026", integration_ids=["u"])),
        ("deleteCouponReservation", lambda: client.delete_coupon_reservation("XMAS-2026", integration_ids=["u"])),
        ("getReservedCustomers", lambda: client.get_reserved_customers("XMAS-2026")),
        ("getReservedCoupons", lambda: client.get_reserved_coupons("user-42")),
    ]  # fmt: skip


def full_flow(client: IntegrationClient, referral_campaign: int) -> None:
    """Every operation succeeding, with effects of every kind and odd path parameters."""
    shoe = CartItem(sku="shoe-1", name="Red shoe", quantity=1, price=49.9, category="shoes", attributes={"c": 1})
    client.update_customer_profile("user-42", attributes={"Name": "Ada", "Tags": ["a"], "Nested": {"x": None}})
    client.update_customer_profile(ODD_ID)
    client.update_customer_session("sess-1", profile_id="user-42", coupon="XMAS-2026", cart_items=[shoe],
                                   identifiers=["device-1"], attributes={"ShippingMethod": "express"})  # fmt: skip
    client.update_customer_session("sess-2", coupon="NOPE-0000")  # anonymous, CouponNotFound
    client.update_customer_session("sess-3", profile_id="user-77", coupon="GIFT-0042")  # recipient mismatch
    client.update_customer_session("sess-4", coupon="OLD-0001", referral="REF-NOPE")  # expired + rejectReferral
    client.update_customer_session(ODD_ID, profile_id=ODD_ID, coupon=ODD_ID, total=12.5)
    client.track_event(session_id="sess-1", type="viewed_product", attributes={"sku": "shoe-1"}, profile_id="user-42")
    client.track_event(session_id="sess-new", type="viewed_product")  # anonymous, created on first use
    referral = client.create_referral(campaign_id=referral_campaign, advocate_profile_integration_id="user-42",
                                      friend_profile_integration_id="user-77",
                                      start_date=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                                      expiry_date="2030-01-31T23:59:59+01:00")  # fmt: skip
    client.update_customer_session("sess-5", profile_id="user-77", referral=referral.code, total=30)
    client.close_customer_session("sess-1")
    client.cancel_customer_session("sess-1")
    client.create_coupon_reservation("XMAS-2026", integration_ids=["user-42", "user-77"])
    client.create_coupon_reservation(ODD_ID, integration_ids=[ODD_ID])
    client.get_reserved_customers("XMAS-2026")
    client.get_reserved_customers(ODD_ID)
    client.get_reserved_coupons("user-42")
    client.get_reserved_coupons(ODD_ID)
    client.delete_coupon_reservation("XMAS-2026", integration_ids=["user-77"])
    client.delete_customer_data("user-42")
    client.delete_customer_data(ODD_ID)


def statuses(checker: Checker, operation: str) -> set[int]:
    return {status for op, status in checker.seen if op == operation}


# ---- the tests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("auth", ["api_key", "hmac"])
def test_success_responses_of_all_nine_operations_conform(checker: Checker, auth: str) -> None:
    kwargs: dict[str, Any] = {} if auth == "api_key" else {"application_id": 12, "application_key": "fefecafedeadbeef"}
    sandbox, _, referral_campaign = seeded(**kwargs)
    with checked_client(sandbox, checker) as client:
        full_flow(client, referral_campaign)
    assert {(op, SUCCESS[op]) for op in OPERATIONS} <= checker.seen


@pytest.mark.anyio
async def test_the_async_transport_sends_conforming_responses(checker: Checker) -> None:
    sandbox, _, referral_campaign = seeded()
    transport = AsyncValidatingTransport(AsyncSandboxTransport(sandbox), checker)
    async with sandbox.async_client(base_url=SPEC_SERVER, transport=transport) as client:
        await client.update_customer_session("sess-1", profile_id="user-42", coupon="XMAS-2026", total=10)
        await client.track_event(session_id="sess-1", type="viewed_product")
        await client.create_referral(campaign_id=referral_campaign, advocate_profile_integration_id="user-42")
        await client.create_coupon_reservation("XMAS-2026", integration_ids=["user-42"])
        await client.get_reserved_customers("XMAS-2026")
        await client.get_reserved_coupons("user-42")
        await client.delete_coupon_reservation("XMAS-2026", integration_ids=["user-42"])
        await client.update_customer_profile("user-42")
        await client.delete_customer_data("user-42")
    assert {(op, SUCCESS[op]) for op in OPERATIONS} <= checker.seen
    assert isinstance(client, AsyncIntegrationClient)


def test_error_responses_of_all_nine_operations_conform(checker: Checker) -> None:
    # 401: a wrong API key.
    sandbox, _, referral_campaign = seeded()
    with checked_client(sandbox, checker, api_key="wrong", max_retries=0) as client:
        for _, call in one_call_each(client, referral_campaign):
            with pytest.raises(errors.AuthenticationError):
                call()
    # 400: a signature made with the wrong key.
    sandbox, _, referral_campaign = seeded(application_id=12, application_key="fefecafedeadbeef")
    with checked_client(sandbox, checker, application_id=12, application_key="0badc0de", max_retries=0) as client:
        for _, call in one_call_each(client, referral_campaign):
            with pytest.raises(errors.BadRequestError, match="HMAC signature mismatch"):
                call()
    # Injected faults: 409, 429 (with Retry-After), 500, 503.
    sandbox, _, referral_campaign = seeded()
    with checked_client(sandbox, checker, max_retries=0) as client:
        for status, retry_after in ((409, None), (429, 3), (500, None), (503, "Wed, 21 Oct 2037 07:28:00 GMT")):
            for _, call in one_call_each(client, referral_campaign):
                sandbox.fail_next(status=status, retry_after=retry_after)
                with pytest.raises(errors.APIStatusError):
                    call()
    for op in OPERATIONS:
        assert {400, 401, 409, 429, 500, 503} <= statuses(checker, op), op


def test_not_found_responses_conform(checker: Checker) -> None:
    sandbox, coupon_campaign, _ = seeded()
    with checked_client(sandbox, checker, max_retries=0) as client:
        for call in (
            lambda: client.create_referral(campaign_id=999, advocate_profile_integration_id="user-42"),
            lambda: client.delete_customer_data("nobody"),
            lambda: client.create_coupon_reservation("NOPE-0000", integration_ids=["u"]),
            lambda: client.delete_coupon_reservation(ODD_ID + "x", integration_ids=["u"]),
            lambda: client.get_reserved_customers("NOPE-0000"),
            lambda: client.get_reserved_coupons(ODD_ID),
        ):
            with pytest.raises(errors.NotFoundError):
                call()
    assert {(op, 404) for op in NOT_FOUND_OPERATIONS} <= checker.seen
    assert coupon_campaign > 0


def test_refusals_of_the_business_rules_conform(checker: Checker) -> None:
    sandbox, coupon_campaign, _ = seeded()
    with checked_client(sandbox, checker, max_retries=0) as client:
        client.update_customer_session("sess-1", profile_id="user-42", state="cancelled")
        refused: list[Callable[[], Any]] = [
            lambda: client.update_customer_session("sess-1", state="open"),  # state machine
            lambda: client.update_customer_session("sess-1", profile_id="user-77"),  # another profile
            lambda: client.track_event(session_id="sess-1", type="viewed_product", profile_id="user-77"),
            lambda: client.track_event(session_id="sess-1", type="talon_reserved"),
            lambda: client.create_referral(campaign_id=coupon_campaign, advocate_profile_integration_id="a"),
            lambda: client.create_coupon_reservation("GIFT-0042", integration_ids=["user-42"]),  # has a recipient
        ]
        for call in refused:
            with pytest.raises(errors.BadRequestError):
                call()
    for op in ("updateCustomerSession", "trackEvent", "createReferral", "createCouponReservation"):
        assert 400 in statuses(checker, op)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PUT", "/v1/customer_profiles/u", b"{not json"),
        ("PUT", "/v1/customer_profiles/u", b""),
        ("PUT", "/v1/customer_profiles/u", b'{"attributes": []}'),
        ("PUT", "/v1/customer_sessions/s", b'{"state": "paid", "cartItems": [{"quantity": 0}], "total": "1"}'),
        ("POST", "/v1/events", b'{"sessionId": "", "type": ""}'),
        ("POST", "/v1/events", b"[]"),
        ("POST", "/v1/referrals", b'{"campaignId": 1.5, "expiryDate": "tomorrow"}'),
        ("DELETE", "/v1/customer_data/u", b"not json"),
        ("POST", "/v1/coupon_reservations/XMAS-2026", b'{"integrationIDs": [1, ""]}'),
        ("DELETE", "/v1/coupon_reservations/XMAS-2026", b'{"integrationIDs": null}'),
        # today's checkout
        ("PUT", "/v2/customer_sessions/s", b'{"customerSession": {"state": "paid"}}'),
        ("PUT", "/v2/customer_sessions/s", b"{}"),
        ("PUT", "/v2/customer_sessions/s?dry=maybe", b'{"customerSession": {}}'),
        ("POST", "/v2/customer_sessions/s/returns", b'{"return": {"returnedCartItems": [{"quantity": 1}]}}'),
        ("PUT", "/v2/customer_profiles/u", b'{"responseContent": ["everything"]}'),
        ("POST", "/v2/events", b'{"type": ""}'),
        # today's audiences, batch profiles, referrals for many advocates
        ("POST", "/v2/audiences", b'{"name": ""}'),
        ("PUT", "/v2/audiences/1", b"{}"),
        ("PUT", "/v2/audiences/x", b'{"name": "a"}'),
        ("PUT", "/v2/audience_customers/1/attributes", b""),
        ("PUT", "/v2/audience_customers/1/attributes", b"[]"),
        ("POST", "/v2/customer_audiences", b'{"data": [{"action": "move", "profileIntegrationId": "u"}]}'),
        ("PUT", "/v2/customer_profiles?silent=maybe", b'{"customerProfiles": []}'),
        ("PUT", "/v2/customer_profiles", b'{"customerProfiles": [{"attributes": {}}]}'),
        ("POST", "/v1/referrals_for_multiple_advocates", b'{"campaignId": 1, "usageLimit": -1}'),
        ("DELETE", "/v1/customer_data/u", b'{"x": 1}'),
    ],
)
def test_validation_errors_conform(checker: Checker, method: str, path: str, body: bytes) -> None:
    sandbox, _, _ = seeded()
    checker.check_requests = False  # these requests are invalid on purpose
    headers = {"Authorization": "ApiKey-v1 sandbox-key", "Content-Type": "application/json"}
    transport = ValidatingTransport(SandboxTransport(sandbox), checker)
    with httpx.Client(base_url=SPEC_SERVER, transport=transport, headers=headers) as raw:
        response = raw.request(method, path, content=body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["source"]  # each names where: a pointer or a parameter


def test_answers_outside_the_nine_operations_are_error_bodies_too() -> None:
    # No operation to validate against, so check the body against ErrorResponse directly.
    validator = validator_for(load_spec(), "#/components/schemas/ErrorResponse")
    sandbox = Sandbox()
    headers = {"Authorization": "ApiKey-v1 sandbox-key"}
    with httpx.Client(base_url=SPEC_SERVER, transport=SandboxTransport(sandbox), headers=headers) as raw:
        for method, path, status in (
            ("GET", "/v1/nothing", 404),
            ("GET", "/v1/customer_profiles/u", 405),
            ("PATCH", "/v1/coupon_reservations/XMAS-2026", 405),
            ("PUT", "/v1/customer_profiles/", 404),
        ):
            response = raw.request(method, path)
            assert response.status_code == status
            assert response.headers["content-type"] == "application/json"
            validator.validate(response.json())


def v2_checkout(client: IntegrationClient) -> None:
    """Today's checkout, every v2 operation succeeding, with every responseContent entity asked for."""
    everything = ["customerSession", "customerProfile", "coupons", "triggeredCampaigns", "referral", "loyalty",
                  "event", "awardedGiveaways", "ruleFailureReasons", "previousReturns"]  # fmt: skip
    shoes = {"sku": "shoe-1", "name": "Red shoe", "quantity": 2, "price": 24.95}
    client.update_customer_profile_v2("user-42", attributes={"Name": "Ada"}, run_rule_engine=True,
                                      response_content=["customerProfile", "event", "triggeredCampaigns", "loyalty",
                                                        "awardedGiveaways", "ruleFailureReasons"])  # fmt: skip
    client.update_customer_session_v2(
        ODD_ID, customer_session={"profile_id": "user-42", "coupon_codes": ["XMAS-2026", "NOPE-0000"],
                                  "referral_code": "REF-NOPE", "cart_items": [shoes]},
        response_content=everything,
    )  # fmt: skip
    client.update_customer_session_v2(ODD_ID, customer_session={"state": "closed"}, dry=True,
                                      now="2026-12-24T10:00:00Z", response_content=everything)  # fmt: skip
    client.update_customer_session_v2(ODD_ID, customer_session={"state": "closed"}, response_content=everything)
    client.get_customer_session(ODD_ID)
    client.return_cart_items(ODD_ID, return_={"returned_cart_items": [{"position": 0, "quantity": 1}]},
                             response_content=["customerSession", "previousReturns", "event"])  # fmt: skip
    client.return_cart_items(ODD_ID, return_={"returned_cart_items": [{"position": 0}]},
                             response_content=["previousReturns", "coupons", "customerProfile"])  # fmt: skip
    client.update_customer_session_v2("sess-9", customer_session={"coupon_codes": ["XMAS-2026"], "cart_items": [shoes],
                                                                  "state": "closed"})  # fmt: skip
    client.reopen_customer_session("sess-9")
    client.track_event_v2(type="viewed_product", profile_id="user-42", attributes={"sku": "shoe-1"},
                          response_content=["customerProfile", "event", "triggeredCampaigns", "loyalty",
                                            "awardedGiveaways", "ruleFailureReasons"])  # fmt: skip
    client.track_event_v2(type="viewed_product", dry=True, force_complete_evaluation=True, silent="no")


def test_the_v2_checkout_conforms(checker: Checker) -> None:
    sandbox, _, _ = seeded()
    with checked_client(sandbox, checker) as client:
        v2_checkout(client)
    assert set(V2_OPERATIONS.items()) <= checker.seen


@pytest.mark.anyio
async def test_the_v2_checkout_conforms_through_the_async_transport(checker: Checker) -> None:
    sandbox, _, _ = seeded()
    transport = AsyncValidatingTransport(AsyncSandboxTransport(sandbox), checker)
    async with sandbox.async_client(base_url=SPEC_SERVER, transport=transport) as client:
        item = {"sku": "a", "name": "A", "quantity": 1, "price": 5}
        closing = {"coupon_codes": ["XMAS-2026"], "state": "closed", "cart_items": [item]}
        await client.update_customer_session_v2("s1", customer_session=closing)
        await client.get_customer_session("s1")
        await client.return_cart_items("s1", return_={"returned_cart_items": [{"position": 0}]})
        await client.update_customer_session_v2("s2", customer_session={"state": "closed"})
        await client.reopen_customer_session("s2")
        await client.update_customer_profile_v2("user-42", attributes={})
        await client.track_event_v2(type="viewed_product")
    assert set(V2_OPERATIONS.items()) <= checker.seen


def test_v2_refusals_conform(checker: Checker) -> None:
    sandbox, _, _ = seeded()
    with checked_client(sandbox, checker, max_retries=0) as client:
        client.update_customer_session_v2("s1", customer_session={"cart_items": [
            {"sku": "a", "name": "A", "quantity": 1, "price": 5}]})  # fmt: skip
        for call, error in (
            (lambda: client.get_customer_session("nope"), errors.NotFoundError),
            (lambda: client.reopen_customer_session("nope"), errors.NotFoundError),
            (lambda: client.return_cart_items("nope", return_={"returned_cart_items": []}), errors.NotFoundError),
            (lambda: client.reopen_customer_session("s1"), errors.BadRequestError),  # open, not closed
            (lambda: client.return_cart_items("s1", return_={"returned_cart_items": []}), errors.BadRequestError),
            (lambda: client.update_customer_session_v2("s1", customer_session={"state": "partially_returned"}),
             errors.BadRequestError),
            (lambda: client.track_event_v2(type="talon_reserved"), errors.BadRequestError),
        ):  # fmt: skip
            with pytest.raises(error):
                call()
    with checked_client(sandbox, checker, api_key="wrong", max_retries=0) as client:
        with pytest.raises(errors.AuthenticationError):
            client.get_customer_session("s1")
        with pytest.raises(errors.AuthenticationError):
            client.track_event_v2(type="viewed_product")
    assert {("getCustomerSession", 404), ("reopenCustomerSession", 404), ("returnCartItems", 404)} <= checker.seen
    assert {("reopenCustomerSession", 400), ("returnCartItems", 400), ("updateCustomerSessionV2", 400)} <= checker.seen
    assert {("trackEventV2", 400), ("getCustomerSession", 401), ("trackEventV2", 401)} <= checker.seen


def audiences_flow(client: IntegrationClient, referral_campaign: int) -> None:
    """Every audience operation succeeding, batch profiles and referrals for many advocates silent and not."""
    vip = client.create_audience_v2(name="VIP", description="Big spenders", integration="Segment",
                                    integration_id="seg-1", created_in_3_rd_party=True)  # fmt: skip
    adds = [{"action": "add", "profile_integration_id": p, "audience_id": vip.id} for p in ("user-42", ODD_ID)]
    client.update_customer_profile_audiences(data=adds)
    client.update_customer_profile_v2("user-77", audiences_changes={"adds": [vip.id], "deletes": []},
                                      response_content=["customerProfile"])  # fmt: skip
    client.update_audience_v2(vip.id, name="VIP customers")
    client.update_audience_customers_attributes(vip.id, body={"Tier": "gold", "Nested": {"x": [1]}})
    client.update_customer_profiles_v2(customer_profiles=[{"integration_id": "user-42", "attributes": {"a": 1}},
                                                          {"integration_id": "user-new"}], silent="no")  # fmt: skip
    client.update_customer_profiles_v2(customer_profiles=[{"integration_id": "user-42"}])
    client.update_customer_profile_audiences(
        data=[{"action": "delete", "profile_integration_id": "user-42", "audience_id": vip.id}])  # fmt: skip
    client.delete_audience_memberships_v2(vip.id)
    client.delete_audience_v2(vip.id)
    client.create_referrals_for_multiple_advocates(campaign_id=referral_campaign, usage_limit=2, silent="no",
                                                   advocate_profile_integration_ids=["user-42", ODD_ID],
                                                   expiry_date="2030-01-31T23:59:59Z", attributes={"a": 1})  # fmt: skip
    client.create_referrals_for_multiple_advocates(campaign_id=referral_campaign, usage_limit=0,
                                                   advocate_profile_integration_ids=["user-77"])  # fmt: skip


def test_the_audience_operations_conform(checker: Checker) -> None:
    sandbox, _, referral_campaign = seeded()
    with checked_client(sandbox, checker) as client:
        audiences_flow(client, referral_campaign)
    assert checker.seen >= AUDIENCE_OPERATIONS


@pytest.mark.anyio
async def test_the_audience_operations_conform_through_the_async_transport(checker: Checker) -> None:
    sandbox, _, referral_campaign = seeded()
    transport = AsyncValidatingTransport(AsyncSandboxTransport(sandbox), checker)
    async with sandbox.async_client(base_url=SPEC_SERVER, transport=transport) as client:
        vip = await client.create_audience_v2(name="VIP")
        await client.update_customer_profile_audiences(
            data=[{"action": "add", "profile_integration_id": "u1", "audience_id": vip.id}])  # fmt: skip
        await client.update_audience_v2(vip.id, name="VIPs")
        await client.update_audience_customers_attributes(vip.id, body={"Tier": "gold"})
        await client.update_customer_profiles_v2(customer_profiles=[{"integration_id": "u1"}], silent="no")
        await client.update_customer_profiles_v2(customer_profiles=[{"integration_id": "u1"}])
        await client.delete_audience_memberships_v2(vip.id)
        await client.delete_audience_v2(vip.id)
        for silent in ("no", "yes"):
            await client.create_referrals_for_multiple_advocates(
                campaign_id=referral_campaign, usage_limit=1, advocate_profile_integration_ids=["a"], silent=silent
            )
    assert checker.seen >= AUDIENCE_OPERATIONS


def test_audience_refusals_conform(checker: Checker) -> None:
    sandbox, coupon_campaign, _ = seeded()
    with checked_client(sandbox, checker, max_retries=0) as client:
        client.create_audience_v2(name="VIP")
        for call, error in (
            (lambda: client.create_audience_v2(name="VIP"), errors.ConflictError),
            (lambda: client.update_audience_v2(999, name="x"), errors.NotFoundError),
            (lambda: client.delete_audience_v2(999), errors.NotFoundError),
            (lambda: client.delete_audience_memberships_v2(999), errors.NotFoundError),
            (lambda: client.update_audience_customers_attributes(999, body={}), errors.NotFoundError),
            (lambda: client.update_customer_profile_audiences(
                data=[{"action": "add", "profile_integration_id": "u", "audience_id": 999}]), errors.NotFoundError),
            (lambda: client.create_referrals_for_multiple_advocates(
                campaign_id=999, usage_limit=1, advocate_profile_integration_ids=["a"]), errors.NotFoundError),
            (lambda: client.update_customer_profile_v2("u", audiences_changes={"adds": [999], "deletes": []}),
             errors.NotFoundError),
            (lambda: client.create_referrals_for_multiple_advocates(
                campaign_id=coupon_campaign, usage_limit=1, advocate_profile_integration_ids=["a"]),
             errors.BadRequestError),
        ):  # fmt: skip
            with pytest.raises(error):
                call()
    assert {("createAudienceV2", 409), ("createReferralsForMultipleAdvocates", 400)} <= checker.seen
    for op in ("updateAudienceV2", "deleteAudienceV2", "deleteAudienceMembershipsV2",
               "updateAudienceCustomersAttributes", "updateCustomerProfileAudiences",
               "createReferralsForMultipleAdvocates", "updateCustomerProfileV2"):  # fmt: skip
        assert 404 in statuses(checker, op), op


def test_the_checker_is_not_vacuous(checker: Checker) -> None:
    body = b'{"campaignId": 1, "advocateProfileIntegrationId": "user-42"}'
    headers = {"Authorization": "ApiKey-v1 k", "Content-Type": "application/json"}
    request = httpx.Request("POST", f"{SPEC_SERVER}/v1/referrals", content=body, headers=headers)
    with pytest.raises(OpenAPIError, match="campaignId"):
        checker(request, httpx.Response(201, json={"id": 1, "code": "REF-1234"}, request=request))
    with pytest.raises(OpenAPIError):
        checker(request, httpx.Response(400, json={"errors": []}, request=request))  # no message
    assert checker.seen == set()


def loyalty_reads(client: IntegrationClient) -> None:
    """Issue 20's loyalty slice: every read of points, with and without data, every error it answers."""
    hat = {"sku": "hat-1", "name": "Hat", "quantity": 2, "price": 60.0}
    client.generate_loyalty_card(2, card_identifier="C-1", customer_profile_ids=["u1"], status="active")
    client.generate_loyalty_card(2)
    client.link_loyalty_card_to_profile(2, "C-1", integration_id="u2")
    closing = {"profile_id": "u1", "state": "closed", "cart_items": [hat]}
    client.update_customer_session_v2("l1", customer_session=closing)
    client.return_cart_items("l1", return_={"returned_cart_items": [{"position": 0, "quantity": 1}]})
    client.get_loyalty_balances(1, "u1")
    client.get_loyalty_balances(1, "u1", include_tiers=True, include_projected_tier=True, subledger_id="x",
                                end_date="2030-01-01T00:00:00Z")  # fmt: skip
    client.get_loyalty_program_profile_points(1, "u1", page_size=1, skip=0, status="active")
    client.get_loyalty_program_profile_transactions(1, "u1", page_size=1, start_date="2020-01-01T00:00:00Z",
                                                    loyalty_transaction_type="session")  # fmt: skip
    client.get_loyalty_card_balances(2, "C-1", end_date="2030-01-01T00:00:00Z", subledger_id=["x"])
    client.get_loyalty_card_points(2, "C-1", page_size=1, skip=0, status="active")
    client.get_loyalty_card_transactions(2, "C-1", page_size=1, loyalty_transaction_type="session")
    for call, error in (
        (lambda: client.generate_loyalty_card(2, card_identifier="C-1"), errors.ConflictError),
        (lambda: client.generate_loyalty_card(2, customer_profile_ids=["a", "b", "c"]), errors.BadRequestError),
        (lambda: client.link_loyalty_card_to_profile(2, "C-1", integration_id="u3"), errors.BadRequestError),
        (lambda: client.generate_loyalty_card(99), errors.NotFoundError),
        (lambda: client.link_loyalty_card_to_profile(2, "nope", integration_id="u3"), errors.NotFoundError),
        (lambda: client.get_loyalty_card_balances(2, "nope"), errors.NotFoundError),
        (lambda: client.get_loyalty_card_points(2, "nope"), errors.NotFoundError),
        (lambda: client.get_loyalty_card_transactions(2, "nope"), errors.NotFoundError),
    ):
        with pytest.raises(error):
            call()
    client.sync_catalog(1, actions=[{"type": "ADD", "payload": {"sku": "hat-1", "price": 60}}], version=1)
    client.create_coupon_reservation("XMAS-2026", integration_ids=["u1"])
    client.get_customer_inventory("u1", profile=True, referrals=True, coupons=True, loyalty=True, giveaways=True,
                                  achievements=True)  # fmt: skip
    client.get_customer_inventory("u1")
    client.get_customer_achievements(
        "u1", page_size=1, skip=0, achievement_ids=["1"], current_progress_status=["inprogress"]
    )
    client.get_customer_achievement_history("u1", 1, progress_status=["inprogress"], start_date="2020-01-01T00:00:00Z")
    for call, error in (
        (lambda: client.sync_catalog(1, actions=[{"type": "ADD", "payload": {"sku": "hat-1"}}]), errors.ConflictError),
        (lambda: client.sync_catalog(1, actions=[{"type": "REMOVE", "payload": {}}]), errors.BadRequestError),
        (lambda: client.sync_catalog(9, actions=[]), errors.NotFoundError),
    ):
        with pytest.raises(error):
            call()
    for call in (
        lambda: client.get_customer_inventory("nobody"),
        lambda: client.get_customer_achievements("nobody"),
        lambda: client.get_customer_achievement_history("u1", 9),
        lambda: client.get_loyalty_balances(99, "u1"),
        lambda: client.get_loyalty_program_profile_points(1, "nobody"),
        lambda: client.get_loyalty_program_profile_transactions(1, "nobody"),
    ):
        with pytest.raises(errors.NotFoundError):
            call()


LOYALTY_SEEN = {
    ("getLoyaltyBalances", 200), ("getLoyaltyBalances", 404), ("getLoyaltyProgramProfilePoints", 200),
    ("getLoyaltyProgramProfilePoints", 404), ("getLoyaltyProgramProfileTransactions", 200),
    ("getLoyaltyProgramProfileTransactions", 404), ("generateLoyaltyCard", 200), ("generateLoyaltyCard", 409),
    ("generateLoyaltyCard", 400), ("generateLoyaltyCard", 404), ("linkLoyaltyCardToProfile", 200),
    ("linkLoyaltyCardToProfile", 400), ("linkLoyaltyCardToProfile", 404), ("getLoyaltyCardBalances", 200),
    ("getLoyaltyCardBalances", 404), ("getLoyaltyCardPoints", 200), ("getLoyaltyCardPoints", 404),
    ("getLoyaltyCardTransactions", 200), ("getLoyaltyCardTransactions", 404), ("syncCatalog", 200),
    ("syncCatalog", 400), ("syncCatalog", 404), ("syncCatalog", 409), ("getCustomerInventory", 200),
    ("getCustomerInventory", 404), ("getCustomerAchievements", 200), ("getCustomerAchievements", 404),
    ("getCustomerAchievementHistory", 200), ("getCustomerAchievementHistory", 404),
}  # fmt: skip


def test_the_loyalty_answers_conform(checker: Checker) -> None:
    sandbox, _, _ = seeded()
    with checked_client(sandbox, checker, max_retries=0) as client:
        loyalty_reads(client)
    assert checker.seen >= LOYALTY_SEEN
