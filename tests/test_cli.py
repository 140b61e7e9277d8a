"""The ``talon-integration`` command line: every subcommand against a served sandbox, output, exit codes.

Most tests run ``main([...])`` in-process against a ``Sandbox`` served on a free loopback port and read
stdout/stderr with ``capsys``; a few use ``cli.run(..., transport=httpx.MockTransport(...))`` for answers
the sandbox does not give (a 503, a malformed body). ``sandbox`` is started as a real subprocess.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import signal
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest

from talon_integration import IntegrationClient, cli
from talon_integration.testing import Sandbox
from talon_integration_generated.api import OPERATIONS as TABLE

API_KEY = "sandbox-key"
TALON_ENV = ("TALON_BASE_URL", "TALON_API_KEY", "TALON_APPLICATION_ID", "TALON_APPLICATION_KEY", "TALON_LOG")
ITEM = "sku=shoe-1,name=Red shoe,quantity=2,price=50"
OPERATIONS = (
    "update-customer-profile",
    "update-customer-session",
    "close-customer-session",
    "cancel-customer-session",
    "track-event",
    "create-referral",
    "delete-customer-data",
    "create-coupon-reservation",
    "delete-coupon-reservation",
    "get-reserved-customers",
    "get-reserved-coupons",
)


class Result(NamedTuple):
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in TALON_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sandbox() -> Sandbox:
    box = Sandbox(api_key=API_KEY)
    box.add_coupon_campaign("Summer sale", coupons=["SUMMER10", "SPARE-1"], discount_percent=10)
    box.add_coupon_campaign("Five off", coupons=["FIVE-OFF"], discount_amount=5)
    return box


@pytest.fixture
def url(sandbox: Sandbox) -> Iterator[str]:
    server = sandbox.serve("127.0.0.1", 0)
    try:
        yield server.url
    finally:
        server.shutdown()


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], url: str) -> Run:
    """``run("get-reserved-coupons", "u1")``: main() with the sandbox's URL and key; returns code, out, err."""

    def call(*argv: str, configured: bool = True) -> Result:
        capsys.readouterr()
        args = ["--base-url", url, "--api-key", API_KEY, *argv] if configured else list(argv)
        code = cli.main(args)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


def _referral_campaign(sandbox: Sandbox) -> int:
    return sandbox.add_referral_campaign("Refer a friend", discount_amount=10)


# ---- every subcommand against the sandbox, JSON output ----------------------------------------------


def test_a_v2_checkout_on_the_command_line_with_its_own_json_and_integer_path_parameters(run: Run) -> None:
    """What the CLI prints it takes back: camelCase JSON (nested models too); integer path parameters are integers;
    ``return_`` (a Python word renamed) is ``--return``."""
    session = '{"profileId": "ada", "state": "closed", "couponCodes": ["FIVE-OFF"],' \
              ' "cartItems": [{"sku": "a-1", "name": "A", "quantity": 2, "price": 30.0}]}'  # fmt: skip
    closed = run(
        "update-customer-session-v2", "s1", "--customer-session", session, "--response-content", "customerSession"
    )
    assert closed.code == 0, closed.err
    assert closed.json()["customerSession"]["cartItems"][0]["sku"] == "a-1"
    assert [e["effectType"] for e in closed.json()["effects"]].count("addLoyaltyPoints") == 1
    balances = run("get-loyalty-balances", "1", "ada")
    assert balances.code == 0, balances.err
    assert balances.json()["balance"]["activePoints"] == 55.0  # 60 less the 5 off
    returned = run("return-cart-items", "s1", "--return", '{"returnedCartItems": [{"position": 0, "quantity": 1}]}')
    assert returned.code == 0, returned.err
    assert "rollbackAddedLoyaltyPoints" in [e["effectType"] for e in returned.json()["effects"]]
    snake = run("update-customer-session-v2", "s2", "--customer-session", '{"profile_id": "ada"}')
    assert snake.code == 0, snake.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["get-loyalty-balances", "one", "ada"], "argument LOYALTY_PROGRAM_ID: value must be an integer, got 'one'"),
        (["update-customer-session-v2", "s1", "--customer-session", '{"profileId": "a", "profile_id": "b"}'],
         "NewCustomerSessionV2 field 'profile_id' given twice: 'profileId', 'profile_id'"),
        (["update-customer-session-v2", "s1", "--customer-session", '{"cartItems": [{"sku": "a", "qty": 1}]}'],
         "qty"),
    ],
)  # fmt: skip
def test_bad_path_parameters_and_json_fields_are_usage_errors(run: Run, argv: list[str], message: str) -> None:
    result = run(*argv)
    assert result.code == 2
    assert message in result.err


def test_update_customer_profile_json(run: Run) -> None:
    result = run("update-customer-profile", "ada", "--attribute", "Name=Ada", "--attribute", "Age=36",
                 "--attributes", '{"Tier": "gold", "Name": "overridden"}')  # fmt: skip
    assert result.code == 0, result.err
    state = result.json()
    assert state["profile"]["integrationId"] == "ada"
    assert state["profile"]["attributes"] == {"Name": "Ada", "Age": 36, "Tier": "gold"}
    assert state["effects"] == []
    assert result.err == ""


def test_update_customer_session_with_coupon_json(run: Run) -> None:
    result = run("update-customer-session", "s1", "--profile-id", "ada", "--coupon", "SUMMER10",
                 "--item", ITEM, "--item", "sku=sock,name=Sock,quantity=1,price=10,category=socks",
                 "--total", "110", "--identifier", "dev-1", "--attribute", "Channel=web")  # fmt: skip
    assert result.code == 0, result.err
    state = result.json()
    session = state["session"]
    assert session["state"] == "open"
    assert session["coupon"] == "SUMMER10"
    assert [i["sku"] for i in session["cartItems"]] == ["shoe-1", "sock"]
    assert session["cartItems"][1]["category"] == "socks"
    assert session["total"] == 110
    assert session["attributes"] == {"Channel": "web"}
    by_type = {e["effectType"]: e for e in state["effects"]}
    assert by_type["acceptCoupon"]["value"] == "SUMMER10"
    assert by_type["acceptCoupon"]["args"] == ["SUMMER10"]
    discount = by_type["setDiscount"]
    assert discount["value"] == pytest.approx(11.0)
    assert set(discount) == {"effectType", "campaignId", "rulesetId", "ruleIndex", "args", "name", "value"}
    assert "raw" not in discount
    assert state["event"]["effects"]  # the raw wire form stays in to_dict()


def test_unknown_coupon_is_rejected_with_reason(run: Run) -> None:
    result = run("update-customer-session", "s1", "--profile-id", "ada", "--coupon", "NOPE")
    assert result.code == 0, result.err
    state = result.json()
    assert [e["effectType"] for e in state["effects"]] == ["rejectCoupon"]
    assert state["effects"][0]["campaignId"] == -1
    assert state["event"]["meta"]["couponRejectionReason"]["reason"] == "CouponNotFound"


def test_close_and_cancel_customer_session(run: Run) -> None:
    assert run("update-customer-session", "s1", "--profile-id", "ada", "--item", ITEM, "--total", "100").code == 0
    closed = run("close-customer-session", "s1", "--profile-id", "ada")
    assert closed.code == 0, closed.err
    assert closed.json()["session"]["state"] == "closed"
    assert closed.json()["profile"]["closedSessions"] == 1
    assert closed.json()["profile"]["totalSales"] == pytest.approx(100)
    cancelled = run("cancel-customer-session", "s1")
    assert cancelled.code == 0, cancelled.err
    assert cancelled.json()["session"]["state"] == "cancelled"
    again = run("close-customer-session", "s1")  # cancelled -> closed is refused by the service
    assert again.code == 1
    assert again.out == ""
    assert again.err.startswith("error: 400 ")


def test_update_customer_session_state_flag(run: Run) -> None:
    result = run("update-customer-session", "s1", "--state", "cancelled")
    assert result.code == 0, result.err
    assert result.json()["session"]["state"] == "cancelled"


def test_track_event(run: Run) -> None:
    result = run("track-event", "--session-id", "s1", "--type", "viewed_page", "--profile-id", "ada",
                 "--attribute", "page=checkout")  # fmt: skip
    assert result.code == 0, result.err
    event = result.json()["event"]
    assert event["type"] == "viewed_page"
    assert event["attributes"] == {"page": "checkout"}


def test_create_referral_and_use_it(run: Run, sandbox: Sandbox) -> None:
    campaign = _referral_campaign(sandbox)
    result = run("create-referral", "--campaign-id", str(campaign), "--advocate", "ada", "--friend", "grace")
    assert result.code == 0, result.err
    referral = result.json()
    assert referral["campaignId"] == campaign
    assert referral["advocateProfileIntegrationId"] == "ada"
    assert referral["friendProfileIntegrationId"] == "grace"
    assert len(referral["code"]) >= 4
    used = run("update-customer-session", "g1", "--profile-id", "grace", "--referral", referral["code"],
               "--item", ITEM, "--total", "100")  # fmt: skip
    assert used.code == 0, used.err
    assert "acceptReferral" in [e["effectType"] for e in used.json()["effects"]]


def test_create_referral_long_option_names(run: Run, sandbox: Sandbox) -> None:
    campaign = _referral_campaign(sandbox)
    result = run("create-referral", "--campaign-id", str(campaign), "--advocate-profile-integration-id", "ada",
                 "--friend-profile-integration-id", "grace")  # fmt: skip
    assert result.code == 0, result.err
    assert result.json()["friendProfileIntegrationId"] == "grace"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-31T23:59:59Z", _dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=_dt.UTC)),
        ("2026-12-31T23:59:59+02:00", _dt.datetime(2026, 12, 31, 21, 59, 59, tzinfo=_dt.UTC)),
        ("2026-12-31 10:00+00:00", _dt.datetime(2026, 12, 31, 10, 0, tzinfo=_dt.UTC)),
    ],
)
def test_referral_dates_are_iso_8601_with_an_offset(
    run: Run, sandbox: Sandbox, text: str, expected: _dt.datetime
) -> None:
    campaign = _referral_campaign(sandbox)
    result = run("create-referral", "--campaign-id", str(campaign), "--advocate", "ada",
                 "--start-date", "2026-01-01T00:00:00Z", "--expiry-date", text)  # fmt: skip
    assert result.code == 0, result.err
    referral = result.json()
    assert _dt.datetime.fromisoformat(referral["expiryDate"]) == expected
    assert _dt.datetime.fromisoformat(referral["startDate"]) == _dt.datetime(2026, 1, 1, tzinfo=_dt.UTC)


@pytest.mark.parametrize(
    "text", ["someday", "31 Dec 2026", "December 31, 2026", "2026/12/31 10:00 UTC", "2026-12-31", "2026-12-31T10:00"]
)
def test_dates_the_library_refuses_are_usage_errors(run: Run, text: str) -> None:
    """One parser, the library's: what the client would refuse (no offset, other forms), the CLI refuses too."""
    result = run("create-referral", "--campaign-id", "1", "--advocate", "ada", "--expiry-date", text)
    assert result.code == 2
    assert result.err.startswith("error: --expiry-date ")


@pytest.mark.parametrize("text", ["2026-12-31", "2026-12-31T10:00"])
def test_a_date_without_offset_is_told_it_needs_a_time_zone(run: Run, text: str) -> None:
    """Regression (issue 17): the message names the flag and says what is missing, not "outside the range"."""
    result = run("create-referral", "--campaign-id", "1", "--advocate", "ada", "--expiry-date", text)
    assert result.code == 2
    assert result.err == f"error: --expiry-date must carry a timezone (e.g. datetime.now(timezone.utc)), got {text!r}\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["create-referral", "--campaign-id", "0", "--advocate", "ada"], "--campaign-id must be at least 1, got 0"),
        (["update-customer-session", "s1", "--cart-item", "sku=a,name=b,quantity=0,price=1"],
         "--cart-item[0].quantity must be at least 1, got 0"),
        (["update-customer-session", "s1", "--state", "paid"], None),  # argparse's own: "argument --state: ..."
        (["get-reserved-coupons", ""], "INTEGRATION_ID must be a non-empty string, got ''"),
        (["create-coupon-reservation", "C", "--integration-id", ""], "--integration-id[0] must not be empty"),
    ],
)  # fmt: skip
def test_argument_errors_name_the_flag_and_give_no_credentials_hint(
    run: Run, argv: list[str], message: str | None
) -> None:
    result = run(*argv)
    assert result.code == 2
    if message is not None:
        assert result.err == f"error: {message}\n"
    assert "hint:" not in result.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--timeout", "-1"], "argument --timeout: must be a positive number of seconds, got '-1'"),
        (["--timeout", "nan"], "argument --timeout: must be a positive number of seconds, got 'nan'"),
        (["--max-retries", "-1"], "argument --max-retries: must be an integer >= 0, got '-1'"),
    ],
)
def test_bad_timeout_or_retries_name_the_flag_without_the_credentials_hint(
    run: Run, argv: list[str], message: str
) -> None:
    result = run("get-reserved-coupons", "ada", *argv)
    assert result.code == 2
    assert result.err.rstrip().endswith(message)
    assert "hint:" not in result.err


def test_reservations(run: Run) -> None:
    created = run("create-coupon-reservation", "SPARE-1", "--integration-id", "ada", "--integration-id", "bob")
    assert created.code == 0, created.err
    assert created.json()["value"] == "SPARE-1"
    customers = run("get-reserved-customers", "SPARE-1")
    assert customers.code == 0, customers.err
    assert sorted(p["integrationId"] for p in customers.json()["data"]) == ["ada", "bob"]
    assert customers.json()["totalResultSize"] == 2
    coupons = run("get-reserved-coupons", "ada")
    assert coupons.code == 0, coupons.err
    assert [c["value"] for c in coupons.json()["data"]] == ["SPARE-1"]
    deleted = run("delete-coupon-reservation", "SPARE-1", "--integration-id", "bob")
    assert deleted.code == 0, deleted.err
    assert deleted.json() == {"ok": True}
    after = run("get-reserved-customers", "SPARE-1")
    assert [p["integrationId"] for p in after.json()["data"]] == ["ada"]


def test_delete_customer_data(run: Run) -> None:
    assert run("update-customer-profile", "ada", "--attribute", "Name=Ada").code == 0
    result = run("delete-customer-data", "ada")
    assert result.code == 0, result.err
    assert result.json() == {"ok": True}
    assert run("get-reserved-coupons", "ada").code == 1  # the profile is gone
    again = run("--format", "table", "delete-customer-data", "ada")
    assert again.code == 1
    assert again.err.startswith("error: 404 ")
    assert run("--format", "table", "delete-customer-data", "bob").code == 1
    assert run("update-customer-profile", "bob").code == 0
    assert run("--format", "table", "delete-customer-data", "bob").out == "ok: delete a customer's personal data\n"


# ---- table output ------------------------------------------------------------------------------------


def test_table_for_a_session_shows_facts_and_effects(run: Run) -> None:
    result = run("--format", "table", "update-customer-session", "s1", "--profile-id", "ada",
                 "--coupon", "SUMMER10", "--item", ITEM, "--total", "100")  # fmt: skip
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert any(line.startswith("session") and "s1 (open)" in line for line in lines)
    assert any(line.startswith("total") and "100.00" in line for line in lines)
    assert any(line.startswith("discounts") and "10.00" in line for line in lines)
    assert any(line.startswith("cart") and "2 x Red shoe (shoe-1) at 50.00" in line for line in lines)
    header = next(line for line in lines if line.startswith("CAMPAIGN"))
    assert header.split() == ["CAMPAIGN", "RULESET", "RULE", "EFFECT", "ARGUMENTS"]
    accept = next(line for line in lines if "acceptCoupon" in line)
    assert accept.index("acceptCoupon") == header.index("EFFECT")  # aligned columns
    assert '"SUMMER10"' in accept
    assert any("setDiscount" in line for line in lines)


def test_table_for_a_v2_session_shows_its_state_and_typed_effects(run: Run) -> None:
    item = '{"sku": "a", "name": "A", "quantity": 1, "price": 20.0}'
    session = f'{{"profileId": "ada", "couponCodes": ["FIVE-OFF"], "cartItems": [{item}]}}'
    result = run("update-customer-session-v2", "s1", "--customer-session", session,
                 "--response-content", "customerSession", "--format", "table")  # fmt: skip
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[:2] == ["session  s1 (open)", "total    20.00"]
    assert lines[3].split() == ["CAMPAIGN", "EFFECT", "PROPS"]
    assert lines[4].split(maxsplit=2)[1:] == ["acceptCoupon", '{"value": "FIVE-OFF"}']
    assert lines[5].split(maxsplit=2)[1:] == ["setDiscount", '{"name": "Five off", "value": 5.0}']
    empty = run("track-event-v2", "--profile-id", "ada", "--type", "viewed", "--format", "table")
    assert empty.code == 0, empty.err
    assert empty.out == "effects: none\n"


def test_table_for_a_rejected_coupon_shows_the_reason(run: Run) -> None:
    result = run("update-customer-session", "s1", "--coupon", "NOPE", "--format", "table")
    assert result.code == 0, result.err
    assert "rejectCoupon" in result.out
    rejected = next(line for line in result.out.splitlines() if line.startswith("coupon rejected"))
    assert "NOPE: CouponNotFound" in rejected
    assert "(anonymous)" in result.out


def test_table_for_lists_referral_coupon_and_no_content(run: Run, sandbox: Sandbox) -> None:
    reserved = run("create-coupon-reservation", "SPARE-1", "--integration-id", "ada", "--format", "table")
    assert reserved.code == 0, reserved.err
    assert any(line.split()[:2] == ["coupon", "SPARE-1"] for line in reserved.out.splitlines())
    customers = run("get-reserved-customers", "SPARE-1", "--format", "table")
    assert customers.out.splitlines()[0].split()[:2] == ["INTEGRATION", "ID"]
    assert customers.out.splitlines()[1].startswith("ada ")
    coupons = run("get-reserved-coupons", "ada", "--format", "table")
    assert coupons.out.splitlines()[0].split() == ["COUPON", "CAMPAIGN", "USED", "STARTS", "EXPIRES"]
    assert coupons.out.splitlines()[1].startswith("SPARE-1 ")
    assert "total 1" in coupons.out
    assert run("update-customer-profile", "bob").code == 0
    empty = run("get-reserved-coupons", "bob", "--format", "table")
    assert empty.code == 0, empty.err
    assert empty.out == "none (total 0)\n"
    campaign = _referral_campaign(sandbox)
    referral = run("create-referral", "--campaign-id", str(campaign), "--advocate", "ada", "--format", "table")
    assert referral.code == 0, referral.err
    assert referral.out.startswith("referral code")
    assert "friend         anyone" in referral.out
    deleted = run("delete-coupon-reservation", "SPARE-1", "--integration-id", "ada", "--format", "table")
    assert deleted.out == "ok: remove a coupon's reservations\n"


def test_table_for_a_profile_update_and_a_rejected_referral(run: Run) -> None:
    profile = run("update-customer-profile", "ada", "--attribute", "Name=Ada", "--format", "table")
    assert profile.code == 0, profile.err
    assert not profile.out.startswith("session")  # the stand-in session of a profile update is not shown
    assert 'customer  ada: 0 closed sessions, total sales 0.00, attributes {"Name": "Ada"}' in profile.out
    assert "effects: none" in profile.out
    referral = run("update-customer-session", "s1", "--referral", "REF-NONE", "--format", "table")
    assert referral.code == 0, referral.err
    assert "rejectReferral" in referral.out
    assert any(line.startswith("referral rejected") and "REF-NONE: ReferralNotFound" in line
               for line in referral.out.splitlines())  # fmt: skip


# ---- exit codes --------------------------------------------------------------------------------------


def test_unknown_coupon_reservation_is_an_api_error(run: Run) -> None:
    result = run("create-coupon-reservation", "NO-SUCH-COUPON", "--integration-id", "ada")
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("error: 404 ")


def test_wrong_api_key_is_an_api_error_and_the_key_is_never_printed(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    secret = "canary-secret-1234567"
    code = cli.main(["get-reserved-coupons", "ada", "--base-url", url, "--api-key", secret])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("error: 401 ")
    assert secret not in out + err
    assert "hint:" not in err  # an API error, not a configuration error


@pytest.mark.parametrize(
    "item",
    [
        "sku=a,name=b,quantity=1",  # no price
        "sku=a,name=b,quantity=one,price=1",
        "sku=a,name=b,quantity=1,price=cheap",
        "sku=a,name=b,quantity=1,price=1,colour=red",
        "sku=a,name=b,quantity=1,price=1,sku=c",
        "sku=a;name=b;quantity=1;price=1",
        "{not json",
    ],
)
def test_bad_item_is_a_usage_error(run: Run, item: str) -> None:
    result = run("update-customer-session", "s1", "--item", item)
    assert result.code == 2
    assert "--item" in result.err
    assert result.out == ""


def test_item_json_form_and_commas_in_names(run: Run) -> None:
    item = '{"sku": "s", "name": "Shoes, red", "quantity": 1, "price": 9.5, "attributes": {"colour": "red"}}'
    result = run("update-customer-session", "s1", "--item", item)
    assert result.code == 0, result.err
    assert result.json()["session"]["cartItems"][0]["name"] == "Shoes, red"


def test_invalid_input_is_a_usage_error(run: Run) -> None:
    result = run("update-customer-session", "s1", "--item", "sku=a,name=b,quantity=0,price=1")
    assert result.code == 2
    assert "quantity" in result.err


@pytest.mark.parametrize(
    "argv",
    [
        ["--attribute", "novalue"],
        ["--attribute", "=x"],
        ["--attributes", "[1, 2]"],
        ["--attributes", "{bad"],
        ["--state", "paid"],
        ["--total", "lots"],
    ],
)
def test_bad_flags_are_usage_errors(run: Run, argv: list[str]) -> None:
    result = run("update-customer-session", "s1", *argv)
    assert result.code == 2
    assert "error:" in result.err


def test_missing_configuration_is_a_usage_error(run: Run) -> None:
    result = run("get-reserved-coupons", "ada", configured=False)
    assert result.code == 2
    assert result.err.startswith("error: --base-url is missing: pass --base-url ... or set TALON_BASE_URL\n")
    assert "base_url" not in result.err
    assert "hint: pass --base-url and --api-key" in result.err  # a configuration error: the hint helps
    no_key = run("get-reserved-coupons", "ada", "--base-url", "http://127.0.0.1:1", configured=False)
    assert no_key.code == 2
    assert no_key.err.startswith("error: credentials are missing: pass --api-key ... (or set TALON_API_KEY), or ")
    assert "api_key" not in no_key.err
    assert "hint: pass --base-url and --api-key" in no_key.err
    bad_id = run("get-reserved-coupons", "ada", "--base-url", "http://127.0.0.1:1", "--application-id", "x",
                 "--application-key", "fefe", configured=False)  # fmt: skip
    assert bad_id.code == 2


def test_configuration_from_env_vars(run: Run, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALON_BASE_URL", url)
    monkeypatch.setenv("TALON_API_KEY", API_KEY)
    result = run("get-reserved-customers", "SPARE-1", configured=False)
    assert result.code == 0, result.err
    assert result.json() == {"totalResultSize": 0, "data": []}


def test_hmac_flags_sign_requests(capsys: pytest.CaptureFixture[str]) -> None:
    box = Sandbox(api_key=None, application_id=12, application_key="fefecafedeadbeef")
    box.add_coupon_campaign("Summer sale", coupons=["SPARE-1"], discount_percent=10)
    with box.serve("127.0.0.1", 0) as server:
        base = ["--base-url", server.url, "--application-id", "12"]
        assert cli.main([*base, "--application-key", "fefecafedeadbeef", "get-reserved-customers", "SPARE-1"]) == 0
        assert json.loads(capsys.readouterr().out)["data"] == []
        assert cli.main([*base, "--application-key", "abcdef", "get-reserved-customers", "SPARE-1"]) == 1
        err = capsys.readouterr().err
    assert err.startswith("error: 400 HMAC signature mismatch.")
    assert "abcdef" not in err


def test_usage_errors_exit_2(run: Run) -> None:
    assert run(configured=False).code == 2  # no command
    assert run("no-such-command").code == 2
    assert run("get-reserved-coupons").code == 2  # no path parameter
    assert run("track-event", "--session-id", "s1").code == 2  # --type missing
    assert run("--format", "yaml", "get-reserved-coupons", "ada").code == 2
    assert run("get-reserved-coupons", "ada", "--max-retries", "-1").code == 2  # ConfigurationError


def test_connection_refused_is_an_api_error(run: Run) -> None:
    result = run("get-reserved-coupons", "ada", "--base-url", "http://127.0.0.1:9", "--api-key", "k",
                 "--max-retries", "0", "--timeout", "2", configured=False)  # fmt: skip
    assert result.code == 1
    assert result.err.startswith("error: Connection error")
    assert "http://127.0.0.1:9" in result.err


def test_global_options_after_the_subcommand_win(run: Run, url: str) -> None:
    after = run("get-reserved-customers", "SPARE-1", "--format", "table", "--base-url", url, "--api-key", API_KEY,
                "--timeout", "3", "--max-retries", "1", configured=False)  # fmt: skip
    assert after.code == 0, after.err
    assert after.out.startswith("none")
    both = run("--format", "table", "--base-url", "http://127.0.0.1:9", "get-reserved-customers", "SPARE-1",
               "--format", "json", "--base-url", url, "--api-key", API_KEY, configured=False)  # fmt: skip
    assert both.code == 0, both.err
    assert both.json()["data"] == []
    before_only = run("--format", "table", "--base-url", url, "--api-key", API_KEY, "get-reserved-customers", "SPARE-1",
                      configured=False)  # fmt: skip
    assert before_only.out.startswith("none")


# ---- answers only a fake server gives ---------------------------------------------------------------


def _fake(status: int, body: bytes, headers: dict[str, str] | None = None) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, content=body, headers=headers))


def _run_with(capsys: pytest.CaptureFixture[str], transport: httpx.MockTransport, *argv: str) -> Result:
    code = cli.run(["--base-url", "https://acme.example", "--api-key", "k", *argv], transport=transport)
    out, err = capsys.readouterr()
    return Result(code, out, err)


def test_server_error_after_retries_is_an_api_error(capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503, json={"message": "down for maintenance"}, headers={"x-request-id": "req-9"})

    result = _run_with(capsys, httpx.MockTransport(handler), "get-reserved-coupons", "ada", "--max-retries", "0")
    assert result.code == 1
    assert result.err == "error: 503 down for maintenance [request id req-9]\n"
    assert len(calls) == 1
    assert calls[0].headers["Authorization"] == "ApiKey-v1 k"


def test_html_error_body_and_malformed_success(capsys: pytest.CaptureFixture[str]) -> None:
    html = _run_with(capsys, _fake(502, b"<html>bad gateway</html>"), "get-reserved-coupons", "a", "--max-retries", "0")
    assert html.code == 1
    assert html.err.startswith("error: 502 Bad Gateway")
    broken = _run_with(capsys, _fake(200, b"not json"), "get-reserved-coupons", "ada")
    assert broken.code == 1
    assert "not JSON" in broken.err


def _state_with_effects(effects: list[Any]) -> bytes:
    when = "2026-11-25T10:00:00Z"
    state = {
        "session": {"integrationId": "s1", "created": when, "applicationId": 1, "profileId": "", "coupon": "",
                    "referral": "", "state": "open", "cartItems": [], "total": 0, "attributes": {},
                    "firstSession": True, "discounts": {}, "updated": when},
        "profile": {"id": 0, "integrationId": "", "created": when, "attributes": {}, "accountId": 1,
                    "closedSessions": 0, "totalSales": 0, "loyaltyMemberships": [], "lastActivity": when},
        "event": {"id": 1, "created": when, "applicationId": 1, "sessionId": "s1", "type": "talon_session_updated",
                  "attributes": {}, "effects": effects, "ledgerEntries": []},
    }  # fmt: skip
    return json.dumps(state).encode()


def test_unknown_and_malformed_effects_are_shown(capsys: pytest.CaptureFixture[str]) -> None:
    effects = [[7, 8, 1, ["showNotification", "Hi", {"x": 1}]], "garbage", [7, 8, 2, ["setDiscount", "Half", 5]]]
    transport = _fake(200, _state_with_effects(effects))
    as_json = _run_with(capsys, transport, "update-customer-session", "s1")
    assert as_json.code == 0, as_json.err
    listed = json.loads(as_json.out)["effects"]
    assert listed[0] == {"effectType": "showNotification", "campaignId": 7, "rulesetId": 8, "ruleIndex": 1,
                         "args": ["Hi", {"x": 1}]}  # fmt: skip
    assert listed[1]["effectType"] == "" and listed[1]["raw"] == "garbage"
    assert listed[2]["name"] == "Half" and listed[2]["value"] == 5
    table = _run_with(capsys, transport, "update-customer-session", "s1", "--format", "table")
    assert 'showNotification  "Hi", {"x": 1}' in table.out
    assert '(malformed)       "garbage"' in table.out


def _keys(value: Any) -> set[str]:
    """Every key of every object in ``value``, at any depth."""
    if isinstance(value, dict):
        return set(value).union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_keys(v) for v in value))
    return set()


def test_json_effects_use_the_wire_convention(capsys: pytest.CaptureFixture[str]) -> None:
    effects = [[7, 8, 1, ["referralCreated", "REF-1", "friend-1"]], [7, 8, 2, ["setDiscount", "Half", 5]], "bad"]
    result = _run_with(capsys, _fake(200, _state_with_effects(effects)), "update-customer-session", "s1")
    assert result.code == 0, result.err
    listed = json.loads(result.out)["effects"]
    assert listed[0] == {"effectType": "referralCreated", "campaignId": 7, "rulesetId": 8, "ruleIndex": 1,
                         "args": ["REF-1", "friend-1"], "value": "REF-1",
                         "friendProfileIntegrationId": "friend-1"}  # fmt: skip
    assert listed[1]["name"] == "Half"
    assert listed[2] == {"effectType": "", "campaignId": -1, "rulesetId": -1, "ruleIndex": -1, "args": [],
                         "raw": "bad"}  # fmt: skip
    # One convention in the whole document: the service's camelCase (attribute names are the user's own).
    assert [key for key in _keys(json.loads(result.out)) if "_" in key] == []


ESC_CR = "\x1b[31mred\rover"  # an ANSI colour and a carriage return, as a hostile or broken server may send them


def test_server_text_is_escaped_in_error_messages(capsys: pytest.CaptureFixture[str]) -> None:
    body = {"message": f"Coupon {ESC_CR} not found", "errors": [{"title": "Not found", "details": f"no {ESC_CR}"}]}
    result = _run_with(capsys, _fake(404, json.dumps(body).encode()), "get-reserved-customers", "X")
    assert result.code == 1
    assert result.err == r"error: 404 Coupon \x1b[31mred\rover not found (no \x1b[31mred\rover)" + "\n"
    assert "\x1b" not in result.err and "\r" not in result.err


def test_server_text_is_escaped_in_tables_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    box = Sandbox()
    box.add_coupon_campaign("Evil", coupons=[f"EVIL{ESC_CR}\x9b2J\u202e"])
    coupon = box.coupon(f"EVIL{ESC_CR}\x9b2J\u202e")
    transport = _fake(201, json.dumps(coupon).encode())
    table = _run_with(capsys, transport, "create-coupon-reservation", "X", "--integration-id", "u", "--format", "table")
    assert table.code == 0, table.err
    assert table.out.startswith("coupon ")
    assert r" EVIL\x1b[31mred\rover\x9b2J\u202e" + "\n" in table.out
    as_json = _run_with(capsys, transport, "create-coupon-reservation", "X", "--integration-id", "u")
    assert as_json.code == 0, as_json.err
    assert json.loads(as_json.out)["value"] == f"EVIL{ESC_CR}\x9b2J\u202e"  # the same text, as JSON escapes
    for out in (table.out, as_json.out):
        assert not [c for c in out if c != "\n" and (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c == "\u202e")]


def test_server_text_is_escaped_in_session_facts_and_effects(capsys: pytest.CaptureFixture[str]) -> None:
    state = json.loads(_state_with_effects([[7, 8, 1, ["rejectCoupon", f"C{ESC_CR}"]]]))
    state["session"]["coupon"] = f"C\n{ESC_CR}"  # a line break of the service's own: escaped too
    state["session"]["cartItems"] = [{"sku": "s\x1b", "name": "n\r", "quantity": 1, "price": 1}]
    result = _run_with(capsys, _fake(200, json.dumps(state).encode()), "update-customer-session", "s1",
                       "--format", "table")  # fmt: skip
    assert result.code == 0, result.err
    assert r"coupon     C\n\x1b[31mred\rover" in result.out
    assert r"cart       1 x n\r (s\x1b) at 1.00" in result.out
    assert r'rejectCoupon  "C\u001b[31mred\rover"' in result.out  # effect arguments are shown as JSON
    assert "\x1b" not in result.out and "\r" not in result.out


@pytest.mark.parametrize("output", ["json", "table"])
def test_a_closed_stdout_ends_quietly_like_other_unix_tools(url: str, sandbox: Sandbox, output: str) -> None:
    """`talon-integration ... | head`: exit 141 (what a shell reports for cat or yes ended by SIGPIPE), no traceback."""
    profiles = [f"customer-{i:04d}" for i in range(2000)]  # some 600 KB of JSON, 120 KB of table: past any pipe buffer
    with sandbox.client() as client:
        for start in (0, 1000):
            client.create_coupon_reservation("SPARE-1", integration_ids=profiles[start : start + 1000])
    env = {k: v for k, v in _env_for_subprocess().items() if k != "PYTHONUNBUFFERED"}  # buffered, as users run it
    command = [sys.executable, "-m", "talon_integration.cli", "--base-url", url, "--api-key", API_KEY,
               "get-reserved-customers", "SPARE-1", "--format", output]  # fmt: skip
    # The real thing is a served sandbox here; head reads 10 bytes and goes away.
    pipeline = 'set -o pipefail; "$@" | head -c 10 >/dev/null; echo "status ${PIPESTATUS[0]}"'
    done = subprocess.run(["bash", "-c", pipeline, "bash", *command], capture_output=True, text=True, env=env,
                          timeout=60)  # fmt: skip
    assert done.stdout == "status 141\n"
    assert done.stderr == ""  # no traceback, no "Exception ignored" at exit


def test_a_closed_stdout_after_a_small_answer_is_quiet_too() -> None:
    # `| true`: the reader is gone long before the interpreter has started; the one line written fails at the
    # flush of the (buffered) stdout, which must be as quiet as a failed write.
    code = (
        "import httpx\n"
        "from talon_integration import cli\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(204))\n"
        "raise SystemExit(cli.run(['--base-url', 'https://acme.example', '--api-key', 'k', "
        "'delete-customer-data', 'u'], transport=t))\n"
    )
    env = {k: v for k, v in _env_for_subprocess().items() if k != "PYTHONUNBUFFERED"}
    pipeline = '"$@" | true; echo "status ${PIPESTATUS[0]}"'
    done = subprocess.run(["bash", "-c", pipeline, "bash", sys.executable, "-c", code], capture_output=True,
                          text=True, env=env, timeout=60)  # fmt: skip
    assert done.stdout == "status 141\n"
    assert done.stderr == ""


# ---- help --------------------------------------------------------------------------------------------


def test_top_level_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in (*OPERATIONS, "sandbox", "demo", "--format", "--base-url", "--api-key", "--application-id",
                 "--application-key", "--timeout", "--max-retries", "exit codes"):  # fmt: skip
        assert word in out


@pytest.mark.parametrize(
    ("command", "flags"),
    [
        ("update-customer-profile", ["INTEGRATION_ID", "--attribute", "--attributes"]),
        ("update-customer-session", ["SESSION_ID", "--profile-id", "--coupon", "--referral", "--state", "--item",
                                     "--identifier", "--total", "--attribute", "--attributes"]),
        ("close-customer-session", ["SESSION_ID", "--profile-id", "--coupon", "--item", "--total"]),
        ("cancel-customer-session", ["SESSION_ID", "--profile-id", "--item"]),
        ("track-event", ["--session-id", "--type", "--profile-id", "--attribute"]),
        ("create-referral", ["--campaign-id", "--advocate", "--advocate-profile-integration-id", "--friend",
                             "--friend-profile-integration-id", "--start-date", "--expiry-date"]),
        ("delete-customer-data", ["INTEGRATION_ID"]),
        ("create-coupon-reservation", ["COUPON", "--integration-id"]),
        ("delete-coupon-reservation", ["COUPON", "--integration-id"]),
        ("get-reserved-customers", ["COUPON_VALUE"]),
        ("get-reserved-coupons", ["INTEGRATION_ID"]),
        ("sandbox", ["--host", "--port", "--api-key"]),
        ("demo", []),
    ],
)  # fmt: skip
def test_subcommand_help(capsys: pytest.CaptureFixture[str], command: str, flags: list[str]) -> None:
    assert cli.main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: talon-integration {command}")
    for flag in flags:
        assert flag in out
    if command in OPERATIONS:
        assert "--format" in out and "--base-url" in out and "--api-key" in out


def _path_parameter_descriptions() -> dict[tuple[str, str], str]:
    """``{(operationId, parameter): description}`` from openapi.yaml, wherever the spec puts the description."""
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi.yaml").read_text())

    def resolve(node: Any) -> Any:
        while "$ref" in node:
            target: Any = spec
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    found = {}
    for item in spec["paths"].values():
        for operation in item.values():
            for parameter in map(resolve, operation.get("parameters", [])):
                text = parameter.get("description") or resolve(parameter.get("schema", {})).get("description")
                if parameter["in"] == "path" and text:
                    found[(operation["operationId"], parameter["name"])] = text
    return found


def test_path_parameters_help_uses_the_spec_descriptions(capsys: pytest.CaptureFixture[str]) -> None:
    descriptions = _path_parameter_descriptions()
    path_parameters = [(op, p) for op in TABLE for p in op.parameters if p.location == "path"]
    assert path_parameters
    # Today's spec describes every path parameter (a floor: later ones may come without).
    assert {(op.operation_id, p.wire) for op, p in path_parameters} <= set(descriptions)
    for op, param in path_parameters:
        assert cli.main([op.name.replace("_", "-"), "--help"]) == 0
        out = " ".join(capsys.readouterr().out.split())
        assert f"{param.name.upper()} {descriptions[(op.operation_id, param.wire)]}" in out, op.name


def test_every_operation_has_a_subcommand() -> None:
    parser = cli.build_parser()
    [subcommands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    # The nine of this file, and every operation of the spec (the table), plus the conveniences.
    assert {*OPERATIONS, "sandbox", "demo"} <= set(subcommands.choices)
    table = {op.name.replace("_", "-") for op in TABLE}
    assert set(subcommands.choices) == {*table, "close-customer-session", "cancel-customer-session", "sandbox", "demo"}
    methods = {name for name in dir(IntegrationClient) if not name.startswith("_")}
    methods -= {"close", "with_options", "with_raw_response"}
    methods -= {op.iterator for op in TABLE if op.iterator}  # iter_...: the one-page subcommand takes --skip
    assert {op.replace("-", "_") for op in set(subcommands.choices) - {"sandbox", "demo"}} == methods


# ---- demo and sandbox --------------------------------------------------------------------------------


def test_demo_is_a_v2_checkout_with_its_loyalty_points(capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = cli.main(["demo"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert err == ""
    assert [w.message for w in caught if issubclass(w.category, DeprecationWarning)] == []
    steps = [line.strip() for line in out.splitlines() if line[:2] in {f"{n}." for n in range(1, 10)}]
    assert steps == [
        "1. Update the customer profile",
        "2. Open a session with a cart and coupon XMAS-2026",
        "3. Pay: close the session",
        "4. Return the Wool socks",
    ]
    calls = [line.strip() for line in out.splitlines() if line.strip().startswith(("PUT ", "POST ", "GET "))]
    assert calls == [
        "PUT /v2/customer_profiles/ada",
        "PUT /v2/customer_sessions/ada-checkout-1",
        "PUT /v2/customer_sessions/ada-checkout-1 with state closed",
        "GET /v1/loyalty_programs/1/profile/ada/balances",
        "POST /v2/customer_sessions/ada-checkout-1/returns",
        "GET /v1/loyalty_programs/1/profile/ada/balances",
    ]
    # 129.70 less 10% (12.97) is 116.73 paid: 116 points; the socks are 9.90 / 129.70 of it: 9 points back.
    for text in (
        "coupon XMAS-2026 accepted: 10% off takes 12.97 off 129.70, 116.73 to pay",
        "116 points earned (116.73 paid); balance 116 active points",
        "9 points rolled back for the Wool socks; balance 116 -> 107 active points",
        "session  ada-checkout-1 (partially_returned)",
    ):
        assert text in out, text
    for effect in ("acceptCoupon", "setDiscount", "addLoyaltyPoints", "rollbackAddedLoyaltyPoints", "rollbackDiscount"):
        assert f"  {effect}  " in out, effect
    assert "sandbox-key" not in out
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    excerpt = readme.split("`make demo` serves the sandbox", 1)[1].split("```\n", 2)[1]  # the sample output
    shown = [line for line in excerpt.splitlines() if not line.endswith("...")]  # a long line is cut there
    assert shown and all(line in out.splitlines() for line in shown), shown


def _env_for_subprocess() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in TALON_ENV}
    overlays = str(Path(cli.__file__).resolve().parents[2])  # overlays/talon_integration/cli/__init__.py
    env["PYTHONPATH"] = os.pathsep.join(p for p in (overlays, env.get("PYTHONPATH")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_sandbox_subprocess_serves_and_stops_cleanly(stop_signal: signal.Signals) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "talon_integration.cli", "sandbox", "--port", "0", "--api-key", "cli-test-key"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env_for_subprocess(),
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Talon.One sandbox listening on http://127.0.0.1:"), first
        base_url = first.split()[4]
        banner = first
        while (line := proc.stdout.readline()).strip() != "Try:":
            banner += line
        assert f"export TALON_BASE_URL={base_url} TALON_API_KEY=cli-test-key" in banner
        with IntegrationClient(base_url, api_key="cli-test-key", max_retries=0) as client:
            state = client.update_customer_session("s1", profile_id="ada", cart_items=[
                {"sku": "a", "name": "A", "quantity": 1, "price": 10}], total=10)  # fmt: skip
            assert state.session.integration_id == "s1"
            assert client.get_reserved_coupons("ada").total_result_size == 0
        proc.send_signal(stop_signal)
        out, err = proc.communicate(timeout=5)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "sandbox stopped" in out
    assert "Traceback" not in err


def test_sandbox_port_in_use_fails(url: str) -> None:
    port = httpx.URL(url).port
    assert port is not None
    proc = subprocess.run(
        [sys.executable, "-m", "talon_integration.cli", "sandbox", "--port", str(port)],
        capture_output=True,
        text=True,
        env=_env_for_subprocess(),
        timeout=20,
    )
    assert proc.returncode == 1
    assert f"error: cannot listen on 127.0.0.1:{port}" in proc.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--application-id", "5"],
        ["--application-key", "fefe"],
        ["--application-id", "x", "--application-key", "fefe"],
        ["--application-id", "5", "--application-key", "not-hex"],
        ["--port", "http"],
    ],
)
def test_sandbox_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert cli.main(["sandbox", *argv]) == 2
    assert "error" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("talon-integration ")


def test_importing_the_package_does_not_load_the_cli() -> None:
    code = (
        "import sys, talon_integration\n"
        "loaded = [m for m in ('talon_integration.cli', 'talon_integration._demo', 'talon_integration.testing')"
        " if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=_env_for_subprocess(), timeout=30)
