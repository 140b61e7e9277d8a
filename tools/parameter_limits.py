"""Write ``parameter_limits.py`` into the generated package: the spec's constraints on path and query parameters.

openapi-python-client 0.29.1 hands the templates a path or query parameter as a Property that keeps its type, enum
values and description but drops ``minLength``, ``maxLength``, ``minimum``, ``maximum``, ``minItems`` and
``maxItems`` (body fields keep theirs: a model's raw schema is in the template context). This post hook of
``make generate`` (generator-config.yml) reads them from openapi.yaml itself, so the generated ``build()`` of each
operation (templates/endpoint_module.py.jinja) checks a parameter as the spec states, before any I/O, the way
``to_request`` checks a body field. Every path and query parameter of every operation has an entry (empty when the
spec states no constraint), and an endpoint module looks its own up at import: a parameter without an entry fails
at once instead of going unchecked.

Run by the generator in the output folder: ``python <this file> <openapi.yaml>``; the Makefile passes the paths
(``TALON_GENERATE_ROOT``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# JSON Schema keyword -> keyword argument of the run-time checks (types.py.jinja input_*).
KEYWORDS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
}


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise SystemExit(f"parameter_limits: cannot resolve {ref!r}")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


# The keywords that apply to each type (the checks take no others).
APPLY = {
    "string": ("minLength", "maxLength"),
    "integer": ("minimum", "maximum"),
    "number": ("minimum", "maximum"),
    "array": ("minItems", "maxItems"),
}


def _limits(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    schema = _resolve(spec, schema) or {}
    kind = schema.get("type", "")
    out: dict[str, Any] = {KEYWORDS[k]: schema[k] for k in APPLY.get(kind, ()) if schema.get(k) is not None}
    if kind == "array" and isinstance(schema.get("items"), dict):
        items = _limits(spec, schema["items"])
        if items:
            out["items"] = items
    return out


def parameter_limits(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """``{(operationId, parameter name): {keyword: value}}`` for every path and query parameter."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for item in (spec.get("paths") or {}).values():
        item = _resolve(spec, item)
        shared = [_resolve(spec, p) for p in item.get("parameters") or []]
        for method in METHODS:
            operation = item.get(method)
            if not operation or "operationId" not in operation:
                continue
            own = [_resolve(spec, p) for p in operation.get("parameters") or []]
            by_key = {(p["name"], p["in"]): p for p in shared + own}  # the operation's own win
            for (name, where), parameter in sorted(by_key.items()):
                if where in ("path", "query"):
                    found[(operation["operationId"], name)] = _limits(spec, parameter.get("schema"))
    return found


def render(limits: dict[tuple[str, str], dict[str, Any]]) -> str:
    lines = [
        '"""The spec\'s constraints on path and query parameters, as keyword arguments of the input checks.',
        "",
        "Written from openapi.yaml by tools/parameter_limits.py (a post hook of ``make generate``); do not edit.",
        '"""',
        "",
        "from typing import Any",
        "",
        "LIMITS: dict[tuple[str, str], dict[str, Any]] = {",
    ]
    lines += [f"    {key!r}: {value!r}," for key, value in sorted(limits.items())]
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: parameter_limits.py <openapi.yaml>  (run in the generated package's folder)\n")
        return 2
    spec = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    Path("parameter_limits.py").write_text(render(parameter_limits(spec)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
