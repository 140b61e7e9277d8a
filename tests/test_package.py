"""The package's namespace: every public name resolves, and importing it loads only what a call needs."""

from __future__ import annotations

import json
import subprocess
import sys

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
