"""The README's table of client methods, written from the generated operation table (a step of ``make generate``).

Every operation of openapi.yaml is a method of both clients; the table between the two markers in README.md lists
each with its arguments as the generated method takes them (path parameters positional, the rest keyword-only)
and the HTTP call it sends; a paged operation's iterator (``iter_...``) follows its row. ``make generate`` rewrites
it, so a spec change reaches the README with no hand edit; ``--check`` (run by ``make check-generated``) fails
when README.md is out of date.

Usage: ``PYTHONPATH=generated python tools/readme_methods.py [--check] [README.md]``
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

START = "<!-- methods: written by `make generate` from openapi.yaml (tools/readme_methods.py); do not edit -->"
END = "<!-- /methods -->"


def signature_text(function: object) -> str:
    """``name(path_param, *, keyword, ...)`` as the generated method takes it (no ``self``, no ``**options``)."""
    names: list[str] = []
    for parameter in inspect.signature(function).parameters.values():  # type: ignore[arg-type]
        if parameter.name == "self" or parameter.kind is parameter.VAR_KEYWORD:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and "*" not in names:
            names.append("*")
        names.append(parameter.name)
    return ", ".join(names)


def table() -> str:
    """The Markdown table of every operation, in the spec's order."""
    from talon_integration_generated.api import OPERATIONS
    from talon_integration_generated.client import SyncOperations

    rows = ["| method | call |", "|---|---|"]
    for op in OPERATIONS:
        method = getattr(SyncOperations, op.name)
        deprecated = " (deprecated)" if "deprecated" in (method.__doc__ or "").split("\n", 1)[0].lower() else ""
        rows.append(f"| `{op.name}({signature_text(method)})` | {op.method.upper()} {op.path}{deprecated} |")
        if op.iterator:  # a paged operation: its iterator over every item, right below it
            walker = getattr(SyncOperations, op.iterator)
            rows.append(f"| `{op.iterator}({signature_text(walker)})` | every item of `{op.name}`, page after page |")
    return "\n".join(rows)


def render(readme: str) -> str:
    """``readme`` with the block between the markers replaced by the current table."""
    try:
        head, rest = readme.split(START + "\n", 1)
        _, tail = rest.split(END, 1)
    except ValueError:
        raise SystemExit(f"readme_methods: README.md lacks the markers {START!r} ... {END!r}") from None
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    path = Path(paths[0] if paths else "README.md")
    text = path.read_text(encoding="utf-8")
    new = render(text)
    if new == text:
        sys.stdout.write(f"readme_methods: {path} is up to date\n")
        return 0
    if check:
        sys.stderr.write(f"readme_methods: the method table of {path} is OUT OF DATE: run 'make generate'\n")
        return 1
    path.write_text(new, encoding="utf-8")
    sys.stdout.write(f"readme_methods: {path} method table rewritten\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
