"""The sandbox's card-based loyalty: cards generated and linked to profiles, their points earned and read.

One card-based program is seeded (id 2, ``Card points``, ``usersPerCardLimit`` 2; ``SandboxState.card_programs``);
``Sandbox.add_loyalty_program(..., card_based=True)`` adds more. Rules of the sandbox, as the service documents
them:

- ``generateLoyaltyCard``: a card with the given ``cardIdentifier`` or a generated one (``CARD-`` and eight
  letters or digits), ``active`` unless ``status`` says ``inactive``, linked to the ``customerProfileIds``
  (profiles created on first use). An identifier the program already has is a 409; more profiles than the
  card's user limit a 400 pointing at ``/customerProfileIds``.
- ``linkLoyaltyCardToProfile``: links the profile (created on first use); linking a linked profile again
  changes nothing. Beyond the card's user limit it is a 400 pointing at ``/integrationId`` (a state the
  client's retry of a 409 could not change, as ``_rules_v2`` documents for sessions).
- Earning: when a v2 close earns points in the profile program (``_loyalty``), the first card linked to the
  profile (in program id order) earns too, ``points_per_unit`` per currency unit, with its own
  ``addLoyaltyPoints`` effect (``cardIdentifier`` set); returns, reopen and cancel roll back the card's share
  as they do the profile's. Point states (pending, active, expired) as ``_loyalty`` documents them.
- Reads: ``getLoyaltyCardBalances`` (the card's main-ledger balance and its profiles; the requested
  ``subledgerId`` list finds no subledger, so ``subledgerBalances`` is empty), ``getLoyaltyCardPoints`` and
  ``getLoyaltyCardTransactions``, paged and filtered as the profile reads are (``_loyalty_reads``).
  An unknown program or card is a 404 naming its path parameter.
"""

from __future__ import annotations

import uuid
from typing import Any

from talon_integration_generated.models import (
    CardLedgerPointsEntryIntegrationAPI,
    CardLedgerTransactionLogEntryIntegrationAPI,
    GenerateLoyaltyCard,
    LoyaltyBalance,
    LoyaltyCard,
    LoyaltyCardBalances,
    LoyaltyCardPoints,
    LoyaltyCardProfileRegistration,
    LoyaltyCardRegistration,
    LoyaltyCardTransactions,
    LoyaltyProgramBalance,
)

from ._loyalty_reads import (
    added_effect,
    by_status,
    dates,
    movements,
    page,
    program_of,
    transaction_entries,
    with_status,
)
from ._records_today import CardProgramRecord, CardRecord
from ._replies import not_found, pointer, refuse
from ._rules import Answer, Call, Rule
from ._state import LoyaltyProgramRecord, SandboxState, SessionRecord, stamp

__all__ = ["CARD_RULES", "add_program", "card_earn", "card_roll_back", "linked_card"]

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _card(state: SandboxState, call: Call) -> tuple[CardProgramRecord, CardRecord]:
    program = program_of(state.card_programs, call)
    card = program.cards.get(call.param)
    if card is None:
        raise not_found("Loyalty card", "loyaltyCardId", call.param)
    return program, card


def _model(state: SandboxState, program: CardProgramRecord, card: CardRecord) -> LoyaltyCard:
    points = by_status(movements(state, program.id, card.identifier, card=True), state.clock())
    active, pending = points["active"], points["pending"]
    ledger = LoyaltyProgramBalance(
        current_balance=active, pending_balance=pending, expired_balance=0.0, spent_balance=0.0,
        tentative_current_balance=active, tentative_pending_balance=pending,
    )  # fmt: skip
    return LoyaltyCard(
        id=card.id, created=stamp(card.created), program_id=program.id, status=card.status,
        identifier=card.identifier, users_per_card_limit=program.users_per_card_limit, program_name=program.name,
        program_title=program.title, profiles=_registrations(card), ledger=ledger, subledgers={},
    )  # fmt: skip


def _registrations(card: CardRecord) -> list[LoyaltyCardProfileRegistration]:
    return [LoyaltyCardProfileRegistration(integration_id=i, timestamp=stamp(at)) for i, at in card.profiles]


def _link(state: SandboxState, card: CardRecord, integration_id: str) -> None:
    state.get_or_create_profile(integration_id)
    if all(linked != integration_id for linked, _ in card.profiles):
        card.profiles.append((integration_id, state.clock()))


def _new_identifier(state: SandboxState, program: CardProgramRecord) -> str:
    while True:
        identifier = "CARD-" + "".join(state.random.choice(_ALPHABET) for _ in range(8))
        if identifier not in program.cards:
            return identifier


def generate_loyalty_card(state: SandboxState, call: Call) -> Answer:
    """A new card in the program, with the given (or a generated) identifier, linked to the given profiles."""
    body = call.parsed(GenerateLoyaltyCard)
    program = program_of(state.card_programs, call)
    identifier = body.card_identifier or _new_identifier(state, program)
    if identifier in program.cards:
        raise refuse(
            "Loyalty card already exists", f"The program already has a card {identifier!r}",
            pointer=pointer(GenerateLoyaltyCard, "card_identifier"), status=409,
        )  # fmt: skip
    profiles = list(dict.fromkeys(body.customer_profile_ids or []))
    if len(profiles) > program.users_per_card_limit:
        raise refuse(
            "Too many profiles",
            f"A card of this program can have at most {program.users_per_card_limit} profiles, not {len(profiles)}",
            pointer=pointer(GenerateLoyaltyCard, "customer_profile_ids"),
        )
    card = CardRecord(next(state.ids), state.clock(), program.id, identifier, status=body.status or "active")
    for integration_id in profiles:
        _link(state, card, integration_id)
    program.cards[identifier] = card
    return 200, _model(state, program, card)


def link_loyalty_card_to_profile(state: SandboxState, call: Call) -> Answer:
    """Link a profile to the card, up to the card's user limit (linking a linked profile again: no change)."""
    body = call.parsed(LoyaltyCardRegistration)
    program, card = _card(state, call)
    linked = {integration_id for integration_id, _ in card.profiles}
    if body.integration_id not in linked and len(linked) >= program.users_per_card_limit:
        raise refuse(
            "Card user limit reached",
            f"The card already has {len(linked)} profiles, its limit ({program.users_per_card_limit})",
            pointer=pointer(LoyaltyCardRegistration, "integration_id"),
        )
    _link(state, card, body.integration_id)
    return 200, _model(state, program, card)


def get_loyalty_card_balances(state: SandboxState, call: Call) -> Answer:
    """The card's balance per state (``endDate``: points added until then, in their state then), its profiles."""
    program, card = _card(state, call)
    end = call.query.get("end_date")
    moves = [m for m in movements(state, program.id, card.identifier, card=True) if end is None or m.created <= end]
    points = by_status(moves, end or state.clock())  # subledgers: none, so {}
    balance = LoyaltyBalance(
        active_points=points["active"], pending_points=points["pending"], spent_points=0.0,
        expired_points=points["expired"], negative_points=0.0,
    )  # fmt: skip
    return 200, LoyaltyCardBalances(balance=balance, subledger_balances={}, profiles=_registrations(card))


def get_loyalty_card_points(state: SandboxState, call: Call) -> Answer:
    """The card's unused points, one entry per session, in the asked ``status`` (default ``active``), paged."""
    program, card = _card(state, call)
    found = with_status(call, movements(state, program.id, card.identifier, card=True), state.clock())
    entries = [
        CardLedgerPointsEntryIntegrationAPI(
            id=move.id,
            created=move.created,
            program_id=program.id,
            name=move.name,
            start_date=move.start_date(),
            expiry_date=move.expiry_date(),
            subledger_id="",
            amount=amount,
            customer_profile_id=move.profile_id,
            customer_session_id=move.session_id,
        )
        for move, amount in found
    ]
    data, more = page(call, entries)
    return 200, LoyaltyCardPoints(has_more=more, data=data)


def get_loyalty_card_transactions(state: SandboxState, call: Call) -> Answer:
    """The card's additions and rollbacks, newest first, filtered and paged."""
    program, card = _card(state, call)
    moves = list(movements(state, program.id, card.identifier, card=True))  # filtered by date in transaction_entries
    entries = [
        CardLedgerTransactionLogEntryIntegrationAPI(**entry, card_identifier=card.identifier)
        for entry in transaction_entries(moves, call)
    ]
    data, more = page(call, entries)
    return 200, LoyaltyCardTransactions(has_more=more, data=data)


def add_program(
    state: SandboxState, name: str, *, card_based: bool, users_per_card_limit: int, pending_days: int,
    expiry_days: int | None,
) -> int:  # fmt: skip
    """A new loyalty program (its arguments checked by ``Sandbox``), its id after every program's; the id."""
    program_id = max([*state.loyalty_programs, *state.card_programs]) + 1
    slug = name.lower().replace(" ", "-")
    if card_based:
        state.card_programs[program_id] = CardProgramRecord(
            program_id, slug, name, users_per_card_limit, pending_days=pending_days, expiry_days=expiry_days
        )
    else:
        state.loyalty_programs[program_id] = LoyaltyProgramRecord(
            program_id, slug, name, pending_days=pending_days, expiry_days=expiry_days
        )
    return program_id


# ---- earning: called by ``_loyalty`` when a session's points move ----------------------------------------


def linked_card(state: SandboxState, profile_id: str) -> tuple[CardProgramRecord, CardRecord] | None:
    """The first active card linked to the profile, in program id order (None: the profile has none)."""
    for program_id in sorted(state.card_programs):
        program = state.card_programs[program_id]
        for card in program.cards.values():
            if card.status == "active" and any(linked == profile_id for linked, _ in card.profiles):
                return program, card
    return None


def card_earn(state: SandboxState, session: SessionRecord, paid: float) -> list[list[Any]]:
    """The ``addLoyaltyPoints`` of the profile's linked card for a purchase of ``paid`` (none without a card)."""
    found = linked_card(state, session.profile_id)
    if found is None:
        return []
    program, card = found
    points = float(int(paid * program.points_per_unit))
    if points < 1:
        return []
    transaction = str(uuid.UUID(int=state.random.getrandbits(128), version=4))
    card.earned[session.integration_id] = (transaction, points)
    card.returned.pop(session.integration_id, None)
    start, expiry = dates(state.clock(), program.pending_days, program.expiry_days)
    name = f"{program.title} for a purchase"
    return [added_effect(program.id, points, session.profile_id, transaction, name, card.identifier, start, expiry)]


def card_roll_back(state: SandboxState, session: SessionRecord, share: float, position: int | None) -> list[list[Any]]:
    """Take back ``share`` of what the session's closing added to a card (``share`` 1: all that is left)."""
    effects: list[list[Any]] = []
    for program in state.card_programs.values():
        for card in program.cards.values():
            if session.integration_id not in card.earned:
                continue
            transaction, amount = card.earned[session.integration_id]
            left = amount - card.returned.get(session.integration_id, 0.0)
            points = left if share >= 1.0 else min(float(round(amount * share)), left)
            if points > 0:
                card.returned[session.integration_id] = card.returned.get(session.integration_id, 0.0) + points
                args = [program.id, points, session.profile_id, transaction, position, card.identifier]
                effects.append([-1, 0, 0, ["rollbackAddedLoyaltyPoints", *args]])
    return effects


CARD_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        generate_loyalty_card,
        link_loyalty_card_to_profile,
        get_loyalty_card_balances,
        get_loyalty_card_points,
        get_loyalty_card_transactions,
    )
}
"""The card operations the sandbox models, by operation name."""
