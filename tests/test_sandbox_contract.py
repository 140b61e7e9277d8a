"""The sandbox against two independent judges of openapi.yaml: schemathesis and Prism.

- schemathesis generates requests for all nine operations (positive and negative, deterministic,
  bounded) and runs them in process against ``sandbox.wsgi_app``; every response must pass the
  response-conformance checks.
- The sandbox served on loopback sits behind ``prism proxy openapi.yaml <sandbox> --errors``: a full
  flow through the real client must come back with no ``sl-violations`` header and no 500 #VIOLATIONS.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from talon_integration import CartItem, IntegrationClient, errors
from talon_integration.testing import Sandbox, SandboxServer

pytestmark = pytest.mark.contract

REPO = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO / "openapi.yaml"
AUTH = {"Authorization": "ApiKey-v1 sandbox-key"}
ODD_ID = "A/B 10%?#ü"


def seeded_sandbox() -> Sandbox:
    sandbox = Sandbox()
    # Codes from the spec's own examples, so the examples phase also reaches the success answers.
    sandbox.add_coupon_campaign("10% off", coupons=["XMAS-2026"], discount_percent=10, usage_limit=100)
    sandbox.add_referral_campaign("Refer a friend", discount_amount=5)
    for profile in ("user-42", "user-77"):
        sandbox.handle("PUT", f"/v1/customer_profiles/{profile}", AUTH, b"{}")
    return sandbox


# ---- schemathesis, in process ---------------------------------------------------------------------------

SCHEMATHESIS_SANDBOX = seeded_sandbox()
schema = schemathesis.openapi.from_path(SPEC_PATH)
schema.app = SCHEMATHESIS_SANDBOX.wsgi_app


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_schemathesis_finds_no_nonconforming_response(case: schemathesis.Case) -> None:
    # An operation the sandbox has no rules for answers a (conforming) 501: not a server error of ours.
    modelled = SCHEMATHESIS_SANDBOX.supports(case.operation.definition.raw["operationId"])
    case.call_and_validate(
        headers=AUTH,
        checks=[
            *([checks.not_a_server_error] if modelled else []),
            checks.status_code_conformance,
            checks.content_type_conformance,
            checks.response_schema_conformance,
        ],
    )


# ---- behind prism proxy --errors ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Sandbox, SandboxServer]]:
    sandbox = Sandbox()
    with sandbox.serve() as server:
        yield sandbox, server


@pytest.fixture(scope="module")
def prism_proxy(served: tuple[Sandbox, SandboxServer]) -> Iterator[str]:
    """``prism proxy openapi.yaml <sandbox url> --errors`` on a free loopback port; killed at teardown."""
    prism = Path(os.environ.get("PRISM") or REPO / "node_modules" / ".bin" / "prism")
    assert prism.is_file(), f"Prism not found at {prism}: run `npm ci` or set PRISM"
    _, server = served
    with tempfile.TemporaryFile() as log:
        for _attempt in range(3):  # the free port may be taken before Prism binds it
            port = _free_port()
            proc = subprocess.Popen(
                [str(prism), "proxy", str(SPEC_PATH), server.url, "--errors", "-h", "127.0.0.1", "-p", str(port)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True,
            )  # fmt: skip
            try:
                deadline = time.monotonic() + 30
                while not _listening(port) and proc.poll() is None:
                    assert time.monotonic() < deadline, "Prism did not start listening within 30 s"
                    time.sleep(0.05)
                if proc.poll() is None:
                    yield f"http://127.0.0.1:{port}"
                    return
            finally:
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGTERM)
                    try:
                        proc.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        os.killpg(proc.pid, signal.SIGKILL)
                        proc.wait(timeout=5)
        log.seek(0)
        pytest.fail(f"Prism exited early:\n{log.read().decode(errors='replace')}")


class Recorder:
    """An httpx response hook keeping the status and the Prism violation header of every answer."""

    def __init__(self) -> None:
        self.answers: list[tuple[str, int, str | None]] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        path = response.request.url.raw_path.decode()
        self.answers.append((f"{response.request.method} {path}", response.status_code,
                             response.headers.get("sl-violations")))  # fmt: skip


def test_a_full_flow_through_prism_proxy_has_no_violations(
    served: tuple[Sandbox, SandboxServer], prism_proxy: str
) -> None:
    sandbox, _ = served
    seed = sandbox.seed_demo()
    sandbox.add_coupon_campaign("gift", coupons=["GIFT-0042"], discount_amount=5, recipient_integration_id="user-42")
    recorder = Recorder()
    shoe = CartItem(sku="shoe-1", name="Red shoe", quantity=1, price=49.9, category="shoes")
    http = httpx.Client(event_hooks={"response": [recorder]}, timeout=10)
    with (
        http,
        IntegrationClient(base_url=prism_proxy, api_key="sandbox-key", http_client=http, max_retries=0) as client,
    ):
        client.update_customer_profile("user-42", attributes={"Name": "Ada"})
        state = client.update_customer_session("sess-1", profile_id="user-42", coupon="XMAS-2026", cart_items=[shoe])
        assert [e.effect_type for e in state.effects] == ["acceptCoupon", "setDiscount"]
        rejected = client.update_customer_session("sess-2", profile_id="user-42", coupon="NOPE-0000")
        assert rejected.coupon_rejection_reason is not None
        client.track_event(session_id="sess-1", type="viewed_product", attributes={"sku": "shoe-1"})
        referral = client.create_referral(campaign_id=seed.referral_campaign_id,
                                          advocate_profile_integration_id="user-42",
                                          friend_profile_integration_id="user-77")  # fmt: skip
        client.update_customer_session("sess-3", profile_id="user-77", referral=referral.code, total=20)
        client.create_coupon_reservation("XMAS-2026", integration_ids=["user-42"])
        assert [p.integration_id for p in client.get_reserved_customers("XMAS-2026")] == ["user-42"]
        assert [c.value for c in client.get_reserved_coupons("user-42")] == ["XMAS-2026"]
        client.delete_coupon_reservation("XMAS-2026", integration_ids=["user-42"])
        closed = client.close_customer_session("sess-1")
        assert closed.profile.closed_sessions == 1
        client.update_customer_session(ODD_ID, profile_id="user-42", total=1)  # an odd ID through the proxy
        client.delete_customer_data("user-42")  # the `{}` body the client signs is allowed by the spec

        # Error answers pass through Prism's response validation too.
        with pytest.raises(errors.BadRequestError):
            client.update_customer_session("sess-1", state="open")
        with pytest.raises(errors.BadRequestError):
            client.create_coupon_reservation("GIFT-0042", integration_ids=["user-42"])
        with pytest.raises(errors.NotFoundError):
            client.get_reserved_customers("NOPE-0000")
        with pytest.raises(errors.NotFoundError):
            client.delete_customer_data("user-42")
        sandbox.fail_next(status=429, retry_after=1)
        with pytest.raises(errors.RateLimitError):
            client.track_event(session_id="sess-1", type="viewed_product")
    with httpx.Client() as raw:  # a wrong key reaches the sandbox (Prism checks only that a key is there)
        wrong = raw.put(f"{prism_proxy}/v1/customer_profiles/x", json={}, headers={"Authorization": "ApiKey-v1 no"})
    recorder(wrong)

    assert [a for a in recorder.answers if a[1] == 422] == []  # Prism refused none of the client's requests
    assert len(recorder.answers) == 19
    assert [a for a in recorder.answers if a[2] is not None] == []  # no sl-violations header anywhere
    assert [a for a in recorder.answers if a[1] == 500] == []  # no #VIOLATIONS
    assert sorted({status for _, status, _ in recorder.answers}) == [200, 201, 204, 400, 401, 404, 429]
