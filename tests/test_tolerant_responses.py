"""A 2xx answer is never thrown away: tolerant parsing by default, loud about it, strict on request.

- The 2019 floor: for every operation's result, the smallest body the 2019 facts allow (their required fields only)
  and a full one come back typed; the only problems listed are fields today's spec added as required.
- Every single mutation of a valid answer (drop a field, null it, give it another JSON type, add a junk item to a
  list or map), for every operation: no raise by default, each mutation listed at its pointer and nowhere else,
  every other field typed and equal to what was sent, ``to_dict()`` giving back what was sent; a strict client
  raises with exactly those pointers and the same result as ``partial``.
- Date-times are RFC 3339 only and numbers finite: other values are problems, never quietly wrong values.
- One WARNING per call names the operation and the pointers, never the values.

Bodies, mutations and the typed walk come from ``_answers`` (driven by the generated field tables).
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import logging
import random
import re
from collections import Counter
from typing import Any

import httpx
import pytest
from _answers import check_typed, full_body, mutations, places
from _client_helpers import OP_CASES, OPS, Mode, respond, state_json
from _sdk_calls import call_args
from spec_facts import SCHEMAS
from spec_facts_2026 import SDK_OPERATIONS

import talon_integration
from talon_integration import IntegrationClient, IntegrationState, LoyaltyMembership, ResponseProblem, response_problems
from talon_integration.errors import APIResponseValidationError, ConfigurationError
from talon_integration.models import ResponseShapeError, result_class
from talon_integration_generated import types as generated_types
from talon_integration_generated.api import OPERATIONS
from talon_integration_generated.types import Field, Model, parse_datetime


@dataclasses.dataclass(frozen=True)
class AnswerCase:
    """One client method with valid arguments, and the result class its success answer parses to."""

    op: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    status: int
    result_type: type[Any] | None
    sampled: bool  # an operation beyond the nine of 2019: its mutations are a seeded sample


def _answer_cases() -> list[AnswerCase]:
    """Every client method whose success answer has a body: the nine of 2019 (and close/cancel) as the client
    tests call them, every other operation of the table with the arguments of ``_sdk_calls`` (from the spec)."""
    cases = [
        AnswerCase(c.op, c.args, c.kwargs, c.status, c.result_type, False)
        for c in OP_CASES
        if c.result_type is not None and c.response is not None
    ]
    known = {c.op for c in cases}
    facts = {fact.sdk_name: fact.operation_id for fact in SDK_OPERATIONS}
    for op in OPERATIONS:
        if op.name in known or op.result is None or op.name not in facts:
            continue
        args, kwargs = call_args(facts[op.name])
        cases.append(AnswerCase(op.name, args, kwargs, op.success_status, result_class(op.result), True))
    return cases


RESULT_CASES = _answer_cases()
STATE = OPS["update_customer_session"]


def _handler(status: int, body: Any) -> Any:
    content = json.dumps(body).encode()
    return lambda request: respond(status, content=content)


async def _call(mode: Mode, case: AnswerCase, body: Any, **options: Any) -> Any:
    client = mode.client(_handler(case.status, body), max_retries=0, **options)
    try:
        return await mode.call(client, case.op, *case.args, **case.kwargs)
    finally:
        await mode.close(client)


def _pointers(result: Any) -> set[str]:
    return {problem.pointer for problem in response_problems(result)}


def _missing_required(cls: type[Model], body: Any, pointer: str = "") -> set[str]:
    """The pointers of the fields today's spec requires that ``body`` (a valid body otherwise) leaves out."""
    out = set()
    for field in cls.FIELDS:
        here = f"{pointer}/{field.wire}"
        if field.wire not in body:
            if field.required or field.present:
                out.add(here)
            continue
        out |= _below(field, body[field.wire], here)
    return out


def _below(field: Field, value: Any, here: str) -> set[str]:
    if field.kind == "model" and field.model is not None:
        return _missing_required(field.model, value, here)
    if field.kind in ("list", "map") and field.item_kind == "model" and field.model is not None:
        pairs = enumerate(value) if isinstance(value, list) else value.items()
        return {p for key, item in pairs for p in _missing_required(field.model, item, f"{here}/{key}")}
    return set()


def _required_in_2019(cls: type[Model], field: Field) -> bool:
    """The 2019 facts' required flag; a schema the facts do not have keeps today's flags."""
    facts = SCHEMAS.get(cls.__name__)
    if facts is None:
        return field.required or field.present
    return any(fact.name == field.wire and fact.required for fact in facts)


# --------------------------------------------------------------------------------------------------
# The 2019 floor
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("case", RESULT_CASES, ids=lambda c: c.op)
async def test_the_smallest_2019_answer_comes_back_typed(mode: Mode, case: AnswerCase) -> None:
    cls = case.result_type
    assert cls is not None
    body = full_body(cls, required_only=_required_in_2019)
    result = await _call(mode, case, body)
    problems = _pointers(result)
    # Listed: exactly the fields today's spec requires and the 2019 answer leaves out; none the facts required.
    assert problems == _missing_required(cls, body)
    check_typed(cls, result, body, frozenset(problems))
    strict = await _call(mode, case, body, strict_response_validation=False)
    assert _pointers(strict) == problems


@pytest.mark.anyio
@pytest.mark.parametrize("case", RESULT_CASES, ids=lambda c: c.op)
async def test_a_full_answer_has_no_problems(mode: Mode, case: AnswerCase) -> None:
    cls = case.result_type
    assert cls is not None
    body = full_body(cls)
    result = await _call(mode, case, body, strict_response_validation=True)
    assert response_problems(result) == ()
    check_typed(cls, result, body, frozenset())


@pytest.mark.anyio
async def test_a_2019_loyalty_ledger_keeps_the_effects(mode: Mode) -> None:
    """The regression this was built for: a ledger as the 2019 documentation shows it (no program ``id``)."""
    body = state_json()
    body["loyalty"] = {"programs": {"7": {"title": "Stars", "name": "stars", "ledger": {"currentBalance": 10.5}}}}
    expected = IntegrationState.from_dict(state_json()).effects
    state = await _call(mode, STATE, body)
    assert "/loyalty/programs/7/id" in _pointers(state)
    assert all(p.startswith("/loyalty/programs/7/") for p in _pointers(state))
    assert state.effects == expected and len(expected) > 0
    program = state.loyalty.programs["7"]
    assert (program.id, program.title, program.ledger.current_balance) == (None, "Stars", 10.5)
    with pytest.raises(APIResponseValidationError) as info:
        await _call(mode, STATE, body, strict_response_validation=True)
    assert info.value.partial.effects == expected
    assert {p.pointer for p in info.value.problems} == _pointers(state)


@pytest.mark.anyio
async def test_malformed_effects_are_all_kept(mode: Mode) -> None:
    """Effects of the wrong shape are effects all the same (plain, raw kept): none is dropped."""
    body = state_json()
    sent = body["event"]["effects"]
    body["event"]["effects"] = [*sent, None, "junk", {"an": "object"}]
    state = await _call(mode, STATE, body)
    assert len(state.effects) == len(sent) + 3
    assert [e.raw for e in state.effects[len(sent) :]] == [None, "junk", {"an": "object"}]
    body["event"].pop("effects")
    assert (await _call(mode, STATE, body)).effects == ()
    body.pop("event")
    state = await _call(mode, STATE, body)
    assert (state.event, state.effects, state.coupon_rejection_reason) == (None, (), None)


# --------------------------------------------------------------------------------------------------
# Every single mutation of every operation's answer
# --------------------------------------------------------------------------------------------------


def run_mutations(case: AnswerCase, is_async: bool, sample: int | None = None) -> Counter[str]:
    """Every mutation of ``case``'s full answer (or a seeded sample of them) through the default and the strict
    client; returns the counts (by mutation, and how many were listed as problems)."""
    import anyio

    cls = case.result_type
    assert cls is not None
    body = full_body(cls)
    all_mutations = list(mutations(body, list(places(cls, body))))
    if sample is not None:
        all_mutations = random.Random(f"{case.op}-{sample}").sample(all_mutations, min(sample, len(all_mutations)))
    mode = Mode(is_async)
    counts: Counter[str] = Counter()

    async def run() -> None:
        for mutation in all_mutations:
            where = f"{case.op} {mutation.name} {mutation.place.pointer}"
            result = await _call(mode, case, mutation.body)
            problems = _pointers(result)
            assert problems == mutation.expected, where
            assert type(result) is case.result_type, where
            check_typed(cls, result, mutation.body, frozenset(problems))
            assert result.to_dict() == mutation.round_trip, where
            counts[mutation.name] += 1
            counts["mutations"] += 1
            if not problems:
                assert await _call(mode, case, mutation.body, strict_response_validation=True) is not None
                continue
            counts["listed"] += 1
            with pytest.raises(APIResponseValidationError) as info:
                await _call(mode, case, mutation.body, strict_response_validation=True)
            assert {p.pointer for p in info.value.problems} == problems, where
            assert info.value.partial.to_dict() == mutation.round_trip, where
            counts["strict raised"] += 1

    anyio.run(run)
    return counts


@pytest.mark.parametrize("case", RESULT_CASES, ids=lambda c: c.op)
def test_every_mutation_of_an_answer_is_kept_and_listed(case: AnswerCase) -> None:
    """Every single mutation for the nine of 2019; a seeded sample of 120 for each other operation."""
    counts = run_mutations(case, is_async=False, sample=120 if case.sampled else None)
    assert counts["mutations"] > 0 and counts["listed"] > 0
    assert counts["listed"] == counts["strict raised"]


@pytest.mark.parametrize("case", RESULT_CASES, ids=lambda c: c.op)
def test_mutations_through_the_async_client(case: AnswerCase) -> None:
    counts = run_mutations(case, is_async=True, sample=40)
    assert counts["mutations"] > 0


@pytest.mark.anyio
async def test_several_problems_at_once(mode: Mode) -> None:
    body = state_json()
    body["session"]["cartItems"].append("junk")
    body["session"]["cartItems"][0]["price"] = "free"
    body["profile"]["totalSales"] = None
    body["event"]["created"] = "2026-01-01"
    state = await _call(mode, STATE, body)
    assert _pointers(state) == {
        f"/session/cartItems/{len(body['session']['cartItems']) - 1}",
        "/session/cartItems/0/price",
        "/profile/totalSales",
        "/event/created",
    }
    assert len(state.session.cart_items) == len(body["session"]["cartItems"]) - 1
    assert state.session.cart_items[0].price is None
    assert state.session.cart_items[0].additional_properties == {"price": "free"}
    assert state.session.cart_items[0].sku == body["session"]["cartItems"][0]["sku"]
    assert all(isinstance(p, ResponseProblem) and p.message for p in response_problems(state))


# --------------------------------------------------------------------------------------------------
# Values that would be quietly wrong: date-times and numbers
# --------------------------------------------------------------------------------------------------

NOT_RFC3339 = [
    "2026-01-01",  # a date alone (fromisoformat: a naive midnight)
    "2026-01-01T10:00:00",  # no zone (naive)
    "2026-W01-1T00:00:00Z",  # a week date (fromisoformat: 2025-12-29)
    "20260101T100000Z",  # basic format
    "2026-01-01T10Z",  # hours alone
    "2026-01-01T10:00Z",  # no seconds
    "2026-01-01T10:00:00,5Z",  # a comma fraction
    "2026-01-01T10:00:00+0100",  # an offset without colon
    "2026-01-01T10:00:00+01:00:30",  # an offset with seconds
    "2026-13-01T10:00:00Z",  # no such month
    "2026-02-30T10:00:00Z",  # no such day
    "yesterday",
    "",
]

RFC3339_FORMS = {
    "2026-01-01T10:00:00Z": datetime.datetime(2026, 1, 1, 10, tzinfo=datetime.UTC),
    "2026-01-01t10:00:00z": datetime.datetime(2026, 1, 1, 10, tzinfo=datetime.UTC),
    "2026-01-01 10:00:00+01:00": datetime.datetime(2026, 1, 1, 9, tzinfo=datetime.UTC),
    "2026-01-01T10:00:00.5-00:00": datetime.datetime(2026, 1, 1, 10, 0, 0, 500000, tzinfo=datetime.UTC),
    "2026-12-31T23:59:60Z": datetime.datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=datetime.UTC),  # clamped
}


@pytest.mark.anyio
@pytest.mark.parametrize("value", NOT_RFC3339)
async def test_a_date_time_that_is_not_rfc3339_is_a_problem(mode: Mode, value: str) -> None:
    body = state_json()
    body["session"]["created"] = value
    state = await _call(mode, STATE, body)
    assert _pointers(state) == {"/session/created"}
    assert state.session.created is None
    assert state.session.additional_properties == {"created": value}
    with pytest.raises(ResponseShapeError):
        IntegrationState.from_dict(body)


@pytest.mark.anyio
@pytest.mark.parametrize("value", list(RFC3339_FORMS))
async def test_every_rfc3339_form_parses(mode: Mode, value: str) -> None:
    body = state_json()
    body["session"]["created"] = value
    state = await _call(mode, STATE, body, strict_response_validation=True)
    assert state.session.created == RFC3339_FORMS[value]
    assert state.session.created.tzinfo is not None


# The models read the service's own form (UTC, ``...:SSZ`` or ``...:SS.fffZ``) inline, from a few characters and
# ``fromisoformat``; every other form goes to ``parse_datetime``. Both must agree with RFC 3339 itself (``_rfc3339``
# below, independent of either) on every string: built here from valid date-times by every single edit (a character
# replaced, dropped or added, from an alphabet of the characters that matter) and a seeded sample of double edits.
_BASES = [
    "2026-01-01T10:00:00Z",
    "2026-01-01T10:00:00.123Z",
    "2026-12-31T23:59:59.999999Z",
    "2026-01-01T10:00:00.1234567Z",
    "2026-01-01T10:00:00+01:00",
    "2026-01-01T10:00:00.5-00:00",
]
_ALPHABET = "0123456789-:T tZz.,+W\nx\u0663\uff11"  # the last two: an Arabic-Indic and a fullwidth digit
_GRAMMAR = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?"  # full-date, partial-time
    r"(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))",  # time-offset
    re.ASCII,
)


def _rfc3339(value: str) -> datetime.datetime:
    """RFC 3339's date-time (section 5.6), read field by field; a leap second is clamped as documented."""
    match = _GRAMMAR.fullmatch(value)
    if match is None:
        raise ResponseShapeError("not RFC 3339")
    year, month, day, hour, minute, second, fraction, z, sign, zone_h, zone_m = match.groups()
    offset = datetime.timedelta(hours=int(zone_h), minutes=int(zone_m)) if z is None else datetime.timedelta(0)
    leap = second == "60"
    try:
        return datetime.datetime(
            int(year), int(month), int(day), int(hour), int(minute), 59 if leap else int(second),
            999999 if leap else int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=datetime.timezone(-offset if sign == "-" else offset),
        )  # fmt: skip
    except ValueError:
        raise ResponseShapeError("no such date or time") from None


def _edits(text: str) -> set[str]:
    out = {text[:i] + text[i + 1 :] for i in range(len(text))}
    for i in range(len(text) + 1):
        for c in _ALPHABET:
            out.add(text[:i] + c + text[i:])
            if i < len(text):
                out.add(text[:i] + c + text[i + 1 :])
    return out


def _judge(read: Any, value: str) -> tuple[Any, ...]:
    try:
        when = read(value)
    except ResponseShapeError:
        return ("refused",)
    return ("read", when, when.utcoffset())


def test_date_times_are_read_as_rfc3339_says_inline_or_not() -> None:
    def inline(value: str) -> Any:
        return LoyaltyMembership.from_dict({"loyaltyProgramId": 1, "joined": value}).joined

    cases = set(NOT_RFC3339) | set(RFC3339_FORMS)
    for base in _BASES:
        singles = _edits(base)
        cases |= singles
        cases |= {edit for one in random.Random(base).sample(sorted(singles), 40) for edit in _edits(one)}
    read = 0
    for value in sorted(cases):
        expected = _judge(_rfc3339, value)
        assert _judge(inline, value) == expected, value
        assert _judge(parse_datetime, value) == expected, value
        read += expected[0] == "read"
    assert len(cases) > 50_000 and read > 1_000  # both outcomes are well covered


@pytest.mark.parametrize("value", ["2026-01-01T10:00:00Z", "2026-01-01T10:00:00.123Z", "2026-01-01T10:00:00.123456Z"])
def test_the_service_form_is_read_inline(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """The service's own form never takes the slower exact reader (the 1000-profile bench depends on it)."""
    calls: list[Any] = []
    monkeypatch.setattr(generated_types, "parse_datetime", lambda v: calls.append(v) or parse_datetime(v))
    member = LoyaltyMembership.from_dict({"loyaltyProgramId": 1, "joined": value})
    assert member.joined == parse_datetime(value)
    assert calls == []
    LoyaltyMembership.from_dict({"loyaltyProgramId": 1, "joined": "2026-01-01T10:00:00+01:00"})
    assert calls == ["2026-01-01T10:00:00+01:00"]  # an offset: the exact reader


@pytest.mark.anyio
@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
async def test_a_number_that_is_not_finite_is_a_problem(mode: Mode, literal: str) -> None:
    content = json.dumps(state_json()).replace('"total": 49.9', f'"total": {literal}', 1)
    assert literal in content
    client = mode.client(lambda request: respond(200, content=content.encode()), max_retries=0)
    state = await mode.call(client, STATE.op, *STATE.args)
    assert _pointers(state) == {"/session/total"}
    assert state.session.total is None
    await mode.close(client)


@pytest.mark.anyio
async def test_integers_sent_as_integral_floats_parse(mode: Mode) -> None:
    body = state_json()
    body["event"]["id"] = 90002.0
    body["session"]["cartItems"][0]["quantity"] = 2.0
    state = await _call(mode, STATE, body, strict_response_validation=True)
    assert type(state.event.id) is int and state.event.id == 90002
    assert type(state.session.cart_items[0].quantity) is int
    body["event"]["id"] = 1.5
    state = await _call(mode, STATE, body)
    assert _pointers(state) == {"/event/id"}


# --------------------------------------------------------------------------------------------------
# Loud: the log, the raw response, the options
# --------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_one_warning_per_call_names_the_pointers_not_the_values(
    mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    body = state_json()
    body["profile"]["attributes"] = "canary-personal-data-1"
    body["session"]["total"] = "canary-personal-data-2"
    with caplog.at_level(logging.WARNING, logger="talon_integration"):
        await _call(mode, STATE, body)
    records = [r for r in caplog.records if r.name == "talon_integration" and r.levelno == logging.WARNING]
    assert len(records) == 1
    text = records[0].getMessage()
    assert "updateCustomerSession" in text and "/profile/attributes" in text and "/session/total" in text
    assert "canary" not in text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="talon_integration"):
        await _call(mode, STATE, state_json())
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.anyio
async def test_a_raw_response_parses_tolerantly_or_strictly(mode: Mode) -> None:
    body = state_json()
    body["event"].pop("id")
    client = mode.client(_handler(200, body), max_retries=0)
    raw = await mode.call(client.with_raw_response, STATE.op, *STATE.args)
    assert _pointers(raw.parse()) == {"/event/id"}
    strict = client.with_options(strict_response_validation=True)
    raw = await mode.call(strict.with_raw_response, STATE.op, *STATE.args)
    with pytest.raises(APIResponseValidationError) as info:
        raw.parse()
    assert [p.pointer for p in info.value.problems] == ["/event/id"]
    await mode.close(client)


def test_the_option_is_checked_and_kept() -> None:
    with pytest.raises(ConfigurationError, match="strict_response_validation"):
        IntegrationClient(base_url="https://x.example", api_key="k", strict_response_validation="yes")  # type: ignore[arg-type]
    client = IntegrationClient(base_url="https://x.example", api_key="k", strict_response_validation=True)
    assert client.strict_response_validation is True
    assert client.with_options(max_retries=0).strict_response_validation is True
    assert client.with_options(strict_response_validation=False).strict_response_validation is False
    with pytest.raises(ConfigurationError):
        client.with_options(strict_response_validation=1)  # type: ignore[arg-type]
    client.close()


def test_response_problems_of_anything_else_is_empty() -> None:
    assert response_problems(None) == ()
    assert response_problems(IntegrationState.from_dict(state_json())) == ()
    assert talon_integration.ResponseProblem("/a", "b") == ResponseProblem("/a", "b")
    assert str(ResponseProblem("/a", "required field is missing")) == "/a: required field is missing"


@pytest.mark.anyio
async def test_a_hostile_key_cannot_forge_a_log_line(mode: Mode, caplog: pytest.LogCaptureFixture) -> None:
    body = state_json()
    body["session"]["discounts"] = {"x\n\x1b[31mFAKE": "1"}
    with caplog.at_level(logging.WARNING, logger="talon_integration"):
        state = await _call(mode, STATE, body)
    assert _pointers(state) == {"/session/discounts/x\n\x1b[31mFAKE"}
    text = caplog.records[-1].getMessage()
    assert "\n" not in text and "\x1b" not in text


def test_the_async_client_shares_the_option() -> None:
    async def main() -> None:
        client = talon_integration.AsyncIntegrationClient(
            base_url="https://x.example", api_key="k", transport=httpx.MockTransport(lambda r: respond(200, {}))
        )
        assert client.with_options(strict_response_validation=True).strict_response_validation is True
        await client.aclose()

    import anyio

    anyio.run(main)


def test_the_cli_prints_the_result_and_warns_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    from talon_integration import cli

    body = state_json()
    body["event"].pop("id")
    body["session"]["total"] = "49.9"
    content = json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: respond(200, content=content))
    argv = ["--base-url", "https://acme.example", "--api-key", "k", "update-customer-session", "sess-1"]
    assert cli.run(argv, transport=transport) == 0
    out, err = capsys.readouterr()
    printed = json.loads(out)
    assert printed["session"]["total"] == "49.9" and "id" not in printed["event"]
    assert printed["effects"] or printed["event"]["effects"]
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: the answer does not match the spec at 2 places")
    assert "/event/id: required field is missing" in lines[0] and "/session/total" in lines[0]
    assert "49.9" not in err
