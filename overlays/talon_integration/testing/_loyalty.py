"""The sandbox's loyalty rule: points earned when a v2 session closes, rolled back on return, reopen and cancel.

One profile-based program is seeded (id 1, ``Points``; ``SandboxState.loyalty_programs``). When
``updateCustomerSessionV2`` closes a session of a profile, the profile earns ``points_per_unit`` (1) point per
whole currency unit of the session's total after its discounts (100.00 with a 10.00 discount: 90 points),
active at once (no pending period, no expiry): an ``addLoyaltyPoints`` effect. A return rolls back each
returned item's share (points * item value / session total, rounded to whole points), reopening and
cancelling roll back what is left: ``rollbackAddedLoyaltyPoints``. v1 calls (the 2019 rules of API-FACTS.md)
earn nothing. A profile with a linked loyalty card earns on the card's program too (``_cards``). The effects
are v1 tuples in the recorded events, like the campaigns' ones; ``_answers_v2`` turns them into ``Effect``
objects.
"""

from __future__ import annotations

import math
import uuid
from typing import Any

from talon_integration_generated.models import Loyalty, LoyaltyProgramBalance, LoyaltyProgramLedgers

from ._cards import card_earn, card_roll_back
from ._state import LoyaltyProgramRecord, SandboxState, SessionRecord

__all__ = ["earn", "loyalty_of", "roll_back"]

_PROGRAM = 1  # the seeded program


def _program(state: SandboxState) -> LoyaltyProgramRecord | None:
    return state.loyalty_programs.get(_PROGRAM)


def earn(state: SandboxState, session: SessionRecord) -> list[list[Any]]:
    """open → closed through v2: the profile's points for the purchase (none for an anonymous session)."""
    program = _program(state)
    paid = session.total - sum(session.discounts.values())
    if program is None or not session.profile_id or paid < 1:
        return []
    points = float(math.floor(paid * program.points_per_unit))
    program.balances[session.profile_id] = program.balances.get(session.profile_id, 0.0) + points
    session.loyalty_points, session.loyalty_returned = points, 0.0
    session.loyalty_transaction = str(uuid.UUID(int=state.random.getrandbits(128), version=4))
    args = [program.id, points, session.profile_id, session.loyalty_transaction, f"{program.title} for a purchase"]
    return [[-1, 0, 0, ["addLoyaltyPoints", *args]], *card_earn(state, session, paid)]


def roll_back(
    state: SandboxState, session: SessionRecord, share: float = 1.0, position: int | None = None
) -> list[list[Any]]:
    """Take back ``share`` of the points closing added (with ``share`` 1: all that is left)."""
    program = _program(state)
    left = session.loyalty_points - session.loyalty_returned
    cards = card_roll_back(state, session, share, position) if session.profile_id else []
    if program is None or left <= 0 or not session.profile_id:
        return cards
    points = left if share >= 1.0 else min(float(round(session.loyalty_points * share)), left)
    if not points:
        return cards
    session.loyalty_returned += points
    program.balances[session.profile_id] = program.balances.get(session.profile_id, 0.0) - points
    args: list[Any] = [program.id, points, session.profile_id, session.loyalty_transaction]
    if position is not None:
        args.append(position)
    return [[-1, 0, 0, ["rollbackAddedLoyaltyPoints", *args]], *cards]


def loyalty_of(state: SandboxState, profile_id: str) -> Loyalty:
    """The profile's loyalty as the spec's ``Loyalty``: each program with its active balance."""
    programs = {}
    for program in state.loyalty_programs.values():
        balance = program.balances.get(profile_id, 0.0) if profile_id else 0.0
        ledger = LoyaltyProgramBalance(
            current_balance=balance, pending_balance=0.0, expired_balance=0.0, spent_balance=0.0,
            tentative_current_balance=balance,
        )  # fmt: skip
        programs[str(program.id)] = LoyaltyProgramLedgers(
            id=program.id, title=program.title, name=program.name, ledger=ledger
        )
    return Loyalty(programs=programs)
