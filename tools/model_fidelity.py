"""Check that the overlay's models read only what ``openapi.yaml`` and the generated models define.

    python tools/model_fidelity.py        (run by tests/test_regeneration.py, so by ``make test``)

``talon_integration.models`` is written by hand and mirrors the spec's response schemas field by field. When a
spec change removes or retypes a field the overlay reads, this check fails and names the field, in ``make test``
rather than at a user's runtime (where the model would raise ``ResponseShapeError`` on every response).

Problems (each names ``<Schema>.<wireName>``):
- an overlay model with no component schema of the same name, or no generated model of the same name;
- a field the overlay reads that the schema does not define, or that the generated model lacks;
- a field the overlay requires that the schema makes optional (the overlay would reject valid responses);
- a field whose JSON type (string, integer, number, boolean, object, array), date-time format or referenced
  model differs from the schema's.

Not problems: schema fields the overlay does not model (they stay in ``additional_properties`` and ``to_dict()``,
which is how a new response field reaches users without an overlay change), and fields the overlay treats as
optional although the schema requires them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
REPO_ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PREFIX = "#/components/schemas/"

# The overlay's parse helpers (talon_integration.models) and the JSON value each accepts: (type, format).
_SIMPLE_PARSERS: dict[str, tuple[str, str | None]] = {
    "_str": ("string", None),
    "_int": ("integer", None),
    "_num": ("number", None),
    "_bool": ("boolean", None),
    "_datetime": ("string", "date-time"),
    "_obj": ("object", None),
    "_num_map": ("object", None),
    "_str_list": ("array", None),
    "_raw_list": ("array", None),
}


def _load_spec(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    return data


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and str(node.get("$ref", "")).startswith(SCHEMA_PREFIX):
        return str(node["$ref"][len(SCHEMA_PREFIX) :])
    return None


def _spec_type(spec: dict[str, Any], prop: Any) -> tuple[set[str], str | None, str | None]:
    """(JSON types, format, referenced model) of a property, with open enums (``anyOf``) folded."""
    ref = _ref_name(prop)
    node = _resolve(spec, prop)
    alternatives = node.get("anyOf") or node.get("oneOf")
    if alternatives:
        types: set[str] = set()
        for alt in alternatives:
            alt_types, _, _ = _spec_type(spec, alt)
            types |= alt_types
        return types, None, None
    raw = node.get("type")
    types = set(raw) if isinstance(raw, list) else ({raw} if raw else set())
    if ref is not None and types <= {"object"}:
        return {"object"}, None, ref
    if "array" in types:
        return types, None, _ref_name(node.get("items"))
    additional = node.get("additionalProperties")
    if "object" in types and isinstance(additional, dict):
        return types, None, _ref_name(additional)
    return types, node.get("format"), None


def _parser_type(parse: Any) -> tuple[str, str | None, str | None] | None:
    """(JSON type, format, referenced model) an overlay parse function accepts; None if not recognised."""
    name = getattr(parse, "__name__", "")
    if name in _SIMPLE_PARSERS:
        json_type, fmt = _SIMPLE_PARSERS[name]
        return json_type, fmt, None
    qualname = getattr(parse, "__qualname__", "")
    cells = [c.cell_contents for c in (getattr(parse, "__closure__", None) or ())]
    models = [c.__name__ for c in cells if isinstance(c, type)]
    if len(models) != 1:
        return None
    if qualname.startswith("_model_of."):
        return "object", None, models[0]
    if qualname.startswith("_list_of."):
        return "array", None, models[0]
    if qualname.startswith("_map_of."):
        return "object", None, models[0]
    return None


def check(
    spec: dict[str, Any], overlay_models: ModuleType, generated_models: ModuleType
) -> tuple[list[str], list[str]]:
    """(problems, notes) for every model in ``overlay_models.__all__`` that has wire fields."""
    problems: list[str] = []
    notes: list[str] = []
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for export in overlay_models.__all__:
        cls = getattr(overlay_models, export)
        fields = getattr(cls, "_fields", None)
        if not isinstance(cls, type) or not fields:
            continue
        name = cls.__name__
        if name not in schemas:
            problems.append(
                f"{name}: overlay model talon_integration.models.{name} has no schema {name} in openapi.yaml"
            )
            continue
        schema = _resolve(spec, schemas[name])
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        generated = getattr(generated_models, name, None)
        generated_fields = {f.name for f in attrs.fields(generated)} if attrs.has(generated) else None
        if generated_fields is None:
            problems.append(f"{name}: no generated model talon_integration_generated.models.{name}")
        for attr, wire, parse, _dump, overlay_required in fields:
            where = f"{name}.{wire}"
            if wire not in props:
                problems.append(
                    f"{where}: read by talon_integration.models.{name}.{attr} but not defined in openapi.yaml "
                    f"(removed or renamed?): update the overlay model and record the breaking change"
                )
                continue
            # The generator appends "_" to names that shadow builtins or keywords (``type`` -> ``type_``).
            if generated_fields is not None and attr not in generated_fields and f"{attr}_" not in generated_fields:
                problems.append(f"{where}: the generated model {name} has no field {attr!r}")
            if overlay_required and wire not in required:
                problems.append(f"{where}: required by the overlay model but optional in openapi.yaml")
            expected = _parser_type(parse)
            if expected is None:
                continue
            json_type, fmt, model = expected
            types, spec_fmt, spec_model = _spec_type(spec, props[wire])
            accepted = {json_type} | ({"integer"} if json_type == "number" else set())
            if types and not (types - {"null"}) <= accepted:
                problems.append(f"{where}: openapi.yaml says {'|'.join(sorted(types))}, the overlay parses {json_type}")
            elif (fmt == "date-time") != (spec_fmt == "date-time"):
                problems.append(
                    f"{where}: openapi.yaml format {spec_fmt or '(none)'}, the overlay parses {fmt or 'no format'}"
                )
            elif model is not None and spec_model is not None and model != spec_model:
                problems.append(f"{where}: openapi.yaml refers to {spec_model}, the overlay parses {model}")
        modelled = {wire for _attr, wire, *_ in fields}
        for wire in props:
            if wire not in modelled:
                notes.append(f"{name}.{wire}: not modelled by the overlay; reachable via additional_properties")
    return problems, notes


def main(argv: list[str] | None = None) -> int:
    spec_path = Path(argv[0]) if argv else REPO_ROOT / "openapi.yaml"
    from talon_integration import models as overlay_models
    from talon_integration_generated import models as generated_models

    problems, notes = check(_load_spec(spec_path), overlay_models, generated_models)
    for note in notes:
        sys.stdout.write(f"note: {note}\n")
    for problem in problems:
        sys.stderr.write(f"model-fidelity: {problem}\n")
    if problems:
        sys.stderr.write(f"model-fidelity: {len(problems)} problem(s): the overlay models do not match openapi.yaml\n")
        return 1
    sys.stdout.write("model-fidelity: the overlay models match openapi.yaml and the generated models\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
