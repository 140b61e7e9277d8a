"""The README's examples run: the "Testing your integration" snippets as a downstream project's tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _python_blocks(section: str) -> list[str]:
    text = (ROOT / "README.md").read_text()
    start = text.index(f"## {section}")
    end = text.index("\n## ", start + 1)
    return re.findall(r"```python\n(.*?)```", text[start:end], re.S)


def test_testing_your_integration_examples_pass_as_a_users_test_suite(tmp_path: Path) -> None:
    conftest, tests, *_serve_example = _python_blocks("Testing your integration")
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_checkout.py").write_text(tests)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:asyncio", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout  # three sync tests (one a v2 checkout) and one async one, on anyio's plugin


def test_v2_quickstart_runs_against_a_mock_service_answering_with_the_spec_examples() -> None:
    """The v2 checkout (the sandbox answers v2 operations with 501 for now): a MockTransport answers each request
    with the spec's example for it, and the requests are the ones the README's comments say."""
    import json

    import httpx
    from _client_helpers import spec_example

    from talon_integration import IntegrationClient

    v2 = _python_blocks("Quickstart")[0]
    answers = [
        spec_example("updateCustomerSessionV2", "200", "couponAccepted"),
        spec_example("updateCustomerSessionV2", "200", "minimal"),
        spec_example("returnCartItems", "200", "minimal"),
    ]
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=answers.pop(0))

    transport = httpx.MockTransport(handler)
    printed: list[tuple[object, ...]] = []
    namespace = {
        "client_factory": lambda: IntegrationClient("https://acme.example", api_key="k", transport=transport),
        "print": lambda *args: printed.append(args),
    }
    code = v2.replace('IntegrationClient(base_url="https://mycompany.talon.one", api_key="...")', "client_factory()")
    exec(compile(code, "README.md#Quickstart-v2", "exec"), namespace)
    assert printed == [("coupon accepted", "XMAS-2026"), ("discount", "10% off", 4.99)]
    assert [(r.method, r.url.path) for r in requests] == [
        ("PUT", "/v2/customer_sessions/sess-1"),
        ("PUT", "/v2/customer_sessions/sess-1"),
        ("POST", "/v2/customer_sessions/sess-1/returns"),
    ]
    opened, closed, returned = (json.loads(r.content) for r in requests)
    assert opened["customerSession"]["couponCodes"] == ["XMAS-2026"]
    assert [item["sku"] for item in opened["customerSession"]["cartItems"]] == ["shoe-1", "sock-3"]
    assert closed == {"customerSession": {"state": "closed"}}
    assert returned == {"return": {"returnedCartItems": [{"position": 1, "quantity": 2}]}}


def test_quickstart_example_runs_against_the_sandbox() -> None:
    from talon_integration.testing import Sandbox

    _v2, quickstart, raw_response = _python_blocks("Quickstart")
    sandbox = Sandbox()
    sandbox.add_coupon_campaign("10% off", coupons=["XMAS-2026"], discount_percent=10)
    with sandbox.client() as client:
        code = quickstart.replace(
            'IntegrationClient(base_url="https://mycompany.talon.one", api_key="...")', "client_factory()"
        )
        namespace = {"client_factory": lambda: client, "print": lambda *args: printed.append(args)}
        printed: list[tuple[object, ...]] = []
        exec(compile(code, "README.md#Quickstart", "exec"), namespace)
    with sandbox.client() as client:  # the quickstart's `with` closed the first one
        namespace["client"] = client
        exec(compile(raw_response, "README.md#Quickstart-raw", "exec"), namespace)
    assert ("coupon accepted", "XMAS-2026") in printed
    assert ("discount", "10% off", 4.99) in printed
    assert printed[-1][:2] == (200, "sbx-3")  # status and request id of the raw answer
    assert type(namespace["coupons"]).__name__ == "ReservedCoupons"


def test_the_method_table_names_every_argument_of_each_method() -> None:
    """The README's method table is written by ``make generate`` from the generated clients (tools/readme_methods.py),
    so a keyword the spec adds, such as ``track_event(store_integration_id=...)``, reaches it with no hand edit; and
    each row lists the method's arguments as the public client has them."""

    import readme_methods

    from talon_integration import IntegrationClient

    text = (ROOT / "README.md").read_text()
    assert readme_methods.render(text) == text, "README.md's method table is out of date: run `make generate`"
    rows = dict(re.findall(r"^\| `(\w+)\(([^)]*)\)`", text, re.M))
    assert {"update_customer_profile", "track_event", "create_referral", "get_reserved_coupons"} <= rows.keys()
    for name, listed in rows.items():
        if not hasattr(IntegrationClient, name):
            continue
        assert readme_methods.signature_text(getattr(IntegrationClient, name)) == listed, name
    assert "`close_customer_session(customer_session_id, **fields)`" in text


def test_the_per_call_options_raw_responses_session_helpers_and_error_details_are_documented() -> None:
    from talon_integration import errors

    text = " ".join((ROOT / "README.md").read_text().split())
    assert "`errors.ErrorDetail`" in text and hasattr(errors, "ErrorDetail") and "ErrorDetail" in errors.__all__
    assert "`talon_integration.RawResponse[T]`" in text
    for helper in ("close_customer_session", "cancel_customer_session"):
        assert f"`{helper}(customer_session_id, **fields)`" in text
    helpers = text[text.index("The session helpers") :]
    for option in ("timeout=", "deadline=", "extra_headers=", "extra_body="):
        assert f"`{option}`" in helpers[:1200], option


def test_pagination_examples_run_against_a_mock_service() -> None:
    """The "Pagination" blocks, sync and async, walk three pages of a MockTransport answering as the spec says."""
    import asyncio

    import httpx

    from talon_integration import AsyncIntegrationClient, IntegrationClient

    def point(n: int) -> dict[str, object]:
        return {"id": n, "created": "2026-12-01T10:00:00Z", "programId": 7, "name": "p", "subledgerId": "",
                "startDate": "2026-12-01T10:00:00Z", "expiryDate": "2027-12-01T10:00:00Z", "amount": 1.5}  # fmt: skip

    def handler(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        return httpx.Response(200, json={"hasMore": skip < 4, "data": [point(skip), point(skip + 1)]})

    sync_block, async_block = _python_blocks("Pagination")
    printed: list[tuple[object, ...]] = []
    with IntegrationClient("https://acme.example", api_key="k", transport=httpx.MockTransport(handler)) as client:
        namespace = {"client_factory": lambda: client, "print": lambda *args: printed.append(args)}
        exec(
            compile(sync_block.replace("IntegrationClient()", "client_factory()"), "README#Pagination", "exec"),
            namespace,
        )
    assert [row[0] for row in printed] == [0, 1, 2, 3, 4, 5]

    async def run() -> float:
        namespace: dict[str, object] = {}
        exec(compile(async_block, "README#Pagination-async", "exec"), namespace)
        transport = httpx.MockTransport(handler)
        async with AsyncIntegrationClient("https://acme.example", api_key="k", transport=transport) as client:
            total = await namespace["active_points"](client)  # type: ignore[operator]
        assert isinstance(total, float)
        return total

    assert asyncio.run(run()) == 9.0
