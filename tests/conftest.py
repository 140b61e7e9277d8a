"""Shared fixtures. Keep this file small: helpers live in their own modules (``_prism.py``, ``spec_facts.py``).

Fixtures:
    spec     -- openapi.yaml, parsed (session; treat as read-only, ``copy.deepcopy`` before changing it)
    prism    -- a Prism static mock of openapi.yaml with ``--errors`` on a free port (session)
    set_env  -- ``set_env({"TALON_API_KEY": "k"})``: exactly these of the client's env vars for the test
    anyio_backend -- asyncio, for the ``@pytest.mark.anyio`` tests
    mode     -- each test twice, with a sync and an async client (``_client_helpers.Mode``)
    (autouse) every test starts without the env vars the client reads (``CLIENT_ENV``), so that a developer's
    own ``TALON_*`` never reach a test; the clients read ``os.environ`` only.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

import pytest
from _client_helpers import MODES, Api, Mode
from _prism import PrismServer, run_prism
from spec_facts import load_spec


def pytest_configure(config: pytest.Config) -> None:
    # Registered here, not in pyproject.toml, because only the tests use it (`-m "not wheel"` to deselect).
    config.addinivalue_line("markers", "wheel: builds the wheel and installs it into a fresh venv (slow)")


# --- the environment ---------------------------------------------------------------------------------

CLIENT_ENV = ("TALON_BASE_URL", "TALON_API_KEY", "TALON_APPLICATION_ID", "TALON_APPLICATION_KEY", "TALON_LOG")


@pytest.fixture(autouse=True)
def _no_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in CLIENT_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def set_env(monkeypatch: pytest.MonkeyPatch) -> Callable[[Mapping[str, str]], None]:
    def apply(env: Mapping[str, str]) -> None:
        for name in CLIENT_ENV:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)

    return apply


# --- the spec ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


# --- Prism ------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    with run_prism() as server:
        yield server


# --- sync and async ----------------------------------------------------------------------------------


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=MODES, ids=str)
def mode(request: pytest.FixtureRequest) -> Mode:
    """The test runs twice: with ``IntegrationClient`` and with ``AsyncIntegrationClient``."""
    value: Mode = request.param
    return value


@pytest.fixture(params=["sync", "async"])
async def api(sandbox: Any, request: pytest.FixtureRequest) -> AsyncIterator[Api]:
    """The module's ``sandbox`` fixture through a sync and an async client (no retries), awaitable either way."""
    if request.param == "sync":
        with sandbox.client(max_retries=0) as client:
            yield Api(client)
    else:
        async with sandbox.async_client(max_retries=0) as async_client:
            yield Api(async_client)
