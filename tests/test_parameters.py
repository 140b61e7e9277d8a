"""Path and query parameters are checked as the spec states, before any I/O, like body fields (issue 17, item 1).

The constraints come from openapi.yaml through the generation (templates/endpoint_module.py.jinja and the post hook
tools/parameter_limits.py), never from the overlay: a copy of the spec gains constraints on path parameters and an
operation with query parameters, is generated into a temporary folder, and the clients built on that generated
package (``talon_integration`` from overlays/, in a subprocess) refuse what the copy's spec does not allow, naming
the parameter, with no request sent. Sync and async.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import parameter_limits
import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
SPEC = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text())


def constrained_spec() -> dict[str, Any]:
    """The spec with a card-identifier-like limit on coupon codes and a listing with constrained query parameters."""
    spec = copy.deepcopy(SPEC)
    spec["components"]["parameters"]["CouponValue"]["schema"].update(minLength=4, maxLength=108)
    get = copy.deepcopy(spec["paths"]["/v1/coupon_reservations/coupons/{integrationId}"]["get"])
    get["operationId"] = "listReservedCouponsPaged"
    get["parameters"] = [
        *get["parameters"],
        {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
        {"name": "tag", "in": "query", "schema": {"type": "string", "maxLength": 5}},
    ]
    spec["paths"]["/v1/coupon_reservations/coupons/{integrationId}/paged"] = {"get": get}
    return spec


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("constrained")
    (root / "openapi.yaml").write_text(yaml.safe_dump(constrained_spec(), sort_keys=False))
    (root / "tools").symlink_to(REPO_ROOT / "tools")
    out = root / "pkg" / "talon_integration_generated"
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}", "TALON_GENERATE_ROOT": str(root)}
    command = [
        str(VENV_BIN / "openapi-python-client"), "generate", "--path", str(root / "openapi.yaml"),
        "--config", str(REPO_ROOT / "generator-config.yml"), "--meta", "none", "--fail-on-warning",
        "--custom-template-path", str(REPO_ROOT / "templates"), "--output-path", str(out),
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return out.parent


CALLS = textwrap.dedent(
    """
    import asyncio, json, sys
    import httpx
    import talon_integration as ti

    sent = []

    def answer(request):
        sent.append(request)
        return httpx.Response(200, json={"totalResultSize": 0, "data": []})

    CASES = [
        ("get_reserved_customers", ("A" * 109,), {}),
        ("get_reserved_customers", ("ABC",), {}),
        ("delete_coupon_reservation", ("B" * 109,), {"integration_ids": ["u1"]}),
        ("list_reserved_coupons_paged", ("u1",), {"page_size": 0}),
        ("list_reserved_coupons_paged", ("u1",), {"page_size": 1001}),
        ("list_reserved_coupons_paged", ("u1",), {"sort": "up"}),
        ("list_reserved_coupons_paged", ("u1",), {"tag": "toolong"}),
        ("list_reserved_coupons_paged", ("u1",), {"page_size": "10"}),
    ]

    def report(exc):
        return {"type": type(exc).__name__, "message": str(exc), "parameter": getattr(exc, "parameter", None)}

    def run_sync():
        out = []
        with ti.IntegrationClient(base_url="https://acme.talon.one", api_key="k",
                                  transport=httpx.MockTransport(answer)) as client:
            for name, args, kwargs in CASES:
                try:
                    getattr(client, name)(*args, **kwargs)
                    out.append(None)
                except Exception as exc:
                    out.append(report(exc))
            client.get_reserved_customers("A" * 108)
            client.list_reserved_coupons_paged("u1", page_size=1000, sort="desc", tag="abcde")
        return out

    async def run_async():
        out = []
        async with ti.AsyncIntegrationClient(base_url="https://acme.talon.one", api_key="k",
                                             transport=httpx.MockTransport(answer)) as client:
            for name, args, kwargs in CASES:
                try:
                    await getattr(client, name)(*args, **kwargs)
                    out.append(None)
                except Exception as exc:
                    out.append(report(exc))
        return out

    result = {"sync": run_sync(), "async": asyncio.run(run_async())}
    result["sent"] = [str(r.url) for r in sent]
    print(json.dumps(result))
    """
)

EXPECTED = [
    ("coupon_value", "coupon_value must be at most 108 characters long"),
    ("coupon_value", "coupon_value must be at least 4 characters long"),
    ("coupon_value", "coupon_value must be at most 108 characters long"),
    ("page_size", "page_size must be at least 1, got 0"),
    ("page_size", "page_size must be at most 1000, got 1001"),
    ("sort", "sort must be one of asc, desc; got 'up'"),
    ("tag", "tag must be at most 5 characters long"),
    ("page_size", "page_size must be an integer, got str"),
]


def test_path_and_query_parameters_are_checked_as_the_spec_states_sync_and_async(generated: Path) -> None:
    env = {**os.environ, "PYTHONPATH": f"{generated}{os.pathsep}{REPO_ROOT / 'overlays'}"}
    done = subprocess.run(
        [sys.executable, "-c", CALLS], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    for mode in ("sync", "async"):
        got = [(r["type"], r["parameter"], r["message"]) if r else None for r in result[mode]]
        assert got == [("InvalidInputError", parameter, message) for parameter, message in EXPECTED], mode
    # Nothing refused reached the wire; the values at the limits did, as the spec allows them.
    assert result["sent"] == [
        "https://acme.talon.one/v1/coupon_reservations/customerprofiles/" + "A" * 108,
        "https://acme.talon.one/v1/coupon_reservations/coupons/u1/paged?pageSize=1000&sort=desc&tag=abcde",
    ]


def test_every_parameter_of_the_spec_has_its_limits_in_the_generated_package() -> None:
    from talon_integration_generated import parameter_limits as generated_limits

    assert parameter_limits.parameter_limits(SPEC) == generated_limits.LIMITS
    operations = {op["operationId"] for item in SPEC["paths"].values() for op in item.values() if "operationId" in op}
    assert {operation for operation, _ in generated_limits.LIMITS} <= operations


def test_limits_are_read_from_the_parameter_schema_refs_included() -> None:
    spec = constrained_spec()
    limits = parameter_limits.parameter_limits(spec)
    assert limits[("getReservedCustomers", "couponValue")] == {"min_length": 4, "max_length": 108}
    assert limits[("listReservedCouponsPaged", "pageSize")] == {"minimum": 1, "maximum": 1000}
    assert limits[("listReservedCouponsPaged", "sort")] == {}
    assert limits[("listReservedCouponsPaged", "integrationId")] == {}
