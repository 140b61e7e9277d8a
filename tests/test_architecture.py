"""The house rules that keep the code base growing by new files, checked on the source.

- No import cycle among the overlay's modules, counting every import: at the top, inside functions and under
  ``TYPE_CHECKING`` (an import inside a function only hides a cycle).
- The overlay depends on the generated package, never the reverse.
- No hand-written module is over ~500 lines of code unless its docstring says why it is one cohesive thing.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OVERLAY = ROOT / "overlays"
GENERATED = ROOT / "generated"
LIMIT = 500


def _module_name(path: Path, base: Path) -> str:
    parts = list(path.relative_to(base).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, base: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it, as absolute names."""
    name = _module_name(path, base)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                target = f"{anchor}.{node.module}" if node.module else anchor
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # `from . import x` imports a module
    return found


def _graph(base: Path) -> dict[str, set[str]]:
    modules = {_module_name(p, base): p for p in base.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for target in _imports(path, base):
            while target and target not in modules:  # `from x import name`: the module is the longest known prefix
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):  # a package's own __init__
                edges.add(target)
        graph[name] = edges
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_overlay_has_no_import_cycle() -> None:
    assert _cycles(_graph(OVERLAY)) == []


def test_the_cycle_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from . import b\n")
    (package / "b.py").write_text("def f():\n    from .a import thing\n")
    (package / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import x\n")
    assert _cycles(_graph(tmp_path)) == [["pkg.a", "pkg.b"]]


def test_the_generated_package_never_imports_the_overlay() -> None:
    for path in GENERATED.rglob("*.py"):
        imported = _imports(path, GENERATED)
        assert not any(name.split(".")[0] == "talon_integration" for name in imported), path


def test_no_module_is_too_long_without_saying_why() -> None:
    for path in OVERLAY.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        code = [line for line in source.splitlines() if line.strip() and not line.strip().startswith("#")]
        if len(code) <= LIMIT:
            continue
        docstring = ast.get_docstring(ast.parse(source)) or ""
        assert "one cohesive" in docstring.lower(), f"{path.relative_to(ROOT)}: {len(code)} lines of code"
