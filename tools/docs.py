"""`make docs`: the API reference of the public package, from its docstrings (pdoc), into docs/_build/.

Any warning pdoc gives (an ``__all__`` name that does not resolve, an annotation it cannot read, a module that
does not import) fails the build, and so does a reference that leaves part of the public API out. Checked on
every documented module's page:

- every name of the module's ``__all__`` has an entry;
- every public attribute of every class listed there (its own, or inherited from the package or from the
  generated one, e.g. the clients' operation methods) has an entry;
- every public class, function and method documented has a docstring (its own or an inherited one).

Usage: ``python tools/docs.py [--output DIR]`` (default ``docs/_build``); exit status 1 names each problem.
"""

from __future__ import annotations

import argparse
import html
import importlib
import inspect
import re
import shutil
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = REPO_ROOT / "docs" / "templates"
DEFAULT_OUTPUT = REPO_ROOT / "docs" / "_build"

# The public modules, each a page of the reference. pdoc adds the submodules a package's __all__ names
# (talon_integration: effects, errors) by itself; the others are listed.
MODULES = (
    "talon_integration",
    "talon_integration.errors",
    "talon_integration.effects",
    "talon_integration.models",
    "talon_integration.testing",
    "talon_integration.testing.pytest_plugin",
    "talon_integration.cli",
)
# Where a class's public attributes may come from: this package and the generated one (anything else, such as
# Exception.add_note or attrs' machinery, is documented by its own project).
OURS = ("talon_integration", "talon_integration_generated")


def _ours(module: str | None, ours: Sequence[str] = OURS) -> bool:
    return bool(module) and any(module == root or module.startswith(root + ".") for root in ours)


def _resolve_lazy_exports(modules: Iterable[str]) -> None:
    """Load every name of each module's ``__all__``: talon_integration's are loaded on first use (PEP 562), and
    pdoc reads a module's ``__dict__``, where a name not used yet is not."""
    for name in modules:
        module = importlib.import_module(name)
        for export in getattr(module, "__all__", ()):
            getattr(module, export, None)  # one that does not resolve: pdoc warns, and the build fails


def build(output: Path, modules: Sequence[str] = MODULES) -> list[str]:
    """Render the reference of ``modules`` into ``output`` (emptied first); returns pdoc's warnings."""
    import pdoc
    import pdoc.render

    _resolve_lazy_exports(modules)
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    pdoc.render.configure(
        docformat="google",
        show_source=False,
        search=True,
        template_directory=TEMPLATES,
        footer_text=_footer(modules),
    )
    listed = [m for m in modules if not _added_by_parent(m, modules)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*listed, output_directory=output)
    return [f"{w.category.__name__}: {w.message}" for w in caught]


def _footer(modules: Sequence[str]) -> str:
    root = importlib.import_module(modules[0].split(".")[0])
    version = getattr(root, "__version__", "")
    return f"{root.__name__} {version}".strip()


def _added_by_parent(name: str, modules: Sequence[str]) -> bool:
    """Whether pdoc documents ``name`` anyway, as a submodule that its parent package's ``__all__`` names."""
    parent, _, leaf = name.rpartition(".")
    if not parent or parent not in modules:
        return False
    return leaf in getattr(importlib.import_module(parent), "__all__", ())


def page(output: Path, module: str) -> Path:
    return output / (module.replace(".", "/") + ".html")


def _anchors(text: str) -> set[str]:
    return {html.unescape(m) for m in re.findall(r'\sid="([^"]+)"', text)}


def _public_attributes(cls: type, ours: Sequence[str]) -> list[str]:
    """The public attributes of ``cls`` defined by it or a base class of this package or the generated one."""
    names = []
    for name in dir(cls):
        if name.startswith("_"):
            continue
        owner = next((base for base in cls.__mro__ if name in vars(base)), None)
        if owner is not None and _ours(owner.__module__, ours):
            names.append(name)
    for field in getattr(cls, "__attrs_attrs__", ()):  # slotted attrs fields are not class attributes
        if not field.name.startswith("_") and field.name not in names:
            names.append(field.name)
    return names


def check(output: Path, modules: Sequence[str] = MODULES, ours: Sequence[str] = OURS) -> list[str]:
    """What the reference in ``output`` leaves out of the public API of ``modules``, one line per problem.

    ``ours``: the packages whose classes' attributes and methods must be in the reference too.
    """
    import pdoc.doc

    problems: list[str] = []
    for name in modules:
        path = page(output, name)
        if not path.is_file():
            problems.append(f"{name}: no page ({path.relative_to(output)})")
            continue
        anchors = _anchors(path.read_text(encoding="utf-8"))
        documented = pdoc.doc.Module.from_name(name).members
        module = importlib.import_module(name)
        exports = list(getattr(module, "__all__", ()))
        if not exports:
            problems.append(f"{name}: no __all__ (the reference documents what __all__ lists)")
        for export in exports:
            value = getattr(module, export, None)
            if inspect.ismodule(value):  # a submodule: a page of its own
                if not page(output, value.__name__).is_file():
                    problems.append(f"{name}: {export} is in __all__ but its page is missing")
                continue
            doc = documented.get(export)
            if doc is None or export not in anchors:
                problems.append(f"{name}: {export} is in __all__ but not in the reference")
                continue
            if isinstance(doc, pdoc.doc.Class) and _ours(doc.obj.__module__, ours):
                problems += [
                    f"{name}: {export}.{attr} is public but not in the reference"
                    for attr in _public_attributes(doc.obj, ours)
                    if f"{export}.{attr}" not in anchors
                ]
        problems += _undocumented(name, ours)
    return problems


def _undocumented(name: str, ours: Sequence[str]) -> list[str]:
    """Public classes, functions and methods of the module's page without a docstring (own or inherited)."""
    import pdoc.doc

    module = pdoc.doc.Module.from_name(name)
    problems = []

    def visit(doc: Any, where: str) -> None:
        if doc.name.startswith("_") and doc.name != "__init__":
            return
        is_code = isinstance(doc, pdoc.doc.Function | pdoc.doc.Class)
        if is_code and doc.name != "__init__" and not doc.docstring.strip():
            problems.append(f"{name}: {where} has no docstring")
        if isinstance(doc, pdoc.doc.Class) and _ours(doc.taken_from[0], ours):
            for member in doc.members.values():
                if not isinstance(member, pdoc.doc.Variable) and _ours(member.taken_from[0], ours):
                    visit(member, f"{where}.{member.name}")

    for member in module.members.values():
        visit(member, member.name)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder to write (default: docs/_build)")
    args = parser.parse_args(argv)
    output: Path = args.output.resolve()
    problems = [f"pdoc {w}" for w in build(output)]
    problems += check(output)
    if problems:
        sys.stderr.writelines(f"docs: {line}\n" for line in problems)
        sys.stderr.write(f"docs: FAILED, {len(problems)} problem(s); the reference is in {output}\n")
        return 1
    pages = sorted(output.rglob("*.html"))
    size = sum(p.stat().st_size for p in output.rglob("*") if p.is_file())
    sys.stdout.write(f"docs: {len(pages)} pages ({size // 1024} KiB) in {output}; all of {len(MODULES)} modules' API\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
