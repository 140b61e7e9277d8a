"""The sandbox against two independent judges of openapi.yaml: schemathesis and Prism.

- schemathesis (its CLI, as anyone would run it) against the sandbox served on loopback and seeded with the
  records the spec's operations need (a coupon, a referral campaign, a card, closed sessions): every check
  (``--checks all``: response conformance, positive and negative data, auth, use after free, ...), positive and
  negative data (``--mode all``), all four phases (examples, coverage, fuzzing and the stateful phase, which
  follows the ``links`` of openapi.yaml from one answer to the next operation), deterministic and bounded. It
  must find no failure, exercise every operation the sandbox models (all of today's API; one a later spec adds
  answers 501 until it has rules and stays out of the run) and chain operations through the spec's links.
  schemathesis.toml holds the values it draws from the seeded records and the business-rule refusals (400 for
  a schema-valid request) it accepts, each per operation, with the rule that makes it.
- The sandbox served on loopback sits behind ``prism proxy openapi.yaml <sandbox> --errors``: a full
  flow through the real client must come back with no ``sl-violations`` header and no 500 #VIOLATIONS.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from schemathesis.checks import CHECKS
from schemathesis.specs.openapi import checks as openapi_checks
from spec_facts import OPERATIONS as OPERATIONS_2019
from spec_facts_2026 import SDK_OPERATIONS

from talon_integration import CartItem, IntegrationClient, errors
from talon_integration.testing import Sandbox, SandboxServer

pytestmark = pytest.mark.contract

REPO = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO / "openapi.yaml"
SCHEMATHESIS_CONFIG = REPO / "schemathesis.toml"
API_KEY = "sandbox-key"
AUTH = {"Authorization": f"ApiKey-v1 {API_KEY}"}
ODD_ID = "A/B 10%?#ü"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
NINE_OF_2019 = {fact.operation_id for fact in OPERATIONS_2019}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def spec_operations() -> dict[str, dict[str, Any]]:
    """Every operation of openapi.yaml as ``"METHOD /path"``: its definition."""
    spec = load_spec()
    return {f"{method.upper()} {path}": op for path, item in spec["paths"].items()
            for method, op in item.items() if method in HTTP_METHODS}  # fmt: skip


def modelled_operations() -> dict[str, dict[str, Any]]:
    """The operations of openapi.yaml the sandbox has rules for. One that a later spec adds answers 501 until it
    has some (README, "Changing the API"), which schemathesis would call a server error: it is left out of the
    run, and ``test_every_operation_of_todays_api_is_modelled`` keeps today's operations in it."""
    sandbox = Sandbox()
    return {key: op for key, op in spec_operations().items() if sandbox.supports(op["operationId"])}


def seeded_sandbox() -> Sandbox:
    """A sandbox with the records schemathesis.toml's dictionaries name, so positive cases reach success."""
    sandbox = Sandbox(api_key=API_KEY)
    # Campaign 1, so the coverage phase's boundary campaignId (1) reaches a referral campaign too.
    assert sandbox.add_referral_campaign("Refer a friend", discount_amount=5) == 1
    # Codes from the spec's own examples, so the examples phase also reaches the success answers.
    sandbox.add_coupon_campaign("10% off", coupons=["XMAS-2026"], discount_percent=10, usage_limit=100)
    shoes = {"name": "Red shoe", "sku": "shoe-1", "quantity": 2, "price": 49.9}
    with sandbox.client(max_retries=0) as client:
        for profile in ("user-42", "user-77"):
            client.update_customer_profile(profile)
        client.generate_loyalty_card(2, card_identifier="CARD-SEED0001", customer_profile_ids=["user-42"])
        for session in ("sess-to-return", "sess-to-reopen"):
            client.update_customer_session_v2(
                session, customer_session={"profile_id": "user-42", "state": "closed", "cart_items": [shoes]}
            )
    return sandbox


# ---- schemathesis, its CLI against the served sandbox -------------------------------------------------


class SchemathesisRun:
    """One ``schemathesis run``: its exit code, its output and the cases of its NDJSON report, by phase."""

    def __init__(self, returncode: int, output: str, report: Path) -> None:
        self.returncode, self.output = returncode, output
        self.cases: list[tuple[str, str, dict[str, Any], dict[str, Any] | None]] = []
        """(phase, "METHOD /path", case, its request/response interaction or None), in order."""
        self.checks: Counter[tuple[str, str]] = Counter()
        """How often each check ended how: (name, "success" / "failure" / ...)."""
        for line in report.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if finished is None:
                continue
            recorder = finished["recorder"]
            self.checks.update((check["name"], check["status"])
                               for results in recorder.get("checks", {}).values() for check in results)  # fmt: skip
            for case_id, case in recorder.get("cases", {}).items():
                value = case["value"]
                interaction = recorder.get("interactions", {}).get(case_id)
                self.cases.append((finished["phase"], f"{value['method']} {value['path']}", case, interaction))

    def answered(self) -> set[str]:
        """The operations that got at least one HTTP answer."""
        return {op for _, op, _, it in self.cases if it is not None and it.get("response") is not None}

    def per_phase(self) -> Counter[str]:
        return Counter(phase for phase, *_ in self.cases)

    def transitions(self) -> Counter[str]:
        """The links the stateful phase followed (one answer's data fed into the next request), by id."""
        return Counter(case["transition"]["id"] for phase, _, case, _ in self.cases
                       if phase == "stateful" and case.get("is_transition_applied"))  # fmt: skip

    def statuses(self, operation: str) -> Counter[int]:
        return Counter(it["response"]["status_code"] for _, op, _, it in self.cases
                       if op == operation and it is not None and it.get("response") is not None)  # fmt: skip


@pytest.fixture(scope="module")
def schemathesis_run(tmp_path_factory: pytest.TempPathFactory) -> SchemathesisRun:
    """``schemathesis run`` (every check, mode and phase) against a seeded sandbox served on loopback."""
    reports = tmp_path_factory.mktemp("schemathesis")
    executable = Path(sys.executable).parent / "schemathesis"
    unmodelled = sorted({op["operationId"] for op in spec_operations().values()}
                        - {op["operationId"] for op in modelled_operations().values()})  # fmt: skip
    excluded = [arg for operation_id in unmodelled for arg in ("--exclude-operation-id", operation_id)]
    with seeded_sandbox().serve() as server:
        # No --max-examples (schemathesis.toml sets the volume per phase) and no --max-time (a budget that
        # fuzzing and stateful testing spend in full): the run is bounded by its cases, and by this timeout.
        done = subprocess.run(
            [str(executable), "--config-file", str(SCHEMATHESIS_CONFIG), "--no-color", "run", str(SPEC_PATH),
             "--url", server.url, "--header", f"Authorization: ApiKey-v1 {API_KEY}",
             "--checks", "all", "--mode", "all", "--phases", ",".join(PHASES), "--generation-deterministic",
             "--request-timeout", "10", "--report", "ndjson", "--report-ndjson-path", str(reports / "run.ndjson"),
             *excluded],
            cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=240,
            env={**os.environ, "NO_COLOR": "1"},
        )  # fmt: skip
    return SchemathesisRun(done.returncode, done.stdout + done.stderr, reports / "run.ndjson")


def test_schemathesis_finds_no_failure_with_every_check_and_phase(schemathesis_run: SchemathesisRun) -> None:
    code, tail = schemathesis_run.returncode, schemathesis_run.output[-6000:]
    assert code == 0, f"schemathesis found failures (exit {code}):\n{tail}"
    # Every check schemathesis has (the OpenAPI ones register on import) ran, and none ended other than in success.
    assert openapi_checks.ignored_auth.__name__ in CHECKS.get_all_names()
    assert set(CHECKS.get_all_names()) <= {name for name, _ in schemathesis_run.checks}
    assert {status for _, status in schemathesis_run.checks} == {"success"}, schemathesis_run.checks


def test_every_operation_of_todays_api_is_modelled() -> None:
    """The floor of the run: today's 31 operations and the nine of 2019 all have sandbox rules, so none of them
    is ever left out of it (only an operation a later spec adds can be, until it has rules)."""
    modelled = {op["operationId"] for op in modelled_operations().values()}
    assert {fact.operation_id for fact in SDK_OPERATIONS} | NINE_OF_2019 <= modelled


def test_schemathesis_exercised_every_operation_of_the_spec_in_every_phase(schemathesis_run: SchemathesisRun) -> None:
    operations = set(modelled_operations())
    assert operations - schemathesis_run.answered() == set()
    per_phase = schemathesis_run.per_phase()
    print(f"schemathesis cases per phase: {dict(per_phase)}; links followed: {dict(schemathesis_run.transitions())}")
    assert all(per_phase[phase] > 0 for phase in PHASES), per_phase
    # Each operation answered a schema-valid request with success at least once: the seeded records and the
    # dictionaries of schemathesis.toml reach the success answers, not only the refusals.
    never_succeeded = {op for op in operations if not any(200 <= s < 300 for s in schemathesis_run.statuses(op))}
    assert never_succeeded == set()


def test_schemathesis_stateful_phase_follows_the_links_of_the_spec(schemathesis_run: SchemathesisRun) -> None:
    spec_links = {name for op in spec_operations().values() for response in op["responses"].values()
                  for name in response.get("links", {})}  # fmt: skip
    # A transition id reads "POST /v2/audiences -> [201] DeleteAudience -> DELETE /v2/audiences/{audienceId}".
    followed = {tid.split(" -> ")[1].split(" ", 1)[1] for tid in schemathesis_run.transitions()}
    # The links of the spec carry an answer's id (a new card's identifier) or a request's data (the reserved
    # coupon's first profile) into the next request; several of them are followed, not only inferred ones.
    assert len(followed & spec_links) >= 3, (followed, spec_links)


def test_every_allowance_of_schemathesis_toml_names_operations_of_the_spec() -> None:
    config = tomllib.loads(SCHEMATHESIS_CONFIG.read_text(encoding="utf-8"))
    ids = {op["operationId"] for op in spec_operations().values()}
    named: list[str] = []
    for block in config["operations"]:
        include = block["include-operation-id"]
        named += [include] if isinstance(include, str) else include
    assert set(named) - ids == set()  # a misspelt id would match nothing and allow nothing
    # Every operation whose request carries custom attributes is in the attributes allowance (the empty name).
    allowed_400 = {op for block in config["operations"]
                   if 400 in block.get("checks", {}).get("positive_data_acceptance", {}).get("expected-statuses", [])
                   for op in ([block["include-operation-id"]] if isinstance(block["include-operation-id"], str)
                              else block["include-operation-id"])}  # fmt: skip
    carrying = {op["operationId"] for op in spec_operations().values() if _carries_attributes(op)}
    assert carrying and carrying <= allowed_400, carrying - allowed_400


def _carries_attributes(operation: dict[str, Any]) -> bool:
    """Whether the operation's request body has an ``attributes`` property anywhere (refs followed)."""
    schemas = load_spec()["components"]["schemas"]

    def walk(node: Any, seen: frozenset[str]) -> bool:
        if isinstance(node, list):
            return any(walk(item, seen) for item in node)
        if not isinstance(node, dict):
            return False
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            return name not in seen and walk(schemas.get(name, {}), seen | {name})
        if "attributes" in node.get("properties", {}):
            return True
        return any(walk(value, seen) for value in node.values())

    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    return body is not None and walk(body, frozenset())


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
