"""The public signatures as ``mypy --strict`` sees them: a user's typos in arguments fail type checking.

One snippet, checked in a subprocess: every line marked ``# error`` must be an error, and no other line.
Cart lines as dicts are ``CartItemDict`` (so ``{"sku": 1}`` fails), enums are ``Literal`` (``state="bogus"``
fails), dates are ``datetime | str`` (a number fails), and there are no private parameters to pass. The paged
operations' iterators yield their typed items (``for`` sync, ``async for`` async, never awaited).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

SNIPPET = """\
import datetime

from talon_integration import (
    AsyncIntegrationClient,
    CardLedgerPointsEntryIntegrationAPI,
    CartItem,
    CartItemDict,
    IntegrationClient,
)

client = IntegrationClient(base_url="https://mycompany.talon.one", api_key="k")
line: CartItemDict = {"sku": "shoe-1", "name": "Red shoe", "quantity": 1, "price": 49.9}
when = datetime.datetime(2026, 12, 31, tzinfo=datetime.UTC)

state = client.update_customer_session("s1", cart_items=[line, CartItem(sku="a", name="A", quantity=2, price=5)])
closed = client.update_customer_session("s1", state="closed", total=54.9)
referral = client.create_referral(campaign_id=1, advocate_profile_integration_id="a", expiry_date=when)
dated = client.create_referral(campaign_id=1, advocate_profile_integration_id="a", start_date="2026-01-01T00:00:00Z")
print(state.session.total + closed.session.total, referral.code, dated.start_date)

client.update_customer_session("s1", cart_items=[{"sku": 1, "name": "A", "quantity": 1, "price": 1.0}])  # error
client.update_customer_session("s1", cart_items=[{"sku": "a", "name": "A", "quantity": 1}])  # error
client.update_customer_session("s1", state="bogus")  # error
client.create_referral(campaign_id=1, advocate_profile_integration_id="a", expiry_date=20261231)  # error
client.update_customer_session("s1", timeout="soon")  # error
IntegrationClient(base_url="https://x.example", api_key="k", _environ={})  # error

points: list[CardLedgerPointsEntryIntegrationAPI] = list(client.iter_loyalty_card_points(7, "c", page_size=50))
print(sum(p.amount for p in client.iter_loyalty_program_profile_points(7, "u", max_pages=3, timeout=2)))
client.iter_loyalty_card_points(7, "c", max_pages="2")  # error
label: int = next(client.iter_loyalty_card_points(7, "c")).name  # error


async def main() -> None:
    async with AsyncIntegrationClient() as aclient:
        ok = await aclient.update_customer_session("s1", state="cancelled")
        print(ok.effects)
        await aclient.update_customer_session("s1", state="bogus")  # error
        async for achievement in aclient.iter_customer_achievements("u", page_size=10):
            print(achievement.title.upper())
        await aclient.iter_customer_achievements("u")  # error
"""


def _mypy_errors(tmp_path: Path, source: str) -> tuple[dict[int, list[str]], str]:
    """``mypy --strict`` on ``source``: the errors by line number, and the whole output."""
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    env["MYPYPATH"] = os.pathsep.join(str(REPO_ROOT / part) for part in ("overlays", "generated"))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", "3.11",
         "--cache-dir", str(tmp_path / ".mypy_cache"), "--no-error-summary", "--hide-error-context", str(snippet)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    errors: dict[int, list[str]] = {}
    for found in re.finditer(r"^.*snippet\.py:(\d+): error: (.*)$", done.stdout, re.M):
        errors.setdefault(int(found[1]), []).append(found[2])
    return errors, done.stdout + done.stderr


def test_mypy_strict_refuses_wrong_arguments_and_accepts_right_ones(tmp_path: Path) -> None:
    errors, output = _mypy_errors(tmp_path, SNIPPET)
    expected = {number for number, text in enumerate(SNIPPET.splitlines(), 1) if text.endswith("# error")}
    assert set(errors) == expected, output
    by_line = {number: " ".join(texts) for number, texts in errors.items()}
    lines = SNIPPET.splitlines()
    assert "CartItemDict" in by_line[lines.index(next(t for t in lines if '"sku": 1' in t)) + 1]
    assert "Literal" in by_line[lines.index(next(t for t in lines if '"bogus")  # error' in t)) + 1]


V2_SNIPPET = """\
from talon_integration import IntegrationClient, effects

client = IntegrationClient(base_url="https://mycompany.talon.one", api_key="k")
state = client.update_customer_session_v2("s1", customer_session={"coupon_codes": ["XMAS-2026"]})
total = 0.0
for effect in state.effects:
    match effect:
        case effects.SetDiscountV2(props=props):
            total += props.value
            label: str = props.name
            props.no_such_field  # error
        case effects.RejectCouponV2(props=rejected):
            reason: str = rejected.rejection_reason
            count: int = rejected.value  # error
        case effects.EffectV2(effect_type=name, props=raw):
            print(name, raw)
kind: type[effects.EffectV2] = effects.EFFECT_TYPES["setDiscount"]
"""


def test_mypy_strict_types_the_props_of_a_matched_v2_effect(tmp_path: Path) -> None:
    """A typed v2 effect's ``props`` is its props model for mypy: its fields typed, a wrong one an error."""
    errors, output = _mypy_errors(tmp_path, V2_SNIPPET)
    expected = {number for number, text in enumerate(V2_SNIPPET.splitlines(), 1) if text.endswith("# error")}
    assert set(errors) == expected, output
