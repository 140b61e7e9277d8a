"""Opt-in pytest fixtures for testing code that talks to Talon.One, against a fresh ``Sandbox``.

Enable in your root ``conftest.py``: ``pytest_plugins = ["talon_integration.testing.pytest_plugin"]``
(or ``pytest -p talon_integration.testing.pytest_plugin``).

- ``talon_sandbox``: a new ``Sandbox()`` per test; add campaigns or faults to it.
- ``talon_client``: an ``IntegrationClient`` wired to it (closed after the test).
- ``talon_async_client``: an ``AsyncIntegrationClient`` wired to it. A plain (sync) fixture, so it works
  with any async test plugin; but an ``async def`` test needs one to run at all: anyio's (installed with
  httpx: mark the test ``@pytest.mark.anyio``) or pytest-asyncio's (``@pytest.mark.asyncio``, or its auto mode).

Example:
    ```python
    import pytest

    def test_checkout(talon_sandbox, talon_client):
        talon_sandbox.add_coupon_campaign("10% off", coupons=["XMAS-2026"], discount_percent=10)
        assert talon_client.update_customer_session("s1", coupon="XMAS-2026", total=50).session.discounts

    @pytest.mark.anyio
    async def test_async_checkout(talon_sandbox, talon_async_client):
        await talon_async_client.track_event(session_id="s1", type="viewed_product")
        assert talon_sandbox.events()
    ```
"""

from __future__ import annotations

from collections.abc import Iterator

import anyio
import pytest

from .._async_client import AsyncIntegrationClient
from .._client import IntegrationClient
from ._sandbox import Sandbox

__all__ = ["talon_async_client", "talon_client", "talon_sandbox"]


@pytest.fixture
def talon_sandbox() -> Sandbox:
    """A fresh ``Sandbox()`` per test (API key ``sandbox-key``): add campaigns and faults to it, inspect it."""
    return Sandbox()


@pytest.fixture
def talon_client(talon_sandbox: Sandbox) -> Iterator[IntegrationClient]:
    """An ``IntegrationClient`` wired to ``talon_sandbox`` in process (its ``client()``), closed after the test."""
    with talon_sandbox.client() as client:
        yield client


@pytest.fixture
def talon_async_client(talon_sandbox: Sandbox) -> Iterator[AsyncIntegrationClient]:
    """An ``AsyncIntegrationClient`` wired to ``talon_sandbox`` in process, closed after the test.

    A plain fixture, so any async test plugin can use it (anyio's, or pytest-asyncio's): the test itself needs one.
    """
    client = talon_sandbox.async_client()
    yield client
    anyio.run(client.aclose)  # the in-process transport holds no event-loop resources
