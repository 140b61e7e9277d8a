"""Classify every change between two versions of ``openapi.yaml`` as *breaking* or *compatible* for this client.

    python tools/spec_diff.py [--base REF | --base-file PATH] [--head-file PATH] [--json]
    make spec-diff [BASE=<git ref>] [JSON=1]

BASE defaults to the latest release tag ``vX.Y.Z`` reachable from HEAD, or ``HEAD`` when there is none; the
head is the working tree's ``openapi.yaml``. The exit code is 0 whatever the verdict (``version_policy.py``
decides what a verdict requires); 2 means the comparison could not be made.

Why a classifier of our own: oasdiff is a Go program with no registry package that runs offline here,
``@pb33f/openapi-changes`` downloads its binary at install time, ``@useoptic/optic`` fails at start-up on
Node 20 and reports usage, and the small PyPI packages do not tell requests from responses. The rules below
are the ones this client needs, and ``tests/test_spec_diff.py`` pins each of them.

How schemas are compared. Every ``$ref`` is followed; a component reached from both documents is compared
once per direction and its changes are named after it (``Coupon.usageCounter``, ``CartItem.quantity``,
``Event.effects[]``, ``CustomerSession.discounts.*``); ``where`` lists the operations that reach it. A schema
used in requests is compared as a *request* (what the client sends: the server must keep accepting it) and one
used in responses as a *response* (what the client reads: it must keep making sense); a schema used both ways is
compared both ways. So the same edit can be compatible one way and breaking the other:

Schema rules, as (request / response):

- property removed: breaking / breaking.
- property added: compatible if optional, breaking if required / compatible.
- property becomes required: breaking / compatible; becomes optional: compatible / breaking.
- type changed: breaking / breaking, except a widening (integer -> number, nullable added) in a request and a
  narrowing (number -> integer, nullable removed) in a response, which are compatible.
- format changed, added or removed: breaking / breaking (the generated Python type changes).
- constraint narrower (higher minimum, minLength, minItems; lower maximum, maxLength, maxItems; pattern or
  uniqueItems added): breaking / compatible. Wider: compatible / breaking (``Event.effects[]`` minItems 4 -> 3
  would break the effect parser).
- enum value removed (a rename is a removal plus an addition): breaking / breaking (a client's branch for it
  silently dies).
- enum value added: compatible / compatible for our *open* response enums (``anyOf: [<enum>, {type: string}]``,
  see the header of openapi.yaml: an unknown value parses as a plain string), breaking for a closed one.
- ``additionalProperties`` closed: breaking / compatible; opened: compatible / compatible (the models keep
  unknown fields either way); a typed map's value schema is compared at ``<Schema>.<field>.*``.
- ``default`` changed, ``deprecated`` set: compatible / compatible.
- any other schema keyword changed: breaking / breaking (unclassified, so treated as breaking).

Operations: removed, moved to another path or method, or renamed (``operationId``): breaking; added:
compatible; deprecated: compatible. Parameters follow the request rules (removed or newly required: breaking).
A request body removed, or added as required: breaking. Responses: a success (2xx) response removed or added
is breaking (the client parses every 2xx with one schema); an error response (4xx, 5xx, ``default``) removed or
added is compatible, because the client maps errors by status code (``talon_integration.errors``), not by what
the document lists; the error *body* schema is still compared as a response. Response headers removed:
breaking (``Retry-After`` is read). Security: an auth alternative or a security scheme removed or changed:
breaking; added: compatible. Descriptions, summaries, examples, tags, servers and ``info`` are not part of the
contract and are not reported (``info.version`` is shown for reference).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_FILE = "openapi.yaml"

BREAKING = "breaking"
COMPATIBLE = "compatible"
REQUEST = "request"
RESPONSE = "response"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
RELEASE_TAG = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")

# Schema keywords that carry no contract: never reported.
_IGNORED = frozenset({"description", "title", "example", "examples", "externalDocs", "xml", "$comment"})
# Keywords handled explicitly by _Differ._schema; every other keyword that changes is reported as breaking.
_HANDLED = frozenset(
    {
        "$ref", "type", "format", "nullable", "enum", "const", "properties", "required", "additionalProperties",
        "items", "anyOf", "oneOf", "allOf", "default", "deprecated", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties",
        "pattern", "uniqueItems", "multipleOf",
    }
)  # fmt: skip
_LOWER_BOUNDS = (
    ("minLength", "minimum length"),
    ("minItems", "minimum items"),
    ("minProperties", "minimum properties"),
)
_UPPER_BOUNDS = (
    ("maxLength", "maximum length"),
    ("maxItems", "maximum items"),
    ("maxProperties", "maximum properties"),
)


@dataclass(frozen=True)
class Change:
    """One classified change. ``id`` is the stable name a CHANGELOG entry must mention for a breaking change."""

    kind: str  # breaking | compatible
    id: str  # e.g. "Coupon.usageCounter", "updateCustomerSession", "CustomerSessionState=cancelled"
    code: str  # e.g. "property-removed", "request-property-added", "operation-removed"
    message: str
    direction: str | None = None  # request | response | None (operation-level)
    where: tuple[str, ...] = ()  # operations that reach the changed schema or response

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "code": self.code,
            "message": self.message,
            "direction": self.direction,
            "where": list(self.where),
        }


@dataclass(frozen=True)
class Diff:
    changes: tuple[Change, ...]
    base_version: str | None
    head_version: str | None

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == BREAKING)

    @property
    def compatible(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == COMPATIBLE)

    @property
    def verdict(self) -> str:
        if self.breaking:
            return BREAKING
        return COMPATIBLE if self.changes else "none"


def diff_specs(base: dict[str, Any], head: dict[str, Any]) -> Diff:
    """Compare two parsed OpenAPI documents (base = before, head = after)."""
    differ = _Differ(base, head)
    differ.run()
    changes = sorted(differ.changes.values(), key=lambda c: (c.kind != BREAKING, c.id, c.code, c.direction or ""))
    return Diff(tuple(changes), _info_version(base), _info_version(head))


def _info_version(spec: dict[str, Any]) -> str | None:
    version = (spec.get("info") or {}).get("version")
    return None if version is None else str(version)


# --------------------------------------------------------------------------------------------------
# The comparison
# --------------------------------------------------------------------------------------------------


def _vary(direction: str, *, narrower: bool) -> str:
    """Requests may get wider, responses narrower: the contravariance every rule above follows."""
    if direction == REQUEST:
        return BREAKING if narrower else COMPATIBLE
    return COMPATIBLE if narrower else BREAKING


def _deref(spec: dict[str, Any], node: Any) -> Any:
    """Follow ``$ref`` chains (any local JSON pointer) to the object they name."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"unresolvable $ref {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise ValueError(f"dangling $ref {ref!r}")
            target = target[part]
        node = target
    return node


def _schema_ref(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMA_PREFIX):
        return str(node["$ref"][len(SCHEMA_PREFIX) :])
    return None


def _norm_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], tuple[str, dict[str, Any], list[Any]]]:
    """(METHOD, normalized path) -> (path template, operation, path-level parameters)."""
    out: dict[tuple[str, str], tuple[str, dict[str, Any], list[Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        item = _deref(spec, item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                out[(method.upper(), _norm_path(path))] = (path, item[method], list(item.get("parameters") or []))
    return out


def _op_name(method: str, path: str, op: dict[str, Any]) -> str:
    return str(op.get("operationId") or f"{method} {path}")


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema admits (None: any), with OAS 3.0 ``nullable`` as ``null``."""
    raw = schema.get("type")
    if raw is None:
        return None
    types = set(raw) if isinstance(raw, list) else {raw}
    if schema.get("nullable") is True:
        types.add("null")
    return frozenset(types)


def _admits(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of the ``narrow`` types is a value of the ``wide`` types (integers are numbers)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _bound(schema: dict[str, Any], key: str, exclusive_key: str) -> tuple[float, bool] | None:
    """A numeric bound as (value, exclusive), for OAS 3.0 boolean and 3.1 numeric exclusive* keywords."""
    exclusive = schema.get(exclusive_key)
    if isinstance(exclusive, int | float) and not isinstance(exclusive, bool):
        return (float(exclusive), True)
    if key not in schema:
        return None
    return (float(schema[key]), exclusive is True)


_SCALARS = frozenset({"string", "integer", "number", "boolean"})


def _is_scalar(schema: dict[str, Any]) -> bool:
    types = _types(schema) or frozenset()
    return (
        bool(types) and types - {"null"} <= _SCALARS and not ({"properties", "items", "anyOf", "oneOf"} & schema.keys())
    )


class _Differ:
    def __init__(self, base: dict[str, Any], head: dict[str, Any]) -> None:
        self.base = base
        self.head = head
        self.changes: dict[tuple[str, str, str | None], Change] = {}
        self._queue: list[tuple[str, str, str]] = []
        self._queued: set[tuple[str, str, str]] = set()
        self._usage = {REQUEST: {}, RESPONSE: {}}  # direction -> component -> operations
        for spec in (base, head):
            for (method, _), (path, op, path_params) in _operations(spec).items():
                self._record_usage(spec, _op_name(method, path, op), op, path_params)

    # -- bookkeeping ----------------------------------------------------------------------------------

    def add(self, kind: str, id_: str, code: str, message: str, direction: str | None = None, where: Any = ()) -> None:
        message = message.removeprefix(f"{id_}: ")  # the id is printed beside the message
        key = (id_, code, direction)
        old = self.changes.get(key)
        merged = tuple(sorted(set(where) | set(old.where if old else ())))
        self.changes[key] = Change(kind, id_, code, message, direction, merged)

    def _record_usage(self, spec: dict[str, Any], name: str, op: dict[str, Any], path_params: list[Any]) -> None:
        roots: dict[str, list[Any]] = {REQUEST: [], RESPONSE: []}
        for param in [*path_params, *(op.get("parameters") or [])]:
            roots[REQUEST].append(_deref(spec, param))
        if op.get("requestBody") is not None:
            roots[REQUEST].append(_deref(spec, op["requestBody"]))
        for response in (op.get("responses") or {}).values():
            roots[RESPONSE].append(_deref(spec, response))
        for direction, nodes in roots.items():
            for component in self._reachable(spec, nodes):
                self._usage[direction].setdefault(component, set()).add(name)

    def _reachable(self, spec: dict[str, Any], nodes: list[Any]) -> set[str]:
        """The component schemas reachable from ``nodes``, through any number of ``$ref``."""
        schemas = (spec.get("components") or {}).get("schemas") or {}
        found: set[str] = set()
        stack = list(nodes)
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                name = _schema_ref(node)
                if name is not None:
                    if name not in found:
                        found.add(name)
                        stack.append(schemas.get(name))
                elif isinstance(node.get("$ref"), str):
                    stack.append(_deref(spec, node))
                else:
                    stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        return found

    def _where(self, component: str, direction: str) -> set[str]:
        return self._usage[direction].get(component, set())

    # -- top level ------------------------------------------------------------------------------------

    def run(self) -> None:
        self._operations()
        self._components()
        while self._queue:
            base_name, head_name, direction = self._queue.pop(0)
            b = self.base["components"]["schemas"][base_name]
            h = self.head["components"]["schemas"][head_name]
            where = self._where(base_name, direction) | self._where(head_name, direction)
            self._schema(b, h, direction, base_name, where)

    def _components(self) -> None:
        b_comp, h_comp = self.base.get("components") or {}, self.head.get("components") or {}
        b_schemas, h_schemas = b_comp.get("schemas") or {}, h_comp.get("schemas") or {}
        for name in sorted(b_schemas.keys() - h_schemas.keys()):
            self.add(BREAKING, name, "schema-removed", f"schema {name} removed (its generated model goes away)")
        for name in sorted(h_schemas.keys() - b_schemas.keys()):
            self.add(COMPATIBLE, name, "schema-added", f"schema {name} added")
        b_sec, h_sec = b_comp.get("securitySchemes") or {}, h_comp.get("securitySchemes") or {}
        for name in sorted(b_sec.keys() | h_sec.keys()):
            id_ = f"securitySchemes.{name}"
            if name not in h_sec:
                self.add(BREAKING, id_, "security-scheme-removed", f"security scheme {name} removed")
            elif name not in b_sec:
                self.add(COMPATIBLE, id_, "security-scheme-added", f"security scheme {name} added")
            elif _contract(_deref(self.base, b_sec[name])) != _contract(_deref(self.head, h_sec[name])):
                self.add(BREAKING, id_, "security-scheme-changed", f"security scheme {name} changed")

    def _operations(self) -> None:
        b_ops, h_ops = _operations(self.base), _operations(self.head)
        h_by_id = {op.get("operationId"): key for key, (_, op, _) in h_ops.items() if op.get("operationId")}
        moved_to: set[tuple[str, str]] = set()
        for key, (path, op, _) in b_ops.items():
            if key in h_ops:
                continue
            name = _op_name(key[0], path, op)
            target = h_by_id.get(op.get("operationId"))
            if target is not None and target not in b_ops:
                moved_to.add(target)
                new_path = h_ops[target][0]
                self.add(
                    BREAKING,
                    name,
                    "operation-moved",
                    f"operation {name} moved from {key[0]} {path} to {target[0]} {new_path}",
                )
            else:
                self.add(BREAKING, name, "operation-removed", f"operation {name} ({key[0]} {path}) removed")
        for key, (path, op, _) in h_ops.items():
            if key not in b_ops and key not in moved_to:
                name = _op_name(key[0], path, op)
                self.add(COMPATIBLE, name, "operation-added", f"operation {name} ({key[0]} {path}) added")
        for key in sorted(b_ops.keys() & h_ops.keys()):
            self._operation(key[0], b_ops[key], h_ops[key])

    def _operation(self, method: str, b_entry: tuple[str, Any, list[Any]], h_entry: tuple[str, Any, list[Any]]) -> None:
        b_path, b, b_path_params = b_entry
        h_path, h, h_path_params = h_entry
        name = _op_name(method, b_path, b)
        where = {name}
        if b.get("operationId") != h.get("operationId"):
            new = _op_name(method, h_path, h)
            self.add(BREAKING, name, "operation-renamed", f"operation {name} renamed to {new} (operationId)")
        if not b.get("deprecated") and h.get("deprecated"):
            self.add(COMPATIBLE, name, "operation-deprecated", f"operation {name} deprecated")
        self._parameters(name, b_path, h_path, b_path_params, h_path_params, b, h)
        self._request_body(name, b.get("requestBody"), h.get("requestBody"))
        self._responses(name, b.get("responses") or {}, h.get("responses") or {})
        self._security(name, b, h, where)

    def _parameters(
        self, op: str, b_path: str, h_path: str, b_pp: list[Any], h_pp: list[Any], b: dict[str, Any], h: dict[str, Any]
    ) -> None:
        def collect(spec: dict[str, Any], path: str, path_level: list[Any], op_level: list[Any]) -> dict[Any, Any]:
            params: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in [*path_level, *op_level]:  # operation-level parameters override path-level ones
                param = _deref(spec, raw)
                params[(param.get("in", "?"), param.get("name", "?"))] = param
            order = re.findall(r"\{([^}]*)\}", path)
            out: dict[Any, Any] = {}
            for (where_in, pname), param in params.items():
                if where_in == "path" and pname in order:
                    out[("path", order.index(pname))] = param  # path parameters match by position
                else:
                    out[(where_in, pname)] = param
            return out

        b_params = collect(self.base, b_path, b_pp, b.get("parameters") or [])
        h_params = collect(self.head, h_path, h_pp, h.get("parameters") or [])
        for key in sorted(b_params.keys() | h_params.keys(), key=str):
            bp, hp = b_params.get(key), h_params.get(key)
            ref = bp if bp is not None else hp
            assert ref is not None
            id_ = f"{op}.{ref.get('in')}.{ref.get('name')}"
            if hp is None:
                self.add(BREAKING, id_, "parameter-removed", f"parameter {id_} removed", REQUEST, {op})
                continue
            if bp is None:
                if hp.get("required"):
                    self.add(
                        BREAKING, id_, "required-parameter-added", f"required parameter {id_} added", REQUEST, {op}
                    )
                else:
                    self.add(COMPATIBLE, id_, "parameter-added", f"optional parameter {id_} added", REQUEST, {op})
                continue
            if bp.get("name") != hp.get("name"):
                self.add(
                    COMPATIBLE, id_, "path-parameter-renamed",
                    f"path parameter {id_} renamed to {hp.get('name')} (same URL)", REQUEST, {op},
                )  # fmt: skip
            if bool(bp.get("required")) != bool(hp.get("required")):
                became = bool(hp.get("required"))
                self.add(
                    BREAKING if became else COMPATIBLE, id_, "parameter-required" if became else "parameter-optional",
                    f"parameter {id_} became {'required' if became else 'optional'}", REQUEST, {op},
                )  # fmt: skip
            for attr in ("style", "explode", "allowReserved"):
                if bp.get(attr) != hp.get(attr):
                    self.add(
                        BREAKING, id_, "parameter-serialization-changed", f"parameter {id_}: {attr} changed", REQUEST
                    )
            if "schema" in bp or "schema" in hp:
                self._schema(bp.get("schema", {}), hp.get("schema", {}), REQUEST, id_, {op})

    def _request_body(self, op: str, b_raw: Any, h_raw: Any) -> None:
        id_ = f"{op}.requestBody"
        if b_raw is None and h_raw is None:
            return
        if h_raw is None:
            self.add(BREAKING, id_, "request-body-removed", f"request body of {op} removed", REQUEST, {op})
            return
        h = _deref(self.head, h_raw)
        if b_raw is None:
            required = bool(h.get("required"))
            self.add(
                BREAKING if required else COMPATIBLE, id_, "request-body-added",
                f"{'required' if required else 'optional'} request body added to {op}", REQUEST, {op},
            )  # fmt: skip
            return
        b = _deref(self.base, b_raw)
        if bool(b.get("required")) != bool(h.get("required")):
            became = bool(h.get("required"))
            self.add(
                BREAKING if became else COMPATIBLE, id_, "request-body-required" if became else "request-body-optional",
                f"request body of {op} became {'required' if became else 'optional'}", REQUEST, {op},
            )  # fmt: skip
        self._content(id_, b.get("content") or {}, h.get("content") or {}, REQUEST, {op})

    def _content(self, id_: str, b: dict[str, Any], h: dict[str, Any], direction: str, where: set[str]) -> None:
        for media in sorted(b.keys() | h.keys()):
            if media not in h:
                self.add(BREAKING, id_, "media-type-removed", f"{id_}: media type {media} removed", direction, where)
            elif media not in b:
                if direction == RESPONSE and not b:
                    message = f"{id_}: a {media} body added where there was none (the client ignored it)"
                else:
                    message = f"{id_}: media type {media} added"
                self.add(COMPATIBLE, id_, "media-type-added", message, direction, where)
            else:
                self._schema(b[media].get("schema", {}), h[media].get("schema", {}), direction, id_, where)

    def _responses(self, op: str, b: dict[str, Any], h: dict[str, Any]) -> None:
        for code in sorted(b.keys() | h.keys(), key=str):
            code_s = str(code)
            success = code_s.startswith("2")
            b_raw, h_raw = b.get(code), h.get(code)
            raw = b_raw if b_raw is not None else h_raw
            # A shared component response (BadRequest, TooManyRequests, ...) is named once, not once per operation.
            shared = (
                isinstance(raw, dict)
                and isinstance(raw.get("$ref"), str)
                and raw["$ref"].startswith("#/components/responses/")
            )
            id_ = raw["$ref"].rsplit("/", 1)[1] if shared and b_raw == h_raw else f"{op}.{code_s}"
            where = {op}
            if h_raw is None:
                if success:
                    self.add(
                        BREAKING,
                        f"{op}.{code_s}",
                        "response-removed",
                        f"{op}: success response {code_s} removed",
                        RESPONSE,
                        where,
                    )
                else:
                    self.add(
                        COMPATIBLE, f"{op}.{code_s}", "error-response-removed",
                        f"{op}: error response {code_s} no longer documented (errors map by status)", RESPONSE, where,
                    )  # fmt: skip
                continue
            if b_raw is None:
                if success:
                    self.add(
                        BREAKING, f"{op}.{code_s}", "success-response-added",
                        f"{op}: new success response {code_s} (a client of the old document does not expect it)",
                        RESPONSE, where,
                    )  # fmt: skip
                else:
                    self.add(
                        COMPATIBLE,
                        f"{op}.{code_s}",
                        "error-response-added",
                        f"{op}: error response {code_s} documented",
                        RESPONSE,
                        where,
                    )
                continue
            bo, ho = _deref(self.base, b_raw), _deref(self.head, h_raw)
            self._content(id_, bo.get("content") or {}, ho.get("content") or {}, RESPONSE, where)
            b_headers, h_headers = bo.get("headers") or {}, ho.get("headers") or {}
            for header in sorted(b_headers.keys() | h_headers.keys()):
                hid = f"{id_}.headers.{header}"
                if header not in h_headers:
                    self.add(
                        BREAKING, hid, "response-header-removed", f"response header {hid} removed", RESPONSE, where
                    )
                elif header not in b_headers:
                    self.add(COMPATIBLE, hid, "response-header-added", f"response header {hid} added", RESPONSE, where)
                else:
                    bh, hh = _deref(self.base, b_headers[header]), _deref(self.head, h_headers[header])
                    self._schema(bh.get("schema", {}), hh.get("schema", {}), RESPONSE, hid, where)

    def _security(self, op: str, b: dict[str, Any], h: dict[str, Any], where: set[str]) -> None:
        def alternatives(spec: dict[str, Any], o: dict[str, Any]) -> set[frozenset[tuple[str, tuple[str, ...]]]]:
            reqs = o.get("security", spec.get("security")) or [{}]  # none declared: anonymous access
            return {frozenset((name, tuple(sorted(scopes or []))) for name, scopes in req.items()) for req in reqs}

        b_alt, h_alt = alternatives(self.base, b), alternatives(self.head, h)
        id_ = f"{op}.security"
        for alt in sorted(b_alt - h_alt, key=sorted):
            label = " + ".join(sorted(n for n, _ in alt)) or "anonymous access"
            self.add(BREAKING, id_, "security-removed", f"{op}: auth alternative {label} removed", REQUEST, where)
        for alt in sorted(h_alt - b_alt, key=sorted):
            label = " + ".join(sorted(n for n, _ in alt)) or "anonymous access"
            self.add(COMPATIBLE, id_, "security-added", f"{op}: auth alternative {label} added", REQUEST, where)

    # -- schemas --------------------------------------------------------------------------------------

    def _schema(self, b: Any, h: Any, d: str, loc: str, where: set[str]) -> None:
        b_name, h_name = _schema_ref(b), _schema_ref(h)
        if b_name is not None and h_name is not None:
            key = (b_name, h_name, d)
            if key not in self._queued:
                self._queued.add(key)
                self._queue.append(key)
            return
        b, h = self._flatten(self.base, b), self._flatten(self.head, h)
        if not isinstance(b, dict) or not isinstance(h, dict):
            if b != h:
                self.add(BREAKING, loc, "schema-changed", f"{loc}: schema changed", d, where)
            return

        self._type(b, h, d, loc, where)
        if b.get("format") != h.get("format"):
            self.add(
                BREAKING, loc, "format-changed",
                f"{loc}: format {b.get('format') or '(none)'} -> {h.get('format') or '(none)'}", d, where,
            )  # fmt: skip
        self._enum(b, h, d, loc, where)
        self._constraints(b, h, d, loc, where)
        self._object(b, h, d, loc, where)
        if "items" in b or "items" in h:
            self._schema(b.get("items", {}), h.get("items", {}), d, f"{loc}[]", where)
        if b.get("default") != h.get("default"):
            self.add(
                COMPATIBLE,
                loc,
                "default-changed",
                f"{loc}: default {b.get('default')!r} -> {h.get('default')!r}",
                d,
                where,
            )
        if not b.get("deprecated") and h.get("deprecated"):
            self.add(COMPATIBLE, loc, "deprecated", f"{loc} deprecated", d, where)
        self._composite(b, h, d, loc, where)
        for key in sorted((b.keys() | h.keys()) - _HANDLED - _IGNORED):
            if not key.startswith("x-") and b.get(key) != h.get(key):
                self.add(
                    BREAKING,
                    loc,
                    "schema-changed",
                    f"{loc}: {key} changed (unclassified, treated as breaking)",
                    d,
                    where,
                )

    def _flatten(self, spec: dict[str, Any], node: Any) -> Any:
        """Resolve a top-level $ref, merge ``allOf`` parts, fold scalar ``anyOf``/``oneOf`` (open enums) into one."""
        node = _deref(spec, node)
        if not isinstance(node, dict):
            return node
        if "allOf" in node:
            merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
            for part in node["allOf"]:
                part = self._flatten(spec, part)
                for key, value in part.items():
                    if key == "properties":
                        merged.setdefault("properties", {}).update(value)
                    elif key == "required":
                        merged["required"] = sorted(set(merged.get("required", [])) | set(value))
                    else:
                        merged.setdefault(key, value)
            node = merged
        for keyword in ("anyOf", "oneOf"):
            alternatives = node.get(keyword)
            if not isinstance(alternatives, list) or not alternatives:
                continue
            resolved = [self._flatten(spec, alt) for alt in alternatives]
            if all(isinstance(alt, dict) and _is_scalar(alt) for alt in resolved):
                folded: dict[str, Any] = {k: v for k, v in node.items() if k != keyword}
                types: set[str] = set()
                for alt in resolved:
                    types |= _types(alt) or set()
                folded["type"] = sorted(types)
                formats = {alt.get("format") for alt in resolved}
                if len(formats) == 1 and None not in formats:
                    folded["format"] = formats.pop()
                known = [v for alt in resolved for v in alt.get("enum", [])]
                if known:
                    folded["enum"] = list(dict.fromkeys(known))
                folded["x-open-enum"] = any("enum" not in alt for alt in resolved)
                node = folded
        return node

    def _type(self, b: dict[str, Any], h: dict[str, Any], d: str, loc: str, where: set[str]) -> None:
        bt, ht = _types(b), _types(h)
        if bt == ht:
            return
        label_b = "any" if bt is None else "|".join(sorted(bt))
        label_h = "any" if ht is None else "|".join(sorted(ht))
        if bt is None or ht is None:
            narrower = bt is None
        elif _admits(ht, bt):
            narrower = False
        elif _admits(bt, ht):
            narrower = True
        else:
            self.add(BREAKING, loc, "type-changed", f"{loc}: type {label_b} -> {label_h}", d, where)
            return
        code = "type-narrowed" if narrower else "type-widened"
        self.add(_vary(d, narrower=narrower), loc, code, f"{loc}: type {label_b} -> {label_h}", d, where)

    def _enum(self, b: dict[str, Any], h: dict[str, Any], d: str, loc: str, where: set[str]) -> None:
        def values(s: dict[str, Any]) -> list[Any] | None:
            if "const" in s:
                return [s["const"]]
            return list(s["enum"]) if isinstance(s.get("enum"), list) else None

        bv, hv = values(b), values(h)
        b_open, h_open = bool(b.get("x-open-enum")), bool(h.get("x-open-enum"))
        if bv is None and hv is None:
            return
        if bv is None:
            self.add(_vary(d, narrower=True), loc, "enum-added", f"{loc}: restricted to the values {hv}", d, where)
            return
        if hv is None:
            kind = COMPATIBLE if d == REQUEST or b_open else BREAKING
            self.add(kind, loc, "enum-removed", f"{loc}: no longer restricted to {bv}", d, where)
            return
        for value in bv:
            if value not in hv:
                self.add(BREAKING, f"{loc}={value}", "enum-value-removed", f"enum value {value!r} removed", d, where)
        for value in hv:
            if value not in bv:
                if d == REQUEST:
                    kind, why = COMPATIBLE, ""
                elif h_open:
                    kind, why = COMPATIBLE, " (open enum: unknown values parse as plain strings)"
                else:
                    kind, why = BREAKING, " (closed response enum: an old client rejects it)"
                self.add(kind, f"{loc}={value}", "enum-value-added", f"enum value {value!r} added{why}", d, where)
        if b_open != h_open:
            if h_open:
                self.add(COMPATIBLE, loc, "enum-opened", f"{loc}: enum opened (any other string accepted)", d, where)
            else:
                self.add(_vary(d, narrower=True), loc, "enum-closed", f"{loc}: enum closed (only its values)", d, where)

    def _constraints(self, b: dict[str, Any], h: dict[str, Any], d: str, loc: str, where: set[str]) -> None:
        def report(what: str, old: Any, new: Any, narrower: bool) -> None:
            code = "constraint-narrowed" if narrower else "constraint-widened"
            self.add(_vary(d, narrower=narrower), loc, code, f"{loc}: {what} {old} -> {new}", d, where)

        def show(bound: tuple[float, bool] | None, symbol: str) -> str:
            if bound is None:
                return "none"
            value = int(bound[0]) if bound[0].is_integer() else bound[0]
            return f"{symbol}{'' if bound[1] else '='} {value}"

        lo_b, lo_h = _bound(b, "minimum", "exclusiveMinimum"), _bound(h, "minimum", "exclusiveMinimum")
        if lo_b != lo_h:
            # A lower bound narrows when it rises; at the same value, becoming exclusive narrows.
            narrower = lo_b is None or (lo_h is not None and (lo_h[0], lo_h[1]) > (lo_b[0], lo_b[1]))
            report("minimum", show(lo_b, ">"), show(lo_h, ">"), narrower)
        hi_b, hi_h = _bound(b, "maximum", "exclusiveMaximum"), _bound(h, "maximum", "exclusiveMaximum")
        if hi_b != hi_h:
            narrower = hi_b is None or (hi_h is not None and (hi_h[0], not hi_h[1]) < (hi_b[0], not hi_b[1]))
            report("maximum", show(hi_b, "<"), show(hi_h, "<"), narrower)
        for key, what in _LOWER_BOUNDS:
            if b.get(key) != h.get(key):
                report(what, b.get(key, "none"), h.get(key, "none"), h.get(key, 0) > b.get(key, 0))
        for key, what in _UPPER_BOUNDS:
            if b.get(key) != h.get(key):
                inf = float("inf")
                report(what, b.get(key, "none"), h.get(key, "none"), h.get(key, inf) < b.get(key, inf))
        if b.get("pattern") != h.get("pattern"):
            report("pattern", b.get("pattern", "none"), h.get("pattern", "none"), "pattern" in h)
        if bool(b.get("uniqueItems")) != bool(h.get("uniqueItems")):
            report("uniqueItems", bool(b.get("uniqueItems")), bool(h.get("uniqueItems")), bool(h.get("uniqueItems")))
        if b.get("multipleOf") != h.get("multipleOf"):
            old, new = b.get("multipleOf"), h.get("multipleOf")
            widened = new is None or (old is not None and (old / new).is_integer())
            report("multipleOf", old or "none", new or "none", not widened)

    def _object(self, b: dict[str, Any], h: dict[str, Any], d: str, loc: str, where: set[str]) -> None:
        b_props, h_props = b.get("properties") or {}, h.get("properties") or {}
        b_req, h_req = set(b.get("required") or []), set(h.get("required") or [])
        for name in b_props:
            if name not in h_props:
                self.add(BREAKING, f"{loc}.{name}", "property-removed", f"{loc}.{name}: {d} property removed", d, where)
        for name in h_props:
            if name in b_props:
                continue
            pid = f"{loc}.{name}"
            if d == RESPONSE:
                self.add(COMPATIBLE, pid, "response-property-added", f"{pid}: response property added", d, where)
            elif name in h_req:
                self.add(
                    BREAKING,
                    pid,
                    "required-request-property-added",
                    f"{pid}: required request property added",
                    d,
                    where,
                )
            else:
                self.add(COMPATIBLE, pid, "request-property-added", f"{pid}: optional request property added", d, where)
        for name in b_props.keys() & h_props.keys():
            pid = f"{loc}.{name}"
            if (name in b_req) != (name in h_req):
                became = name in h_req
                code = "property-became-required" if became else "property-became-optional"
                # Required is narrower for a request (the client must now send it), wider for a response reader.
                self.add(
                    _vary(d, narrower=became),
                    pid,
                    code,
                    f"{pid}: became {'required' if became else 'optional'}",
                    d,
                    where,
                )
            self._schema(b_props[name], h_props[name], d, pid, where)
        declared = b_props.keys() | h_props.keys()
        for name in sorted((b_req ^ h_req) - declared):
            # Required names without a declared property (rare): adding one narrows a request.
            became = name in h_req
            self.add(
                _vary(d, narrower=became),
                f"{loc}.{name}",
                "required-changed",
                f"{loc}.{name}: required {became}",
                d,
                where,
            )

        b_add, h_add = b.get("additionalProperties", True), h.get("additionalProperties", True)
        if isinstance(b_add, dict) and isinstance(h_add, dict):
            self._schema(b_add, h_add, d, f"{loc}.*", where)
        elif b_add != h_add:
            width = {False: 0, True: 2}
            wb = width.get(b_add, 1) if not isinstance(b_add, dict) else 1
            wh = width.get(h_add, 1) if not isinstance(h_add, dict) else 1
            narrower = wh < wb
            kind = _vary(d, narrower=narrower)
            if d == RESPONSE and (wb == 0 or wh == 0):
                kind = COMPATIBLE  # unknown fields are kept by the models either way
            self.add(
                kind, f"{loc}.*", "additional-properties-changed", f"{loc}: additionalProperties changed", d, where
            )

    def _composite(self, b: dict[str, Any], h: dict[str, Any], d: str, loc: str, where: set[str]) -> None:
        for keyword in ("anyOf", "oneOf"):
            b_alts, h_alts = b.get(keyword), h.get(keyword)
            if b_alts is None and h_alts is None:
                continue
            if not isinstance(b_alts, list) or not isinstance(h_alts, list) or len(b_alts) != len(h_alts):
                self.add(BREAKING, loc, "alternatives-changed", f"{loc}: {keyword} alternatives changed", d, where)
                continue
            for i, (ba, ha) in enumerate(zip(b_alts, h_alts, strict=True)):
                self._schema(ba, ha, d, f"{loc}<{keyword}[{i}]>", where)


def _contract(node: Any) -> Any:
    """A node without its documentation keys, for equality checks."""
    if isinstance(node, dict):
        return {k: _contract(v) for k, v in node.items() if k not in _IGNORED and not str(k).startswith("x-")}
    if isinstance(node, list):
        return [_contract(v) for v in node]
    return node


# --------------------------------------------------------------------------------------------------
# Git, loading, output
# --------------------------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def release_tags(repo: Path = REPO_ROOT) -> list[tuple[tuple[int, int, int], str]]:
    """The release tags ``vX.Y.Z`` reachable from HEAD, oldest first."""
    tags = []
    for line in _git(repo, "tag", "--list", "v*", "--merged", "HEAD").split():
        match = RELEASE_TAG.match(line)
        if match:
            tags.append(((int(match[1]), int(match[2]), int(match[3])), line))
    return sorted(tags)


def default_base(repo: Path = REPO_ROOT) -> str:
    """The latest release tag, or HEAD when nothing was released yet."""
    tags = release_tags(repo)
    return tags[-1][1] if tags else "HEAD"


def load_spec_at(ref: str, repo: Path = REPO_ROOT) -> dict[str, Any]:
    """``openapi.yaml`` as committed at a git ref."""
    return _parse(_git(repo, "show", f"{ref}:{SPEC_FILE}"), f"{ref}:{SPEC_FILE}")


def load_spec_file(path: Path) -> dict[str, Any]:
    return _parse(path.read_text(encoding="utf-8"), str(path))


def _parse(text: str, origin: str) -> dict[str, Any]:
    data = yaml.load(text, Loader=SAFE_LOADER)
    if not isinstance(data, dict) or "paths" not in data:
        raise ValueError(f"{origin} is not an OpenAPI document")
    return data


def render(diff: Diff, base_label: str, head_label: str) -> str:
    lines = [
        f"spec-diff: {base_label} (info.version {diff.base_version})"
        f" -> {head_label} (info.version {diff.head_version})",
        f"verdict: {diff.verdict.upper()} ({len(diff.breaking)} breaking, {len(diff.compatible)} compatible)",
    ]
    for title, group in (("breaking", diff.breaking), ("compatible", diff.compatible)):
        if group:
            lines.append(f"\n{title}:")
            for change in group:
                via = f"  [{change.direction}: {', '.join(change.where)}]" if change.where else ""
                lines.append(f"  - {change.id}: {change.message} ({change.code}){via}")
    if not diff.changes:
        lines.append("no contract changes")
    return "\n".join(lines)


def _iter_json(diff: Diff, base_label: str) -> Iterator[tuple[str, Any]]:
    yield "base", base_label
    yield "base_version", diff.base_version
    yield "head_version", diff.head_version
    yield "verdict", diff.verdict
    yield "changes", [c.as_dict() for c in diff.changes]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--base", help="git ref holding the old openapi.yaml (default: last release tag, else HEAD)")
    source.add_argument("--base-file", type=Path, help="the old document as a file instead of a git ref")
    parser.add_argument("--head-file", type=Path, default=REPO_ROOT / SPEC_FILE, help="the new document")
    parser.add_argument("--json", action="store_true", help='print {"verdict": ..., "changes": [...]}')
    args = parser.parse_args(argv)
    try:
        if args.base_file is not None:
            base_label, base = str(args.base_file), load_spec_file(args.base_file)
        else:
            ref = args.base or default_base()
            base_label, base = f"{ref}:{SPEC_FILE}", load_spec_at(ref)
        head = load_spec_file(args.head_file)
        diff = diff_specs(base, head)
    except (RuntimeError, ValueError, OSError, yaml.YAMLError) as exc:
        sys.stderr.write(f"spec-diff: {exc}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(dict(_iter_json(diff, base_label)), indent=2) + "\n")
    else:
        sys.stdout.write(render(diff, base_label, str(args.head_file)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
