"""Opt-in pytest fixtures for testing code that talks to Talon.One, against a fresh ``Sandbox``.

Enable in your root ``conftest.py``: ``pytest_plugins = ["talon_integration.testing.pytest_plugin"]``
(or ``pytest -p talon_integration.testing.pytest_plugin``).

- ``talon_sandbox``: a new ``Sandbox()`` per test; add campaigns or faults to it.
- ``talon_client``: an ``IntegrationClient`` wired to it (closed after the test).
- ``talon_async_client``: an ``AsyncIntegrationClient`` wired to it; works with any async test plugin.
"""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import pytest

from .._client import AsyncIntegrationClient, IntegrationClient
from ._sandbox import Sandbox

__all__ = ["talon_async_client", "talon_client", "talon_sandbox"]


@pytest.fixture
def talon_sandbox() -> Sandbox:
    """A fresh in-memory Talon.One (api key ``sandbox-key``)."""
    return Sandbox()


@pytest.fixture
def talon_client(talon_sandbox: Sandbox) -> Iterator[IntegrationClient]:
    """A sync client wired to ``talon_sandbox``."""
    with talon_sandbox.client() as client:
        yield client


@pytest.fixture
def talon_async_client(talon_sandbox: Sandbox) -> Iterator[AsyncIntegrationClient]:
    """An async client wired to ``talon_sandbox``. A plain fixture, so any async plugin can use it."""
    client = talon_sandbox.async_client()
    yield client
    anyio.run(client.aclose)  # the in-process transport holds no event-loop resources
