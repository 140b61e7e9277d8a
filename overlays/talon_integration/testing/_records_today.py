"""Records of today's API the store holds beside ``_state``'s: loyalty cards (``_cards``) and catalogs (``_catalog``).

Kept apart from ``_state`` so that the store can hold them without importing a rule module: this module
imports nothing of the sandbox.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

__all__ = ["CardProgramRecord", "CardRecord", "CatalogRecord", "seeded_card_programs", "seeded_catalogs"]


@attrs.define
class CardProgramRecord:
    """A card-based loyalty program: its cards (by identifier) and how many profiles one card may have."""

    id: int
    name: str
    title: str
    users_per_card_limit: int = 2
    points_per_unit: float = 1.0  # as the profile program: per whole currency unit of a closed session
    pending_days: int = 0  # as the profile program: days until points are active, days they stay valid then
    expiry_days: int | None = None
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


@attrs.define
class CatalogRecord:
    """A cart item catalog: its items by SKU (price, attributes) and its version (1 more per sync)."""

    id: int
    name: str
    created: _dt.datetime
    modified: _dt.datetime
    version: int = 1
    items: dict[str, dict[str, Any]] = attrs.Factory(dict)  # by SKU: {"price": float | None, "attributes": {...}}


def seeded_catalogs(now: _dt.datetime) -> dict[int, CatalogRecord]:
    """The seeded catalog: id 1, ``Products``, empty."""
    return {1: CatalogRecord(1, "Products", now, now)}
