"""The sandbox's reads of a profile's loyalty: balances (with tiers), unused points and transactions.

What ``_loyalty`` wrote is read back from the recorded events (their ``addLoyaltyPoints`` and
``rollbackAddedLoyaltyPoints`` effects), so there is no second store to keep in step, and a dry run, which
forgets its events, leaves nothing to read. Rules of the sandbox, as the service documents them:

- Point states as ``_loyalty`` documents them: ``pending`` before an addition's start date, ``active`` from then,
  ``expired`` from its expiry date on, on the sandbox's clock (the seeded programs: active at once, never
  expiring). Balances report each state (``activePoints``, ``pendingPoints``, ``expiredPoints``; ``spentPoints``
  is 0, as nothing spends points); ``startDate`` is ``immediate`` or the start date, ``expiryDate`` ``unlimited``
  or the expiry date.
- One ledger, the program's main one: ``subledgerId`` is ``""``; asking for another subledger finds nothing.
- Tiers, by active points: ``Bronze`` from 0, ``Silver`` from 100, ``Gold`` from 500 (``TIERS``). With
  ``includeTiers`` the balance has ``currentTier``, ``nextTierName`` and ``pointsToNextTier``; with
  ``includeProjectedTier`` a ``projectedTier`` (tiers never expire here: the active points and tier).
- Transactions: each addition (``type`` ``addition``) and each rollback (``subtraction``) of a session,
  ``loyaltyTransactionType`` ``session``, newest first; ``manual`` and ``import`` find none. Filtered by
  creation date (``startDate`` / ``endDate``, both inclusive). Points: one entry per session whose
  points are not all rolled back, the amount left, filtered by ``status`` (``active`` when not given; ``pending``,
  ``expired``; any other value lists none). Balances with ``endDate``: the points added until then, in the state
  they are in at that date.
- Paging as the spec says: ``pageSize`` (1 to 1000, default 50) items after ``skip``, ``hasMore`` when more
  are left. An unknown program or profile is a 404 naming its path parameter.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from talon_integration_generated.models import (
    LedgerPointsEntryIntegrationAPI,
    LedgerTransactionLogEntryIntegrationAPI,
    LoyaltyBalancesWithTiers,
    LoyaltyBalanceWithTier,
    LoyaltyProgramProfilePoints,
    LoyaltyProgramProfileTransactions,
    ProjectedTier,
    Tier,
)

from ._replies import not_found, refuse
from ._rules import Answer, Call, Rule
from ._state import LoyaltyProgramRecord, SandboxState, stamp

__all__ = [
    "LOYALTY_READ_RULES",
    "TIERS",
    "Movement",
    "added_effect",
    "by_status",
    "dates",
    "in_dates",
    "main_ledger",
    "movements",
    "page",
    "program_of",
    "tiered",
    "unused",
    "with_status",
]

TIERS: tuple[tuple[int, str, float], ...] = ((1, "Bronze", 0.0), (2, "Silver", 100.0), (3, "Gold", 500.0))
"""The sandbox's tier table: id, name, the active points from which a customer is in it."""
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
_MAIN_LEDGER = ""

_T = TypeVar("_T")
_P = TypeVar("_P")  # a program record: profile-based or card-based


@attrs.frozen
class Movement:
    """One change of a profile's points, as a recorded effect says it."""

    id: int
    created: _dt.datetime
    program_id: int
    profile_id: str
    session_id: str
    transaction: str
    amount: float  # positive: added; negative: rolled back
    name: str
    start: _dt.datetime | None = None  # an addition's start date (None: active at once)
    expiry: _dt.datetime | None = None  # and its expiry date (None: never expires)

    def status(self, at: _dt.datetime) -> str:
        """The addition's state at ``at``: ``pending``, ``active`` or ``expired``."""
        if self.start is not None and at < self.start:
            return "pending"
        return "expired" if self.expiry is not None and at >= self.expiry else "active"

    def start_date(self) -> str:
        """``startDate`` as the points and transactions entries write it."""
        return "immediate" if self.start is None else stamp(self.start).isoformat()

    def expiry_date(self) -> str:
        """``expiryDate`` as the points and transactions entries write it."""
        return "unlimited" if self.expiry is None else stamp(self.expiry).isoformat()


def dates(
    now: _dt.datetime, pending_days: int, expiry_days: int | None
) -> tuple[_dt.datetime | None, _dt.datetime | None]:
    """The start and expiry dates of points added ``now`` in a program with these settings (None: none)."""
    start = _later(now, pending_days) if pending_days else None
    expiry = _later(start or now, expiry_days) if expiry_days is not None else None
    return start, expiry


def _later(moment: _dt.datetime, days: int) -> _dt.datetime:
    """``days`` after ``moment``, or the last moment a date-time can hold (a ``now`` late in 9999 is no 500)."""
    try:
        return (moment + _dt.timedelta(days=days)).astimezone(_dt.UTC)
    except OverflowError:
        return _dt.datetime.max.replace(tzinfo=_dt.UTC)


def added_effect(
    program_id: int, points: float, recipient: str, transaction: str, name: str, card: str | None,
    start: _dt.datetime | None, expiry: _dt.datetime | None,
) -> list[Any]:  # fmt: skip
    """An ``addLoyaltyPoints`` effect tuple: program, points, recipient, transaction, name, then the card's identifier
    (or None) and the start and expiry dates (ISO 8601 or None), each only when it or a later one is set."""
    args: list[Any] = [program_id, points, recipient, transaction, name]
    if start is not None or expiry is not None:
        args += [card, stamp(start).isoformat() if start else None, stamp(expiry).isoformat() if expiry else None]
    elif card is not None:
        args.append(card)
    return [-1, 0, 0, ["addLoyaltyPoints", *args]]


def _date(args: Sequence[Any], index: int) -> _dt.datetime | None:
    return _dt.datetime.fromisoformat(args[index]) if len(args) > index and args[index] else None


def movements(state: SandboxState, program_id: int, holder: str, *, card: bool = False) -> Iterator[Movement]:
    """The additions and rollbacks of ``program_id`` for a profile (or, with ``card``, a card identifier), oldest
    first, from the recorded events (a card's effects carry its identifier after their other arguments)."""
    for event in state.events:
        if not card and event.profile_id != holder:  # a deleted profile's events are unlinked: its points went with it
            continue
        for index, effect in enumerate(event.effects):
            name, args = effect[3][0], effect[3][1:]
            if name not in ("addLoyaltyPoints", "rollbackAddedLoyaltyPoints") or args[0] != program_id:
                continue
            added = name == "addLoyaltyPoints"
            card_of = str(args[5]) if len(args) > 5 and args[5] is not None else ""
            if (card_of if card else args[2]) != holder or (card and not card_of):
                continue
            label = args[4] if added else "Rollback of points for a purchase"
            yield Movement(
                event.id * 100 + index, event.created, program_id, str(args[2]), event.session_id, args[3],
                float(args[1]) if added else -float(args[1]), str(label),
                _date(args, 6) if added else None, _date(args, 7) if added else None,
            )  # fmt: skip


def page(call: Call, items: Sequence[_T]) -> tuple[list[_T], bool]:
    """``pageSize`` items after ``skip`` and whether more are left (the spec's paging); a 400 for a bad size."""
    size = call.query.get("page_size", DEFAULT_PAGE_SIZE)
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise refuse("Invalid query parameter", f"pageSize must be from 1 to {MAX_PAGE_SIZE}", parameter="pageSize")
    skip = call.query.get("skip", 0)
    if skip < 0:
        raise refuse("Invalid query parameter", "skip must be 0 or more", parameter="skip")
    return list(items[skip : skip + size]), len(items) > skip + size


def tiered(points: dict[str, float], *, tiers: bool, projected: bool) -> LoyaltyBalanceWithTier:
    """A balance of ``points`` by state (``by_status``; nothing spent), with the tier parts asked for."""
    active = points.get("active", 0.0)
    current = max((t for t in TIERS if active >= t[2]), key=lambda t: t[2])
    following = [t for t in TIERS if t[2] > active]
    balance = LoyaltyBalanceWithTier(
        active_points=active, pending_points=points.get("pending", 0.0), spent_points=0.0,
        expired_points=points.get("expired", 0.0), negative_points=0.0,
    )  # fmt: skip
    if tiers:
        balance.current_tier = Tier(id=current[0], name=current[1])
        balance.next_tier_name = following[0][1] if following else None
        balance.points_to_next_tier = following[0][2] - active if following else 0.0
    if projected:
        balance.projected_tier = ProjectedTier(projected_active_points=active, projected_tier_name=current[1])
    return balance


def program_of(programs: Mapping[int, _P], call: Call) -> _P:
    """The program the call's first path parameter (``loyaltyProgramId``) names, in ``programs``; else a 404."""
    text = call.params[0] if call.params else ""
    program = programs.get(int(text)) if text.isdigit() else None
    if program is None:
        raise not_found("Loyalty program", "loyaltyProgramId", text)
    return program


def _profile_of(state: SandboxState, call: Call) -> tuple[LoyaltyProgramRecord, str]:
    program = program_of(state.loyalty_programs, call)
    if call.param not in state.profiles:
        raise not_found("Customer profile", "integrationId", call.param)
    return program, call.param


def main_ledger(call: Call) -> bool:
    return bool(call.query.get("subledger_id", _MAIN_LEDGER) == _MAIN_LEDGER)


def get_loyalty_balances(state: SandboxState, call: Call) -> Answer:
    """The profile's balance in the program per state (``endDate``: the points added until then, in their state
    then), tiers when asked."""
    program, profile_id = _profile_of(state, call)
    end = call.query.get("end_date")
    moves = [m for m in movements(state, program.id, profile_id) if end is None or m.created <= end]
    points = by_status(moves, end or state.clock()) if main_ledger(call) else {}
    balance = tiered(points, tiers=call.flag("include_tiers"), projected=call.flag("include_projected_tier"))
    subledgers: dict[str, LoyaltyBalanceWithTier] = {}
    return 200, LoyaltyBalancesWithTiers(balance=balance, subledger_balances=subledgers)


def unused(moves: Iterable[Movement]) -> list[tuple[Movement, float]]:
    """Each addition, newest first, with what is left of it after its rollbacks (those with nothing left out)."""
    left: dict[str, float] = {}
    added: list[Movement] = []
    for move in moves:
        left[move.transaction] = left.get(move.transaction, 0.0) + move.amount
        if move.amount > 0:
            added.append(move)
    return [(m, left[m.transaction]) for m in reversed(added) if left[m.transaction] > 0]


def by_status(moves: Iterable[Movement], at: _dt.datetime) -> dict[str, float]:
    """The points left of the additions by their state at ``at``: ``active``, ``pending``, ``expired``."""
    points = {"active": 0.0, "pending": 0.0, "expired": 0.0}
    for move, left in unused(moves):
        points[move.status(at)] += left
    return points


def with_status(call: Call, moves: Iterable[Movement], at: _dt.datetime) -> list[tuple[Movement, float]]:
    """The unused points (``unused``) in the call's ``status`` (``active`` when not given) at ``at``."""
    status = call.query.get("status", "active")
    return [(m, left) for m, left in unused(moves) if m.status(at) == status] if main_ledger(call) else []


def get_loyalty_program_profile_points(state: SandboxState, call: Call) -> Answer:
    """The profile's unused points, one entry per session, in the asked ``status`` (default ``active``), paged."""
    program, profile_id = _profile_of(state, call)
    found = with_status(call, movements(state, program.id, profile_id), state.clock())
    entries = [
        LedgerPointsEntryIntegrationAPI(
            id=move.id,
            created=move.created,
            program_id=program.id,
            name=move.name,
            start_date=move.start_date(),
            expiry_date=move.expiry_date(),
            subledger_id=_MAIN_LEDGER,
            amount=amount,
            customer_session_id=move.session_id,
        )
        for move, amount in found
    ]
    data, more = page(call, entries)
    return 200, LoyaltyProgramProfilePoints(has_more=more, data=data)


def in_dates(call: Call, created: _dt.datetime) -> bool:
    """Whether ``created`` is within the call's ``startDate`` / ``endDate`` (both inclusive, each optional)."""
    start, end = call.query.get("start_date"), call.query.get("end_date")
    return (start is None or created >= start) and (end is None or created <= end)


def transaction_entries(moves: Sequence[Movement], call: Call) -> list[dict[str, Any]]:
    """The ``LedgerTransactionLogEntry`` fields of ``moves`` the call's filters keep, newest first (a rollback has
    the start and expiry dates of the addition it takes back from)."""
    kind = call.query.get("loyalty_transaction_type", "session")
    if kind != "session" or not main_ledger(call):
        return []
    added = {m.transaction: m for m in moves if m.amount > 0}
    return [
        {
            "id": m.id,
            "created": m.created,
            "program_id": m.program_id,
            "name": m.name,
            "type": "addition" if m.amount > 0 else "subtraction",
            "start_date": added.get(m.transaction, m).start_date(),
            "expiry_date": added.get(m.transaction, m).expiry_date(),
            "subledger_id": _MAIN_LEDGER,
            "amount": abs(m.amount),
            "customer_session_id": m.session_id,
        }
        for m in reversed(moves)
        if in_dates(call, m.created)
    ]


def get_loyalty_program_profile_transactions(state: SandboxState, call: Call) -> Answer:
    """The profile's additions and rollbacks in the program, newest first, filtered and paged."""
    program, profile_id = _profile_of(state, call)
    moves = list(movements(state, program.id, profile_id))
    entries = [LedgerTransactionLogEntryIntegrationAPI(**e) for e in transaction_entries(moves, call)]
    data, more = page(call, entries)
    return 200, LoyaltyProgramProfileTransactions(has_more=more, data=data)


LOYALTY_READ_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (get_loyalty_balances, get_loyalty_program_profile_points, get_loyalty_program_profile_transactions)
}
"""The profile loyalty reads the sandbox models, by operation name."""
