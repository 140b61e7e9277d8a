"""Shared fixtures. Keep this file small: helpers live in their own modules (``_prism.py``, ``spec_facts.py``).

Fixtures:
    spec   -- openapi.yaml, parsed (session; treat as read-only, ``copy.deepcopy`` before changing it)
    prism  -- a Prism static mock of openapi.yaml with ``--errors`` on a free port (session)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _prism import PrismServer, run_prism
from spec_facts import load_spec


def pytest_configure(config: pytest.Config) -> None:
    # Registered here, not in pyproject.toml, because only the tests use it (`-m "not wheel"` to deselect).
    config.addinivalue_line("markers", "wheel: builds the wheel and installs it into a fresh venv (slow)")


# --- the spec ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


# --- Prism ------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    with run_prism() as server:
        yield server
