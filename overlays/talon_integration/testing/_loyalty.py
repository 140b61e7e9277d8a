"""The sandbox's loyalty rule: points earned when a v2 session closes, rolled back on return, reopen and cancel.

One profile-based program is seeded (id 1, ``Points``; ``SandboxState.loyalty_programs``);
``Sandbox.add_loyalty_program`` adds more. When ``updateCustomerSessionV2`` closes a session of a profile, the
profile earns in every profile-based program (in id order) ``points_per_unit`` (1) point per whole currency unit of
the session's total after its discounts (100.00 with a 10.00 discount: 90 points): one ``addLoyaltyPoints`` effect
per program. A return rolls back each returned item's share (points * item value / session total, rounded to
whole points), reopening and cancelling roll back what is left: ``rollbackAddedLoyaltyPoints``. v1 calls (the
2019 rules of API-FACTS.md) earn nothing. A profile with a linked loyalty card earns on the card's program too
(``_cards``). The effects are v1 tuples in the recorded events, like the campaigns' ones; ``_answers_v2`` turns
them into ``Effect`` objects.

Point states, as the service names them (``activePoints``, ``pendingPoints``, ``expiredPoints``,
``spentPoints``; a ``status`` of ``active``, ``pending`` or ``expired``), on the sandbox's clock (``Sandbox(clock=)``;
a v2 session update's ``now`` for the points it adds):

- A program's ``pending_days`` (the service's pending period; 0: none) and ``expiry_days`` (its validity; None:
  unlimited) give each addition a start date (closing time + ``pending_days``) and an expiry date (start date,
  or closing time, + ``expiry_days``), set in the effect's ``startDate`` / ``expiryDate`` props and the points and
  transactions entries' ``startDate`` / ``expiryDate`` (``immediate`` / ``unlimited`` when there is none). The
  seeded programs have neither: their points are active at once and never expire.
- An addition's points are ``pending`` before its start date, ``active`` from then, ``expired`` from its expiry
  date on. Each addition is in one state at a time.
- A rollback takes back its addition's points in whatever state they are in: while pending, from the pending
  points (they never become active), afterwards from the active (or expired) ones.
- Spending takes active points only; no sandbox rule spends points (no ``deductLoyaltyPoints``), so
  ``spentPoints`` is 0.
- The profile's ``loyalty`` in v2 answers (``LoyaltyProgramBalance``) has the active points as
  ``currentBalance`` and the pending ones as ``pendingBalance``; its ``expiredBalance`` and ``spentBalance`` are 0,
  as the spec says the service now answers them.

The reads (balances per state, points filtered by ``status``, transactions) are in ``_loyalty_reads``.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from talon_integration_generated.models import Loyalty, LoyaltyProgramBalance, LoyaltyProgramLedgers

from ._cards import card_earn, card_roll_back
from ._loyalty_reads import added_effect, by_status, dates, movements
from ._state import SandboxState, SessionRecord

__all__ = ["earn", "loyalty_of", "roll_back"]


def earn(state: SandboxState, session: SessionRecord) -> list[list[Any]]:
    """open → closed through v2: the profile's points for the purchase (none for an anonymous session)."""
    paid = session.total - sum(session.discounts.values())
    if not session.profile_id or paid < 1:
        return []
    effects: list[list[Any]] = []
    for program_id in sorted(state.loyalty_programs):
        program = state.loyalty_programs[program_id]
        points = float(math.floor(paid * program.points_per_unit))
        transaction = str(uuid.UUID(int=state.random.getrandbits(128), version=4))
        program.earned[session.integration_id] = (transaction, points)
        program.returned.pop(session.integration_id, None)
        start, expiry = dates(state.clock(), program.pending_days, program.expiry_days)
        name = f"{program.title} for a purchase"
        effects.append(added_effect(program.id, points, session.profile_id, transaction, name, None, start, expiry))
    return [*effects, *card_earn(state, session, paid)]


def roll_back(
    state: SandboxState, session: SessionRecord, share: float = 1.0, position: int | None = None
) -> list[list[Any]]:
    """Take back ``share`` of the points closing added (with ``share`` 1: all that is left), in each program."""
    effects: list[list[Any]] = []
    for program_id in sorted(state.loyalty_programs):
        program = state.loyalty_programs[program_id]
        if not session.profile_id or session.integration_id not in program.earned:
            continue
        transaction, amount = program.earned[session.integration_id]
        left = amount - program.returned.get(session.integration_id, 0.0)
        points = left if share >= 1.0 else min(float(round(amount * share)), left)
        if points <= 0:
            continue
        program.returned[session.integration_id] = program.returned.get(session.integration_id, 0.0) + points
        args: list[Any] = [program.id, points, session.profile_id, transaction]
        if position is not None:
            args.append(position)
        effects.append([-1, 0, 0, ["rollbackAddedLoyaltyPoints", *args]])
    cards = card_roll_back(state, session, share, position) if session.profile_id else []
    return [*effects, *cards]


def loyalty_of(state: SandboxState, profile_id: str) -> Loyalty:
    """The profile's loyalty as the spec's ``Loyalty``: each program with its active and pending points."""
    programs = {}
    for program in state.loyalty_programs.values():
        points = by_status(movements(state, program.id, profile_id), state.clock()) if profile_id else {}
        active, pending = points.get("active", 0.0), points.get("pending", 0.0)
        ledger = LoyaltyProgramBalance(
            current_balance=active, pending_balance=pending, expired_balance=0.0, spent_balance=0.0,
            tentative_current_balance=active, tentative_pending_balance=pending,
        )  # fmt: skip
        programs[str(program.id)] = LoyaltyProgramLedgers(
            id=program.id, title=program.title, name=program.name, ledger=ledger
        )
    return Loyalty(programs=programs)
