"""The package's namespace: every public name resolves, and importing it loads only what a call needs."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from typing import Any

import talon_integration


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in talon_integration.__all__:
        assert getattr(talon_integration, name) is not None, name
    assert sorted(talon_integration.__all__) == sorted(set(talon_integration.__all__))
    assert dir(talon_integration) == sorted(talon_integration.__all__)


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        talon_integration.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def _modules_after(code: str) -> list[str]:
    probe = f"import sys; {code}; import json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return list(json.loads(out))


def test_import_loads_no_client_cli_or_sandbox() -> None:
    loaded = _modules_after("import talon_integration")
    assert "httpx" not in loaded
    assert not [m for m in loaded if m.startswith("talon_integration.") and m != "talon_integration._version"]


def test_building_a_client_loads_neither_the_cli_nor_the_sandbox() -> None:
    loaded = _modules_after(
        "from talon_integration import IntegrationClient; IntegrationClient('https://x.example', api_key='k')"
    )
    assert "httpx" in loaded
    assert "talon_integration.cli" not in loaded
    assert "talon_integration.testing" not in loaded


def test_models_parse_and_serialise_correctly_on_first_use_in_a_fresh_interpreter() -> None:
    code = (
        "from talon_integration import ReservedCustomers, CartItem; import json; "
        "d = {'totalResultSize': 1, 'data': [{'integrationId': 'u', 'created': '2026-01-01T00:00:00Z', "
        "'attributes': {}, 'accountId': 1, 'closedSessions': 0, 'totalSales': 0, 'loyaltyMemberships': "
        "[{'loyaltyProgramId': 7, 'x': 1}], 'lastActivity': '2026-01-01T00:00:00Z', 'id': 9}]}; "
        "r = ReservedCustomers.from_dict(d); print(json.dumps([r.to_dict(), CartItem(sku='s', name='n', "
        "quantity=1, price=1).to_dict()]))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    first, item = json.loads(out)
    assert first["data"][0]["id"] == 9
    assert first["data"][0]["loyaltyMemberships"] == [{"loyaltyProgramId": 7, "x": 1}]
    assert first["data"][0]["created"] == "2026-01-01T00:00:00+00:00"
    assert item == {"sku": "s", "name": "n", "quantity": 1, "price": 1}


def _public_callables() -> list[tuple[str, Any]]:
    """Every public class and function of the public modules, and every public method of those classes."""
    import talon_integration.cli
    import talon_integration.effects
    import talon_integration.errors
    import talon_integration.models
    import talon_integration.testing

    found: list[tuple[str, Any]] = []
    modules = (talon_integration, talon_integration.effects, talon_integration.errors, talon_integration.models,
               talon_integration.testing, talon_integration.cli)  # fmt: skip
    for module in modules:
        for name in module.__all__:
            value = getattr(module, name)
            if inspect.isclass(value):
                found.append((f"{module.__name__}.{name}", value))
                found += [
                    (f"{module.__name__}.{name}.{attr}", member)
                    for attr, member in inspect.getmembers(value, callable)
                    if not attr.startswith("_") and not inspect.isclass(member)
                ]
            elif callable(value) and not inspect.ismodule(value):
                found.append((f"{module.__name__}.{name}", value))
    return found


def test_no_private_parameters_in_public_signatures() -> None:
    private = []
    for where, target in _public_callables():
        try:
            parameters = inspect.signature(target).parameters
        except (TypeError, ValueError):  # a builtin without a signature
            continue
        private += [f"{where}({name})" for name in parameters if name.startswith("_")]
    assert private == []
    assert len(_public_callables()) > 300  # the clients, the models, the sandbox, the errors: all were looked at
