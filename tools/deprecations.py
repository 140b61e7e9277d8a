"""Write ``deprecations.py`` into the generated package: the operations openapi.yaml marks ``deprecated: true``.

openapi-python-client 0.29.1 does not hand an operation's ``deprecated`` flag to the templates (its ``Endpoint``
keeps the summary and description, not the flag). This post hook of ``make generate`` (generator-config.yml) reads
it from openapi.yaml, so each operation's ``OPERATION.deprecated`` (templates/endpoint_module.py.jinja) holds the
warning the clients give when it is called (``DeprecationWarning``, once per client), or ``None``.

The warning names the successor as the spec's description does: a deprecated operation's description must have a
sentence ``Deprecated: ... use `<operationId>` ... instead.`` naming an operation of the spec; the operationIds in
it become the method names users call (``updateCustomerSessionV2`` -> ``update_customer_session_v2()``). A
deprecated operation without one fails generation: a deprecation that does not say what to use instead helps nobody.

Run by the generator in the output folder: ``python <this file> <openapi.yaml>``; the Makefile passes the paths
(``TALON_GENERATE_ROOT``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_USE = re.compile(r"Deprecated:.*?\b(use .*? instead)", re.DOTALL)
_CODE = re.compile(r"`([^`]+)`")


def method_name(operation_id: str) -> str:
    """The client method of an operationId (``updateCustomerSessionV2`` -> ``update_customer_session_v2``)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", operation_id).lower()


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for item in (spec.get("paths") or {}).values():
        for method in METHODS:
            operation = (item or {}).get(method)
            if operation and "operationId" in operation:
                found.append(operation)
    return found


def deprecations(spec: dict[str, Any]) -> dict[str, str]:
    """``{operationId: the warning}`` for every operation marked ``deprecated: true``."""
    operations = _operations(spec)
    ids = {op["operationId"] for op in operations}
    found: dict[str, str] = {}
    for op in operations:
        if op.get("deprecated") is not True:
            continue
        operation_id = op["operationId"]
        match = _USE.search(" ".join(str(op.get("description") or "").split()))
        named = [c for c in _CODE.findall(match[1]) if c in ids] if match else []
        if not match or not named:
            raise SystemExit(
                f"deprecations: {operation_id} is deprecated: true, but its description has no sentence "
                "'Deprecated: ... use `<operationId>` instead.' naming its successor"
            )
        advice = _CODE.sub(lambda m: f"{method_name(m[1])}()" if m[1] in ids else m[1], match[1])
        found[operation_id] = f"{method_name(operation_id)}() is deprecated by Talon.One ({operation_id}); {advice}."
    return found


def render(found: dict[str, str]) -> str:
    lines = [
        '"""The operations openapi.yaml marks ``deprecated: true``, with the warning the clients give for each.',
        "",
        "Written from openapi.yaml by tools/deprecations.py (a post hook of ``make generate``); do not edit.",
        '"""',
        "",
        "DEPRECATED: dict[str, str] = {",
    ]
    lines += [f"    {key!r}: {value!r}," for key, value in sorted(found.items())]
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: deprecations.py <openapi.yaml>  (run in the generated package's folder)\n")
        return 2
    spec = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    Path("deprecations.py").write_text(render(deprecations(spec)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
