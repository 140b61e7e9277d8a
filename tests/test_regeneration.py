"""A spec change flows through `make generate` safely, in a temporary copy of the repository.

1. Add an optional response field (``Coupon.discountLabel``) and an optional request field
   (``NewCustomerSession.channel``), run the real ``make generate`` in the copy, and show, in a subprocess that
   imports the copy's packages, that the unchanged overlay still works and exposes the new response field
   through ``additional_properties`` and ``to_dict()``, while the generated models gain both fields.
2. Remove a field the overlay reads (``Coupon.usageCounter``), regenerate, and show that the check ``make test``
   runs (the model fidelity test below, run by pytest in the copy) fails and names ``usageCounter``, and that
   ``spec-diff`` calls it breaking: the mistake surfaces in CI, not at a user's runtime.

The copy holds the tracked files plus the working tree's untracked ones (``git ls-files -co``), and reuses this
venv's tools through a ``.venv`` symlink; nothing is installed.
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
sys.path.insert(0, str(REPO_ROOT / "tools"))
import model_fidelity  # noqa: E402  (tools/ is a folder of scripts, not a package)

VENV_BIN = Path(sys.executable).parent
TIMEOUT_S = 120

# Runs in the copy: `python -c PROBE`, with PYTHONPATH=<copy>/overlays:<copy>/generated.
PROBE = """
import json, sys
import attrs, httpx, yaml
import talon_integration, talon_integration_generated
from talon_integration import IntegrationClient
from talon_integration_generated.models import Coupon as GeneratedCoupon, NewCustomerSession

spec = yaml.safe_load(open("openapi.yaml", encoding="utf-8"))
examples = spec["components"]["examples"]
coupon = dict(examples["ReservedCoupon"]["value"], discountLabel="10% off")
state = examples["CouponAcceptedState"]["value"]

def handler(request):
    if request.url.path.startswith("/v1/coupon_reservations/"):
        return httpx.Response(201, json=coupon)
    return httpx.Response(200, json=state)

client = IntegrationClient(base_url="https://sandbox.invalid", api_key="k", transport=httpx.MockTransport(handler))
reserved = client.create_coupon_reservation("XMAS-2026", integration_ids=["user-42"])
updated = client.update_customer_session("sess-1", profile_id="user-42", coupon="XMAS-2026")
print(json.dumps({
    "overlay_file": talon_integration.__file__,
    "generated_file": talon_integration_generated.__file__,
    "additional_properties": reserved.additional_properties,
    "to_dict": reserved.to_dict(),
    "usage_counter": reserved.usage_counter,
    "effects": [e.effect_type for e in updated.effects],
    "generated_coupon_label": GeneratedCoupon.from_dict(coupon).discount_label,
    "generated_request_fields": [f.name for f in attrs.fields(NewCustomerSession)],
}))
"""


def _env(copy: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "MAKEFLAGS", "MAKELEVEL"}}
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = f"{copy / 'overlays'}{os.pathsep}{copy / 'generated'}"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run(cmd: list[str], copy: Path, *, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        cmd, cwd=copy, env=_env(copy), capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    if check:
        assert result.returncode == 0, f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _edit_spec(copy: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    path = copy / "openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _make_generate(copy: Path) -> None:
    # The real Makefile recipe; VENV_STAMP= skips the venv bootstrap (the copy's .venv is this venv, symlinked).
    _run(["make", "--no-print-directory", "generate", "VENV_STAMP="], copy)


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
    (root / ".venv").symlink_to(VENV_BIN.parent)
    return root


def test_the_overlay_models_mirror_the_spec_and_the_generated_models() -> None:
    """The model fidelity check (tools/model_fidelity.py) on this repository: a field the overlay reads that the
    spec no longer defines fails here, in `make test`."""
    from talon_integration import models as overlay_models
    from talon_integration_generated import models as generated_models

    spec = model_fidelity._load_spec(REPO_ROOT / "openapi.yaml")
    problems, _notes = model_fidelity.check(spec, overlay_models, generated_models)
    assert problems == [], "\n".join(problems)


def test_model_fidelity_catches_type_and_required_drift() -> None:
    from talon_integration import models as overlay_models
    from talon_integration_generated import models as generated_models

    spec = model_fidelity._load_spec(REPO_ROOT / "openapi.yaml")
    coupon = spec["components"]["schemas"]["Coupon"]
    coupon["properties"]["usageLimit"]["type"] = "string"
    coupon["properties"]["created"].pop("format")
    coupon["required"].remove("value")
    problems, _ = model_fidelity.check(spec, overlay_models, generated_models)
    assert problems == [
        "Coupon.created: openapi.yaml format (none), the overlay parses date-time",
        "Coupon.value: required by the overlay model but optional in openapi.yaml",
        "Coupon.usageLimit: openapi.yaml says string, the overlay parses integer",
    ]


def test_new_fields_flow_through_without_an_overlay_change(copy: Path) -> None:
    def add_fields(spec: dict[str, Any]) -> None:
        schemas = spec["components"]["schemas"]
        schemas["Coupon"]["properties"]["discountLabel"] = {"type": "string", "description": "The discount's name."}
        schemas["NewCustomerSession"]["properties"]["channel"] = {"type": "string", "description": "Sales channel."}

    overlay_before = {p: p.read_bytes() for p in (copy / "overlays").rglob("*.py")}
    _edit_spec(copy, add_fields)
    _make_generate(copy)
    generated = (copy / "generated/talon_integration_generated/models/coupon.py").read_text(encoding="utf-8")
    assert "discount_label: str | Unset = UNSET" in generated

    out = json.loads(_run([sys.executable, "-c", PROBE], copy).stdout)
    assert Path(out["overlay_file"]).is_relative_to(copy)  # the copy's packages, not this checkout's
    assert Path(out["generated_file"]).is_relative_to(copy)
    assert out["additional_properties"] == {"discountLabel": "10% off"}
    assert out["to_dict"]["discountLabel"] == "10% off"
    assert out["to_dict"]["usageCounter"] == out["usage_counter"] == 3
    assert out["effects"] == ["acceptCoupon", "setDiscount"]
    assert out["generated_coupon_label"] == "10% off"
    assert "channel" in out["generated_request_fields"]

    fidelity = _run([sys.executable, "tools/model_fidelity.py"], copy)
    assert "Coupon.discountLabel: not modelled by the overlay; reachable via additional_properties" in fidelity.stdout
    verdict = json.loads(
        _run(
            [sys.executable, "tools/spec_diff.py", "--base-file", str(REPO_ROOT / "openapi.yaml"), "--json"], copy
        ).stdout
    )
    assert verdict["verdict"] == "compatible"
    assert {c["id"] for c in verdict["changes"]} == {"Coupon.discountLabel", "NewCustomerSession.channel"}
    assert {p: p.read_bytes() for p in (copy / "overlays").rglob("*.py")} == overlay_before


def test_removing_a_field_the_overlay_reads_fails_make_test_loudly(copy: Path) -> None:
    def remove_usage_counter(spec: dict[str, Any]) -> None:
        coupon = spec["components"]["schemas"]["Coupon"]
        del coupon["properties"]["usageCounter"]
        coupon["required"].remove("usageCounter")

    _edit_spec(copy, remove_usage_counter)
    _make_generate(copy)
    assert "usage_counter" not in (copy / "generated/talon_integration_generated/models/coupon.py").read_text()

    test_id = "tests/test_regeneration.py::test_the_overlay_models_mirror_the_spec_and_the_generated_models"
    result = _run([sys.executable, "-m", "pytest", test_id, "-p", "no:randomly"], copy, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Coupon.usageCounter: read by talon_integration.models.Coupon.usage_counter but not defined" in output
    assert "1 failed" in output

    verdict = json.loads(
        _run(
            [sys.executable, "tools/spec_diff.py", "--base-file", str(REPO_ROOT / "openapi.yaml"), "--json"], copy
        ).stdout
    )
    assert verdict["verdict"] == "breaking"
    assert [c["id"] for c in verdict["changes"] if c["kind"] == "breaking"] == ["Coupon.usageCounter"]
