"""The sandbox's shape: modules in layers with no import cycle, rules per operation, answers from the models.

DESIGN.md "The sandbox": one pure request handler, adapted three ways. The adapters (transports, WSGI app,
server) know the ``Endpoint`` protocol only, never the state or the rules; the rules write no wire name
(the generated models do); an operation of the spec without a rule answers 501 naming it.
"""

from __future__ import annotations

import ast
import graphlib
import json
from pathlib import Path

from talon_integration.testing import Sandbox
from talon_integration.testing._rulebook import RULES
from talon_integration_generated import models
from talon_integration_generated.api import BY_NAME, BY_OPERATION_ID
from talon_integration_generated.types import Model

TESTING = Path(__file__).resolve().parents[1] / "overlays" / "talon_integration" / "testing"
ADAPTERS = {"_replies", "_endpoint", "_limits", "_transport", "_wsgi", "_server"}
CORE = {"_sandbox", "_dispatch", "_rules", "_rules_v2", "_answers_v2", "_rulebook", "_campaigns", "_state"}
AUTH = {"Authorization": "ApiKey-v1 sandbox-key", "Content-Type": "application/json"}


def _imports(path: Path) -> set[str]:
    """The sibling modules a module of the testing package imports, anywhere in it (functions, TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            names = [node.module] if node.module else [alias.name for alias in node.names]
            found.update(name.split(".")[0] for name in names if name)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("talon_integration.testing."):
            found.add((node.module or "").split(".")[2])
    return found


def test_the_sandbox_modules_import_in_one_direction() -> None:
    graph = {path.stem: _imports(path) for path in TESTING.glob("*.py") if path.stem != "__init__"}
    assert {"_sandbox", "_dispatch", "_rules", "_state", "_transport", "_wsgi", "_server"} <= graph.keys()
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError on a cycle
    for adapter in ADAPTERS:
        assert not graph[adapter] & CORE, f"{adapter} imports {graph[adapter] & CORE}"


def test_every_rule_is_an_operation_of_the_table() -> None:
    assert RULES.keys() <= BY_NAME.keys()
    sandbox = Sandbox()
    assert all(sandbox.supports(BY_NAME[name].operation_id) for name in RULES)
    assert not sandbox.supports("noSuchOperation")


def test_an_operation_without_a_rule_answers_501_naming_it() -> None:
    sandbox = Sandbox()
    sandbox._dispatcher.rules = {name: rule for name, rule in RULES.items() if name != "track_event"}
    body = json.dumps({"sessionId": "s1", "type": "viewed", "attributes": {}}).encode()
    status, _, content = sandbox.handle("POST", BY_NAME["track_event"].path, AUTH, body)
    assert status == 501
    assert "trackEvent" in json.loads(content)["errors"][0]["details"]
    assert not sandbox.supports("trackEvent")


def _camel_wire_names() -> set[str]:
    """Every wire name of a generated model that is not spelled as its Python name (``campaignId``)."""
    names: set[str] = set()
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, Model):
            names.update(field.wire for field in value.FIELDS if field.wire != field.name)
    names.update(parameter.wire for op in BY_OPERATION_ID.values() for parameter in op.parameters)
    return {name for name in names if name != name.lower()}


def _string_literals(path: Path) -> set[str]:
    """The string constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    }


def test_the_state_and_rules_write_no_wire_name() -> None:
    wire = _camel_wire_names()
    assert "campaignId" in wire and "integrationIDs" in wire  # the check sees the spec's names
    for module in sorted(CORE):
        written = {text for text in _string_literals(TESTING / f"{module}.py") if any(w in text for w in wire)}
        assert not written, f"{module}.py spells wire names: {sorted(written)}"
