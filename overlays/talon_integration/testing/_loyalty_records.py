"""The records of the sandbox's card-based loyalty: programs and their cards (``_cards`` holds the rules).

Kept apart from ``_state`` so that the store can hold them without importing a rule module: this module
imports nothing of the sandbox.
"""

from __future__ import annotations

import datetime as _dt

import attrs

__all__ = ["CardProgramRecord", "CardRecord", "seeded_card_programs"]


@attrs.define
class CardProgramRecord:
    """A card-based loyalty program: its cards (by identifier) and how many profiles one card may have."""

    id: int
    name: str
    title: str
    users_per_card_limit: int = 2
    points_per_unit: float = 1.0  # as the profile program: per whole currency unit of a closed session
    cards: dict[str, CardRecord] = attrs.Factory(dict)


@attrs.define
class CardRecord:
    """A loyalty card: its identifier, status and the profiles linked to it (integration id, when)."""

    id: int
    created: _dt.datetime
    program_id: int
    identifier: str
    status: str = "active"
    profiles: list[tuple[str, _dt.datetime]] = attrs.Factory(list)
    # By session integration id: what its closing added (transaction, points) and how much was rolled back since.
    earned: dict[str, tuple[str, float]] = attrs.Factory(dict)
    returned: dict[str, float] = attrs.Factory(dict)


def seeded_card_programs() -> dict[int, CardProgramRecord]:
    """The seeded card-based program: id 2, ``Card points``, two profiles per card."""
    return {2: CardProgramRecord(2, "card-points", "Card points")}
