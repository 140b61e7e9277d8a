"""The sandbox's reads of a profile's loyalty: balances (with tiers), unused points and transactions.

What ``_loyalty`` wrote is read back from the recorded events (their ``addLoyaltyPoints`` and
``rollbackAddedLoyaltyPoints`` effects), so there is no second store to keep in step, and a dry run, which
forgets its events, leaves nothing to read. Rules of the sandbox, as the service documents them:

- Every point is ``active`` from the moment it is added and never expires (the seeded program has no pending
  period and no expiry): ``pendingPoints``, ``expiredPoints`` and ``spentPoints`` are 0, a ``status`` of
  ``pending`` or ``expired`` lists no points. ``startDate`` is ``immediate``, ``expiryDate`` ``unlimited``.
- One ledger, the program's main one: ``subledgerId`` is ``""``; asking for another subledger finds nothing.
- Tiers, by active points: ``Bronze`` from 0, ``Silver`` from 100, ``Gold`` from 500 (``TIERS``). With
  ``includeTiers`` the balance has ``currentTier``, ``nextTierName`` and ``pointsToNextTier``; with
  ``includeProjectedTier`` a ``projectedTier`` (no pending points and no expiry: the active points and tier).
- Transactions: each addition (``type`` ``addition``) and each rollback (``subtraction``) of a session,
  ``loyaltyTransactionType`` ``session``, newest first; ``manual`` and ``import`` find none. Filtered by
  creation date (``startDate`` / ``endDate``, both inclusive). Points: one entry per session whose
  points are not all rolled back, the amount left.
- Paging as the spec says: ``pageSize`` (1 to 1000, default 50) items after ``skip``, ``hasMore`` when more
  are left. An unknown program or profile is a 404 naming its path parameter.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
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
from ._state import LoyaltyProgramRecord, SandboxState

__all__ = [
    "LOYALTY_READ_RULES",
    "TIERS",
    "Movement",
    "in_dates",
    "main_ledger",
    "movements",
    "page",
    "tiered",
    "unused",
]

TIERS: tuple[tuple[int, str, float], ...] = ((1, "Bronze", 0.0), (2, "Silver", 100.0), (3, "Gold", 500.0))
"""The sandbox's tier table: id, name, the active points from which a customer is in it."""
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
_MAIN_LEDGER = ""

_T = TypeVar("_T")


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


def movements(state: SandboxState, program_id: int, holder: str, *, card: bool = False) -> Iterator[Movement]:
    """The additions and rollbacks of ``program_id`` for a profile (or, with ``card``, a card identifier), oldest
    first, from the recorded events (a card's effects carry its identifier after their other arguments)."""
    for event in state.events:
        for index, effect in enumerate(event.effects):
            name, args = effect[3][0], effect[3][1:]
            if name not in ("addLoyaltyPoints", "rollbackAddedLoyaltyPoints") or args[0] != program_id:
                continue
            added = name == "addLoyaltyPoints"
            card_of = str(args[5]) if len(args) > 5 else ""
            if (card_of if card else args[2]) != holder or (card and not card_of):
                continue
            label = args[4] if added else "Rollback of points for a purchase"
            yield Movement(
                event.id * 100 + index, event.created, program_id, str(args[2]), event.session_id, args[3],
                float(args[1]) if added else -float(args[1]), str(label),
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


def tiered(active: float, *, tiers: bool, projected: bool) -> LoyaltyBalanceWithTier:
    """A balance of ``active`` points (nothing pending, expired or spent), with the tier parts asked for."""
    current = max((t for t in TIERS if active >= t[2]), key=lambda t: t[2])
    following = [t for t in TIERS if t[2] > active]
    balance = LoyaltyBalanceWithTier(
        active_points=active, pending_points=0.0, spent_points=0.0, expired_points=0.0, negative_points=0.0
    )
    if tiers:
        balance.current_tier = Tier(id=current[0], name=current[1])
        balance.next_tier_name = following[0][1] if following else None
        balance.points_to_next_tier = following[0][2] - active if following else 0.0
    if projected:
        balance.projected_tier = ProjectedTier(projected_active_points=active, projected_tier_name=current[1])
    return balance


def _program(state: SandboxState, call: Call) -> LoyaltyProgramRecord:
    text = call.params[0] if call.params else ""
    program = state.loyalty_programs.get(int(text)) if text.isdigit() else None
    if program is None:
        raise not_found("Loyalty program", "loyaltyProgramId", text)
    return program


def _profile_of(state: SandboxState, call: Call) -> tuple[LoyaltyProgramRecord, str]:
    program = _program(state, call)
    if call.param not in state.profiles:
        raise not_found("Customer profile", "integrationId", call.param)
    return program, call.param


def main_ledger(call: Call) -> bool:
    return bool(call.query.get("subledger_id", _MAIN_LEDGER) == _MAIN_LEDGER)


def get_loyalty_balances(state: SandboxState, call: Call) -> Answer:
    """The profile's balance in the program (``endDate``: the points added until then), tiers when asked."""
    program, profile_id = _profile_of(state, call)
    end = call.query.get("end_date")
    moves = [m for m in movements(state, program.id, profile_id) if end is None or m.created <= end]
    active = float(sum(m.amount for m in moves)) if main_ledger(call) else 0.0
    balance = tiered(active, tiers=call.flag("include_tiers"), projected=call.flag("include_projected_tier"))
    subledgers: dict[str, LoyaltyBalanceWithTier] = {}
    return 200, LoyaltyBalancesWithTiers(balance=balance, subledger_balances=subledgers)


def unused(moves: Iterator[Movement]) -> list[tuple[Movement, float]]:
    """Each addition, newest first, with what is left of it after its rollbacks (those with nothing left out)."""
    left: dict[str, float] = {}
    added: list[Movement] = []
    for move in moves:
        left[move.transaction] = left.get(move.transaction, 0.0) + move.amount
        if move.amount > 0:
            added.append(move)
    return [(m, left[m.transaction]) for m in reversed(added) if left[m.transaction] > 0]


def get_loyalty_program_profile_points(state: SandboxState, call: Call) -> Answer:
    """The profile's unused points, one entry per session, paged; ``status`` active (every point here)."""
    program, profile_id = _profile_of(state, call)
    status = call.query.get("status", "active")
    found = unused(movements(state, program.id, profile_id)) if status == "active" and main_ledger(call) else []
    entries = [
        LedgerPointsEntryIntegrationAPI(
            id=move.id,
            created=move.created,
            program_id=program.id,
            name=move.name,
            start_date="immediate",
            expiry_date="unlimited",
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
    """The ``LedgerTransactionLogEntry`` fields of ``moves`` the call's filters keep, newest first."""
    kind = call.query.get("loyalty_transaction_type", "session")
    if kind != "session" or not main_ledger(call):
        return []
    return [
        {
            "id": m.id,
            "created": m.created,
            "program_id": m.program_id,
            "name": m.name,
            "type": "addition" if m.amount > 0 else "subtraction",
            "start_date": "immediate",
            "expiry_date": "unlimited",
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
