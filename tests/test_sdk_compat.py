"""Today's service, as Talon.One's own SDK sees it: the official SDK 9.0.0 uses our sandbox for all it can do.

``make sdk-compat`` (run by CI after ``make test``) builds ``.sdk-venv`` with ``talon-one-python-sdk==9.0.0``
from ``requirements/sdk.lock`` and runs this file with ``TALON_SDK_PYTHON`` pointing at it; without that the
tests are skipped (``make test`` does not install the SDK). The sandbox is served over HTTP from this venv
(``talon-integration sandbox``) and ``tests/sdk/sdk_probe.py`` runs in the SDK's venv, the SDK's client-side
validation on: first the nine v1 operations of 2019 (the five the SDK still has methods for, the four others
through its generic ``call_api`` with its own v1 models), then a shop's checkout on today's API
(``tests/sdk/sdk_today.py``) that calls every method of the SDK's ``IntegrationApi`` (31, found by
introspection), each reply parsed by the SDK into the method's return type, a method without one answering its
documented 2xx. Here: every operation of today's API (``spec_facts_2026``) was called successfully (a floor),
the SDK's models (which check required fields, enums and lengths) accepted every reply and knew every field;
then our own models read the very same replies, typed and without a problem: the downstream check.
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
from spec_facts import iter_operations, load_spec
from spec_facts_2026 import SDK_OPERATIONS

import talon_integration
from talon_integration import Coupon, IntegrationState, Referral, ReservedCoupons, ReservedCustomers
from talon_integration_generated.api import OPERATIONS
from talon_integration_generated.types import parse_tolerant

SDK_PYTHON = os.environ.get("TALON_SDK_PYTHON")
PROBE = Path(__file__).parent / "sdk" / "sdk_probe.py"
pytestmark = pytest.mark.skipif(not SDK_PYTHON, reason="needs the official SDK: run `make sdk-compat`")

# Each operation's result model, as our client returns it (the public class: a thin subclass where there is one),
# from the generated operation table.
OURS: dict[str, type[Any]] = {
    op.operation_id: getattr(talon_integration, op.result.__name__) for op in OPERATIONS if op.result is not None
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
SPEC_OPERATIONS = {operation.operation_id: operation.op for operation in iter_operations(load_spec())}
# Today's API as the facts record it: the operations of SDK 9.0.0 (a floor that a later spec operation, which the
# pinned SDK cannot know, leaves as it is).
CURRENT = {fact.operation_id for fact in SDK_OPERATIONS}
SDK_9_METHODS = 31  # IntegrationApi of talon-one-python-sdk 9.0.0 (pinned in requirements/sdk.lock)


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
def probe(sandbox_url: str) -> dict[str, Any]:
    """The SDK's checkouts against the served sandbox: its ``IntegrationApi`` methods and one result per call."""
    assert SDK_PYTHON is not None
    from talon_integration.testing import Sandbox

    seeded = str(Sandbox().seed_demo().referral_campaign_id)  # what the served sandbox was seeded with
    result = subprocess.run(
        [SDK_PYTHON, str(PROBE), "--base-url", sandbox_url, "--api-key", "sandbox-key", "--json",
         "--referral-campaign-id", seeded, "--run-id", "ci"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    assert (result.returncode == 0) == all(r["parsed"] for r in report["results"])
    return report


@pytest.fixture(scope="module")
def results(probe: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = probe["results"]
    return rows


def test_the_sdk_is_the_official_9_0_0() -> None:
    assert SDK_PYTHON is not None
    version = subprocess.run(
        [SDK_PYTHON, "-c", "import talon_one; print(talon_one.__version__)"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == "9.0.0"


def test_the_probe_called_every_method_of_the_sdks_integration_api(probe: dict[str, Any]) -> None:
    methods = probe["sdk_methods"]
    assert len(methods) == SDK_9_METHODS and not any(name.endswith("_with_http_info") for name in methods)
    called = {r["method"] for r in probe["results"] if r["parsed"] and r["method"]}
    assert called == set(methods), f"not called, or failed: {sorted(set(methods) - called)}"


def test_every_current_operation_of_the_spec_was_called_through_the_sdk(results: list[dict[str, Any]]) -> None:
    called = {r["operation_id"] for r in results if r["parsed"] and r["method"]}
    assert len(CURRENT) >= SDK_9_METHODS
    assert called >= CURRENT, f"operations of openapi.yaml the SDK did not call: {sorted(CURRENT - called)}"
    assert {r["operation_id"] for r in results if r["parsed"]} >= NINE  # and the nine of 2019 still


def test_the_sdk_parses_every_reply(results: list[dict[str, Any]]) -> None:
    failed = {r["name"]: [r["error"], *r["problems"]] for r in results if not r["parsed"] or r["problems"]}
    assert failed == {}, json.dumps(failed, indent=2)
    dropped = {r["name"]: r["dropped"] for r in results if r["dropped"]}
    assert dropped == {}, f"reply fields the SDK does not know (the sandbox sends more than today's service): {dropped}"


def test_methods_without_a_result_answer_their_documented_2xx(results: list[dict[str, Any]]) -> None:
    empty = [r for r in results if r["method"] and r["response_type"] is None]
    assert {r["operation_id"] for r in empty} >= {"deleteAudienceV2", "updateCustomerProfileAudiences"}
    for r in empty:
        documented = {int(code) for code in SPEC_OPERATIONS[r["operation_id"]]["responses"] if code.startswith("2")}
        assert r["status"] in documented and r["reply"] is None, r


def test_the_sdk_calls_the_operations_it_still_has_by_their_own_methods(results: list[dict[str, Any]]) -> None:
    by_call_api = {r["operation_id"] for r in results if r["via"] == "call_api"}
    assert by_call_api == NINE - CURRENT  # the four deprecated v1 operations: SDK 9 has no method for them
    assert all(r["via"] == f"IntegrationApi.{r['method']}" for r in results if r["via"] != "call_api")


def test_our_client_reads_the_same_replies_typed(results: list[dict[str, Any]]) -> None:
    replies = [r for r in results if r["reply"] is not None]
    assert {r["operation_id"] for r in replies} >= CURRENT & OURS.keys()  # every result model of today's API
    for r in replies:
        model = OURS[r["operation_id"]].from_dict(r["reply"])
        assert model.to_dict().keys() == r["reply"].keys(), r["name"]  # and back, nothing lost
        found: list[tuple[str, str]] = []
        parse_tolerant(OURS[r["operation_id"]], r["reply"], found)
        assert found == [], (r["name"], found)  # what response_problems() would list
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
    states = [IntegrationState.from_dict(r["reply"]) for r in replies if OURS[r["operation_id"]] is IntegrationState]
    updated = [s.session.updated for s in states if s.session.integration_id.endswith("-s1")]
    assert updated == sorted(updated) and len(updated) >= 2  # the session's `updated` moves with each update
