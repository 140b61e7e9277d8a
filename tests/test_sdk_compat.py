"""Today's service, as Talon.One's own SDK sees it: the official SDK 9.0.0 parses every reply of our sandbox.

``make sdk-compat`` (run by CI after ``make test``) builds ``.sdk-venv`` with ``talon-one-python-sdk==9.0.0``
from ``requirements/sdk.lock`` and runs this file with ``TALON_SDK_PYTHON`` pointing at it; without that the
tests are skipped (``make test`` does not install the SDK). The sandbox is served over HTTP from this venv
(``talon-integration sandbox``), the SDK drives a checkout through all nine v1 operations in its own venv
(``tests/sdk/sdk_probe.py``: the five it still has methods for, the four others through its generic
``call_api`` with its own v1 models) and reports, per reply, whether its models (which check required
fields, enums and lengths) accepted it, plus every reply it saw. Then our own client's models read the very
same replies, typed: the downstream check.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from talon_integration import Coupon, IntegrationState, Referral, ReservedCoupons, ReservedCustomers

SDK_PYTHON = os.environ.get("TALON_SDK_PYTHON")
PROBE = Path(__file__).parent / "sdk" / "sdk_probe.py"
pytestmark = pytest.mark.skipif(not SDK_PYTHON, reason="needs the official SDK: run `make sdk-compat`")

# The SDK's reply models -> ours.
OURS: dict[str, type[Any]] = {
    "IntegrationState": IntegrationState,
    "Referral": Referral,
    "Coupon": Coupon,
    "InlineResponse200": ReservedCustomers,
    "InlineResponse20010": ReservedCoupons,
}
NINE = {
    "updateCustomerProfile",
    "updateCustomerSession",
    "trackEvent",
    "createReferral",
    "deleteCustomerData",
    "createCouponReservation",
    "deleteCouponReservation",
    "getReservedCustomers",
    "getReservedCoupons",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    port = _free_port()
    cli = Path(sys.executable).parent / "talon-integration"
    server = subprocess.Popen(
        [str(cli), "sandbox", "--port", str(port), "--api-key", "sandbox-key", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        banner = server.stdout.readline()  # "Talon.One sandbox listening on http://127.0.0.1:PORT ..."
        assert "listening on" in banner, banner
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()


@pytest.fixture(scope="module")
def probe(sandbox_url: str) -> list[dict[str, Any]]:
    """The SDK's checkout against the served sandbox: one result per call."""
    assert SDK_PYTHON is not None
    from talon_integration.testing import Sandbox

    seeded = str(Sandbox().seed_demo().referral_campaign_id)  # what the served sandbox was seeded with
    result = subprocess.run(
        [SDK_PYTHON, str(PROBE), "--base-url", sandbox_url, "--api-key", "sandbox-key", "--json",
         "--referral-campaign-id", seeded, "--run-id", "ci"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    results: list[dict[str, Any]] = json.loads(result.stdout)
    return results


def _operation(name: str) -> str:
    return name.split(" ")[0]


def test_the_sdk_is_the_official_9_0_0() -> None:
    assert SDK_PYTHON is not None
    version = subprocess.run(
        [SDK_PYTHON, "-c", "import talon_one; print(talon_one.__version__)"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == "9.0.0"


def test_the_sdk_parses_every_reply_of_all_nine_operations(probe: list[dict[str, Any]]) -> None:
    assert {_operation(r["name"]) for r in probe} == NINE
    failed = {r["name"]: [r["error"], *r["problems"]] for r in probe if not r["parsed"] or r["problems"]}
    assert failed == {}, json.dumps(failed, indent=2)
    dropped = {r["name"]: r["dropped"] for r in probe if r["dropped"]}
    assert dropped == {}, f"reply fields the SDK does not know (the sandbox sends more than today's service): {dropped}"


def test_the_sdk_calls_the_operations_it_still_has_by_their_own_methods(probe: list[dict[str, Any]]) -> None:
    methods = {_operation(r["name"]) for r in probe if r["via"].startswith("IntegrationApi.")}
    assert methods == {
        "createReferral",
        "createCouponReservation",
        "deleteCouponReservation",
        "deleteCustomerData",
        "getReservedCustomers",
    }


def test_our_client_reads_the_same_replies_typed(probe: list[dict[str, Any]]) -> None:
    replies = [r for r in probe if r["reply"] is not None]
    assert {r["response_type"] for r in replies} == set(OURS)
    for r in replies:
        model = OURS[r["response_type"]].from_dict(r["reply"])
        assert model.to_dict()  # and back, nothing lost
        if isinstance(model, IntegrationState):
            assert isinstance(model.session.updated, dt.datetime), r["name"]
            assert isinstance(model.profile.id, int), r["name"]
            assert model.effects is not None
        elif isinstance(model, ReservedCustomers):
            assert all(isinstance(p.id, int) and p.integration_id for p in model.data)
        elif isinstance(model, ReservedCoupons | Coupon):
            coupons = model.data if isinstance(model, ReservedCoupons) else [model]
            assert all(c.is_reservation_mandatory is False and c.reservation for c in coupons)
        elif isinstance(model, Referral):
            assert re.fullmatch(r"REF-[A-Z0-9]{6}", model.code)
    states = [IntegrationState.from_dict(r["reply"]) for r in replies if r["response_type"] == "IntegrationState"]
    updated = [s.session.updated for s in states if s.session.integration_id.endswith("-s1")]
    assert updated == sorted(updated) and len(updated) >= 2  # the session's `updated` moves with each update
