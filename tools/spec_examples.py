"""The rules for the named examples of openapi.yaml, run by ``make lint`` (seconds, not a test run later).

    python tools/spec_examples.py [openapi.yaml]

1. The request bodies and responses of the nine operations of 2019 (``FACT_OPERATIONS``) have named examples:
   the test suites answer with them (tests/_client_helpers.py) and Prism serves them. Every other operation,
   a new one included, needs none (README "Changing the spec").
2. Every named example validates against its media type's schema (OpenAPI 3.0, formats checked).
3. Every example under ``components/examples`` is used by some media type: one that nothing references is
   never validated nor served.

Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry
from referencing.jsonschema import DRAFT4

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The nine v1 operations of the facts (shared/reference/API-FACTS-TABLES.md): their examples are what the test
# suites answer with. tests/test_spec.py checks that this list is the facts' one.
FACT_OPERATIONS = (
    "updateCustomerProfile",
    "updateCustomerSession",
    "trackEvent",
    "createReferral",
    "deleteCustomerData",
    "createCouponReservation",
    "deleteCouponReservation",
    "getReservedCustomers",
    "getReservedCoupons",
)
_URI = "urn:openapi"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _at(spec: Any, pointer: str) -> Any:
    node = spec
    for token in pointer[2:].split("/") if pointer != "#" else []:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _resolve(spec: Any, pointer: str, node: Any) -> tuple[str, Any]:
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        pointer = node["$ref"]
        if pointer in seen:
            raise ValueError(f"$ref cycle at {pointer}")
        seen.add(pointer)
        node = _at(spec, pointer)
    return pointer, node


def media_types(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, str, Mapping[str, Any]]]:
    """``(operationId, where, pointer, media type)`` for every request body and response media type."""
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if not operation:
                continue
            op_id = operation.get("operationId", f"{method.upper()} {path}")
            base = f"#/paths/{_escape(path)}/{method}"
            if "requestBody" in operation:
                ptr, body = _resolve(spec, f"{base}/requestBody", operation["requestBody"])
                for mt, media in body.get("content", {}).items():
                    yield op_id, f"{op_id} request {mt}", f"{ptr}/content/{_escape(mt)}", media
            for status, response in operation.get("responses", {}).items():
                ptr, resolved = _resolve(spec, f"{base}/responses/{_escape(str(status))}", response)
                for mt, media in resolved.get("content", {}).items():
                    yield op_id, f"{op_id} {status} {mt}", f"{ptr}/content/{_escape(mt)}", media


def problems(spec: Mapping[str, Any]) -> list[str]:
    """What breaks the rules above, one message each (empty: all good)."""
    found: list[str] = []
    used: set[str] = set()
    registry: Registry[Any] = Registry().with_resource(_URI, DRAFT4.create_resource(spec))
    for op_id, where, pointer, media in media_types(spec):
        examples = media.get("examples") or {}
        if not examples and op_id in FACT_OPERATIONS:
            found.append(f"{where}: no named example (the test suites answer {op_id} with its examples)")
        if "schema" not in media:
            continue
        validator = OAS30Validator(
            {"$ref": f"{_URI}{pointer}/schema"}, registry=registry, format_checker=oas30_format_checker
        )
        for name, example in examples.items():
            ex_pointer, resolved = _resolve(spec, f"{pointer}/examples/{_escape(name)}", example)
            used.add(ex_pointer)
            for error in sorted(validator.iter_errors(resolved.get("value")), key=str):
                at = "/".join(map(str, error.absolute_path)) or "<root>"
                found.append(f"{where} example {name!r}: {at}: {error.message}")
    for name in spec.get("components", {}).get("examples", {}) or {}:
        if f"#/components/examples/{_escape(name)}" not in used:
            found.append(f"components/examples/{name}: used by no request body or response (never validated)")
    return found


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else SPEC_PATH
    found = problems(yaml.safe_load(path.read_text(encoding="utf-8")))
    for problem in found:
        sys.stderr.write(f"spec-examples: {problem}\n")
    if found:
        sys.stderr.write(f"spec-examples: {len(found)} problem(s) in {path}\n")
        return 1
    sys.stdout.write(f"spec-examples: {path.name}: examples of the facts' operations present, all valid and used\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
