"""The regeneration drill: a spec change reaches users through `make generate` alone, in a temporary copy.

In a copy of the repository (tracked files plus untracked ones, this venv and node_modules symlinked, nothing
installed), edit only ``openapi.yaml``:
- optional request fields: ``NewCustomerSession.salesChannel`` (string) and ``CartItem.giftWrappedAt`` (date-time);
- optional response fields: ``Coupon.promotionLabel`` (string) and ``CustomerSession.lastEvaluatedAt`` (date-time);
- a new operation ``getCustomerWallet``: ``GET /v1/customer_profiles/{integrationId}/wallet`` with a query
  flag, answering a new schema ``CustomerWallet`` (a profile and its coupons).
Then run the real ``make generate`` and show, with no other edit:
1. the new fields are sent by keyword (and in cart-line dicts) and read back as typed attributes, sync and async;
2. the new operation is a method on both clients, a CLI subcommand, and a sandbox route answering a clear 501;
3. ``mypy --strict`` accepts a snippet that uses all of it (and refuses one that gets a new field's type wrong);
4. the copy's own ``make test`` passes (everything but this drill, which would recurse);
5. removing a field the 2019 facts have fails that ``make test`` loudly, and ``spec-diff`` calls it breaking.
README.md "Regenerating" tells a user how to run the same drill on their own spec change.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
NESTED = "TALON_REGENERATION_DRILL_COPY"  # set inside the copy's own `make test`: the drill does not recurse
TIMEOUT_S = 600

pytestmark = pytest.mark.skipif(bool(os.environ.get(NESTED)), reason="inside the drill's own copy")


def add_fields_and_an_operation(spec: dict[str, Any]) -> None:
    """The spec change of the drill: what a team does when the service adds fields and an operation."""
    schemas = spec["components"]["schemas"]
    schemas["NewCustomerSession"]["properties"]["salesChannel"] = {
        "type": "string",
        "description": "The sales channel.",
    }
    schemas["CartItem"]["properties"]["giftWrappedAt"] = {
        "type": "string",
        "format": "date-time",
        "description": "When the line was gift-wrapped.",
    }
    schemas["Coupon"]["properties"]["promotionLabel"] = {"type": "string", "description": "The discount's name."}
    schemas["CustomerSession"]["properties"]["lastEvaluatedAt"] = {
        "type": "string",
        "format": "date-time",
        "description": "When the rules last evaluated the session.",
    }
    schemas["CustomerWallet"] = {
        "type": "object",
        "description": "A customer profile and the coupons it holds.",
        "required": ["profile", "coupons"],
        "properties": {
            "profile": {"$ref": "#/components/schemas/CustomerProfile"},
            "coupons": {
                "type": "array",
                "description": "The coupons.",
                "items": {"$ref": "#/components/schemas/Coupon"},
            },
        },
    }
    profile = spec["components"]["examples"]["ProfileUpdatedState"]["value"]["profile"]
    coupon = spec["components"]["examples"]["ReservedCoupon"]["value"]
    errors = {
        status: {"$ref": f"#/components/responses/{name}"}
        for status, name in (("400", "BadRequest"), ("401", "Unauthorized"), ("404", "NotFound"))
    }
    spec["paths"]["/v1/customer_profiles/{integrationId}/wallet"] = {
        "get": {
            "operationId": "getCustomerWallet",
            "tags": ["integration"],
            "summary": "Get a customer's wallet",
            "description": "The profile and the coupons it holds.",
            "security": [{"api_key_v1": []}, {"integration_auth": []}],
            "parameters": [
                {"$ref": "#/components/parameters/IntegrationId"},
                {
                    "name": "coupons",
                    "in": "query",
                    "required": False,
                    "description": "Whether to list the coupons.",
                    "schema": {"type": "boolean"},
                },
            ],
            "responses": {
                "200": {
                    "description": "The wallet.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CustomerWallet"},
                            "examples": {"inventory": {"value": {"profile": profile, "coupons": [coupon]}}},
                        }
                    },
                },
                **errors,
                "default": {"$ref": "#/components/responses/ServerError"},
            },
        }
    }


# Runs in the copy: `python -c PROBE`, with the copy's packages first on the path.
PROBE = r"""
import asyncio, datetime, io, json, contextlib
import httpx, yaml
import talon_integration, talon_integration_generated
from talon_integration import AsyncIntegrationClient, IntegrationClient, cli
from talon_integration.testing import Sandbox

spec = yaml.safe_load(open("openapi.yaml", encoding="utf-8"))
examples = spec["components"]["examples"]
state = examples["CouponAcceptedState"]["value"]
state["session"]["lastEvaluatedAt"] = "2026-11-25T10:30:00Z"
coupon = dict(examples["ReservedCoupon"]["value"], promotionLabel="10% off")
inventory = {"profile": examples["ProfileUpdatedState"]["value"]["profile"], "coupons": [coupon]}
sent = []

def handler(request):
    sent.append({"method": request.method, "path": request.url.raw_path.decode(),
                 "body": json.loads(request.content) if request.content else None})
    if request.url.path.endswith("/wallet"):
        return httpx.Response(200, json=inventory)
    if request.url.path.startswith("/v1/coupon_reservations/"):
        return httpx.Response(201, json=coupon)
    return httpx.Response(200, json=state)

def client(cls=IntegrationClient):
    transport = httpx.MockTransport(handler)
    return cls(base_url="https://sandbox.invalid", api_key="k", transport=transport)

with client() as c:
    updated = c.update_customer_session(
        "sess-1", profile_id="user-42", sales_channel="web",
        cart_items=[{"sku": "s", "name": "n", "quantity": 1, "price": 2.5,
                     "gift_wrapped_at": datetime.datetime(2026, 11, 30, 12, tzinfo=datetime.timezone.utc)}],
    )
    reserved = c.create_coupon_reservation("XMAS-2026", integration_ids=["user-42"])
    inv = c.get_customer_wallet("user 42", coupons=True)
    raw = c.with_raw_response.get_customer_wallet("user-42")

async def async_calls():
    async with client(AsyncIntegrationClient) as c:
        inv = await c.get_customer_wallet("user-42")
        state = await c.update_customer_session("sess-2", sales_channel="app")
        return inv, state

async_inv, async_state = asyncio.run(async_calls())
async_body = sent[-1]["body"]

out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = cli.run(["get-customer-wallet", "user-42", "--coupons", "--base-url", "https://sandbox.invalid",
                    "--api-key", "k"], transport=httpx.MockTransport(handler))

sandbox = Sandbox()
with sandbox.client(max_retries=0) as s:
    try:
        s.get_customer_wallet("user-42")
        sandbox_answer = None
    except talon_integration.errors.APIStatusError as exc:
        sandbox_answer = [exc.status_code, exc.errors[0].details]

print(json.dumps({
    "overlay_file": talon_integration.__file__,
    "generated_file": talon_integration_generated.__file__,
    "session_body": sent[0]["body"],
    "updated": [type(updated.session.last_evaluated_at).__name__, updated.session.last_evaluated_at.isoformat()],
    "promotion_label": reserved.promotion_label,
    "inventory": [type(inv).__name__, inv.profile.integration_id, [c.promotion_label for c in inv.coupons]],
    "inventory_request": sent[2],
    "raw": [raw.status_code, type(raw.parse()).__name__, sent[3]["path"]],
    "async": [type(async_inv).__name__, async_state.session.last_evaluated_at.year, async_body],
    "cli": [code, json.loads(out.getvalue())["coupons"][0]["promotionLabel"]],
    "sandbox": sandbox_answer,
}))
"""

SNIPPET = """
import datetime
from talon_integration import AsyncIntegrationClient, CartItem, CustomerWallet, IntegrationClient


def use(client: IntegrationClient) -> datetime.datetime | None:
    state = client.update_customer_session(
        "s", sales_channel="web", cart_items=[CartItem(sku="s", name="n", quantity=1, price=1.0, gift_wrapped_at=None)]
    )
    coupon = client.create_coupon_reservation("C0DE", integration_ids=["u"])
    label: str | None = coupon.promotion_label
    inventory: CustomerWallet = client.get_customer_wallet("u", coupons=True)
    effects = state.effects  # the overlay's IntegrationState, still
    return state.session.last_evaluated_at if label and inventory.coupons and effects else None


async def use_async(client: AsyncIntegrationClient) -> str:
    inventory = await client.get_customer_wallet("u")
    return inventory.profile.integration_id
"""

BAD_SNIPPET = """
from talon_integration import IntegrationClient


def use(client: IntegrationClient) -> None:
    client.update_customer_session("s", sales_channel=42)
"""


def _env(copy: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "MAKEFLAGS", "MAKELEVEL"}}
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{copy / 'node_modules' / '.bin'}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = f"{copy / 'overlays'}{os.pathsep}{copy / 'generated'}"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PRISM"] = str(copy / "node_modules" / ".bin" / "prism")
    env.update(extra)
    return env


def _run(cmd: list[str], copy: Path, *, check: bool = True, **extra: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        cmd, cwd=copy, env=_env(copy, **extra), capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    if check:
        assert result.returncode == 0, f"{' '.join(cmd)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result


def _edit_spec(copy: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    path = copy / "openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _make(target: str, copy: Path, *, check: bool = True, **extra: str) -> subprocess.CompletedProcess[str]:
    # The real Makefile. The copy's bootstrap stamps are this checkout's (copied, times kept), so make sees a
    # built venv and node_modules; no variable is overridden (sub-makes, such as the lock tests', would inherit it).
    return _run(["make", "--no-print-directory", target], copy, check=check, **extra)


def _sources(copy: Path) -> dict[Path, bytes]:
    return {p.relative_to(copy): p.read_bytes() for p in (copy / "overlays").rglob("*.py")}


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("regeneration") / "repo"
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=REPO_ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO_ROOT / name
        if source.is_file() and "__pycache__" not in source.parts:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, root / name)
    # The copy's .venv: this venv's bin/ and lib/ (nothing installed), in a folder of its own, so that what
    # `make test` records there (the tested commit) stays the copy's.
    venv = root / ".venv"
    venv.mkdir()
    for part in VENV_BIN.parent.iterdir():
        if part.is_file() and not part.is_symlink():  # pyvenv.cfg, the bootstrap stamp
            shutil.copy2(part, venv / part.name)
        elif part.is_dir() and part.name in ("bin", "lib", "lib64", "include"):
            (venv / part.name).symlink_to(part.resolve())
    (root / "node_modules").symlink_to(REPO_ROOT / "node_modules")
    # A repository of its own (tools that ask git must find the copy, not this checkout), at one commit.
    git = ["git", "-c", "user.name=drill", "-c", "user.email=drill@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "copy"], cwd=root, check=True)
    return root


@pytest.fixture(scope="module")
def regenerated(copy: Path) -> Path:
    overlay_before = _sources(copy)
    _edit_spec(copy, add_fields_and_an_operation)
    _make("generate", copy)
    assert _sources(copy) == overlay_before  # nothing but openapi.yaml and generated/ changed
    return copy


def test_new_fields_and_operation_work_through_the_public_package(regenerated: Path) -> None:
    out = json.loads(_run([sys.executable, "-c", PROBE], regenerated).stdout)
    assert Path(out["overlay_file"]).is_relative_to(regenerated)  # the copy's packages, not this checkout's
    assert Path(out["generated_file"]).is_relative_to(regenerated)
    # New request fields, by keyword and in a cart-line dict (a date-time sent as RFC 3339).
    assert out["session_body"]["salesChannel"] == "web"
    assert out["session_body"]["cartItems"][0]["giftWrappedAt"] == "2026-11-30T12:00:00+00:00"
    # New response fields, typed.
    assert out["updated"] == ["datetime", "2026-11-25T10:30:00+00:00"]
    assert out["promotion_label"] == "10% off"
    # The new operation: method (path parameter encoded, query sent), raw response, async, CLI, sandbox.
    assert out["inventory"] == ["CustomerWallet", "user-42", ["10% off"]]
    assert out["inventory_request"] == {
        "method": "GET",
        "path": "/v1/customer_profiles/user%2042/wallet?coupons=true",
        "body": None,
    }
    assert out["raw"] == [200, "CustomerWallet", "/v1/customer_profiles/user-42/wallet"]
    assert out["async"] == ["CustomerWallet", 2026, {"salesChannel": "app"}]
    assert out["cli"] == [0, "10% off"]
    status, details = out["sandbox"]
    assert status == 501
    assert "getCustomerWallet" in details


def test_mypy_strict_sees_the_new_fields_and_operation(regenerated: Path) -> None:
    snippets = regenerated / "snippets"
    snippets.mkdir(exist_ok=True)
    (snippets / "good.py").write_text(SNIPPET, encoding="utf-8")
    (snippets / "bad.py").write_text(BAD_SNIPPET, encoding="utf-8")
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", "3.11"]
    env = {"MYPYPATH": f"{regenerated / 'overlays'}{os.pathsep}{regenerated / 'generated'}"}
    good = _run([*mypy, "snippets/good.py"], regenerated, check=False, **env)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = _run([*mypy, "snippets/bad.py"], regenerated, check=False, **env)
    assert bad.returncode == 1
    assert 'Argument "sales_channel" to "update_customer_session"' in bad.stdout


def test_the_copy_passes_its_own_make_test(regenerated: Path) -> None:
    shutil.rmtree(regenerated / "snippets", ignore_errors=True)
    result = _make("test", regenerated, check=False, **{NESTED: "1"})
    output = result.stdout[-6000:] + result.stderr[-6000:]
    assert result.returncode == 0, output
    assert " passed" in output


def test_removing_a_field_of_the_facts_fails_make_test_loudly(regenerated: Path) -> None:
    def remove_usage_counter(spec: dict[str, Any]) -> None:
        coupon = spec["components"]["schemas"]["Coupon"]
        del coupon["properties"]["usageCounter"]
        coupon["required"].remove("usageCounter")

    _edit_spec(regenerated, remove_usage_counter)
    _make("generate", regenerated)
    assert "usage_counter" not in (regenerated / "generated/talon_integration_generated/models/coupon.py").read_text()
    spec_test = _run([sys.executable, "-m", "pytest", "tests/test_spec.py", "-k", "fidelity"], regenerated, check=False)
    assert spec_test.returncode == 1
    assert "Coupon: fields of the facts are gone from the spec: ['usageCounter']" in spec_test.stdout
    typecheck = _make("typecheck", regenerated, check=False)  # the CLI's table reads it: mypy says where
    assert typecheck.returncode != 0
    assert "usage_counter" in typecheck.stdout
    verdict = json.loads(
        _run(
            [sys.executable, "tools/spec_diff.py", "--base-file", str(REPO_ROOT / "openapi.yaml"), "--json"],
            regenerated,
        ).stdout
    )
    assert verdict["verdict"] == "breaking"
    assert "Coupon.usageCounter" in [c["id"] for c in verdict["changes"] if c["kind"] == "breaking"]
