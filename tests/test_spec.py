"""openapi.yaml: it validates, its examples validate, its conventions hold, and it is faithful to the facts.

The facts are in ``tests/spec_facts.py`` (transcribed from shared/reference/API-FACTS-TABLES.md). The
conventions are the ones stated at the top of openapi.yaml: the bodies and responses of the nine operations of
the facts have named examples (tools/spec_examples.py, run by `make lint`; a new operation needs none), every
operation documents the Talon.One error responses, no ``default:`` on request-body fields, strict enums
in requests and open enums (``anyOf: [<enum>, {type: string}]``) in responses.
"""

from __future__ import annotations

import copy
import datetime
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import spec_examples
from openapi_spec_validator import validate
from spec_facts import (
    DEVIATIONS,
    EMPTY_BODY_SCHEMA,
    ERROR_SCHEMAS,
    ERROR_STATUSES,
    INLINE_RESPONSE_NAMES,
    OPERATIONS,
    OPTIONAL_EMPTY_BODY_OPERATIONS,
    REQUEST_SCHEMAS,
    SCHEMAS,
    SECURITY_SCHEMES,
    SPEC_ONLY_SCHEMAS,
    FieldFact,
    NamedExample,
    OperationFact,
    at_pointer,
    iter_media_types,
    iter_named_examples,
    iter_operations,
    load_spec,
    parse_constraints,
    parse_inline_response,
    parse_path_params,
    parse_request_body,
    parse_type,
    ref_name,
    resolve,
    validator_for,
)

REPO_ROOT = Path(__file__).resolve().parents[1]

SCHEMA_PREFIX = "#/components/schemas/"
NAMED_EXAMPLES = list(iter_named_examples(load_spec()))
OPERATION_IDS = [fact.operation_id for fact in OPERATIONS]
ALL_FIELD_FACTS = {**SCHEMAS, **ERROR_SCHEMAS}


def _operations_by_id(spec: Mapping[str, Any]) -> dict[str, Any]:
    return {operation.operation_id: operation for operation in iter_operations(spec)}


def _schema(spec: Mapping[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


# =====================================================================================================
# The document and its examples
# =====================================================================================================


def test_spec_validates(spec: dict[str, Any]) -> None:
    validate(spec)


def test_spec_is_openapi_303(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.0.3"


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}/{index}")


def test_yaml_has_no_implicit_timestamps(spec: dict[str, Any]) -> None:
    """YAML 1.1 loads an unquoted ``2026-11-25T10:00:00Z`` as a datetime: every date in the spec must be quoted."""
    unquoted = [path for path, node in _walk(spec) if isinstance(node, datetime.date)]
    assert unquoted == []


def test_date_time_format_is_checked(spec: dict[str, Any]) -> None:
    """The example validator really checks ``format: date-time`` (rfc3339-validator is installed)."""
    validator = validator_for(spec, f"{SCHEMA_PREFIX}LedgerEntry/properties/created")
    validator.validate("2026-11-25T10:00:00Z")
    assert [error.message for error in validator.iter_errors("2026-11-25 10:00")] == [
        "'2026-11-25 10:00' is not a 'date-time'"
    ]


@pytest.mark.parametrize("example", NAMED_EXAMPLES, ids=[e.where for e in NAMED_EXAMPLES])
def test_named_example_validates(spec: dict[str, Any], example: NamedExample) -> None:
    errors = sorted(validator_for(spec, example.schema_pointer).iter_errors(example.value), key=str)
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors]
    assert problems == [], f"{example.where} ({example.pointer}) does not match its schema"


def test_every_component_example_is_used(spec: dict[str, Any]) -> None:
    """An example that no media type references is never validated (and never served by Prism)."""
    used = {example.pointer for example in NAMED_EXAMPLES}
    defined = {f"#/components/examples/{name}" for name in spec["components"].get("examples", {})}
    assert defined - used == set()


# The example rules live in tools/spec_examples.py, which `make lint` runs (seconds, not a test run later).


def test_the_example_rules_hold_for_the_spec(spec: dict[str, Any]) -> None:
    assert spec_examples.problems(spec) == []


def test_the_example_rules_know_the_nine_operations_of_the_facts() -> None:
    assert set(spec_examples.FACT_OPERATIONS) == set(OPERATION_IDS)


def test_a_new_operation_needs_no_example(spec: dict[str, Any]) -> None:
    """README "Changing the spec": a new operation needs no example. It did: a 4-minute `make test` said so."""
    changed = copy.deepcopy(spec)
    get = copy.deepcopy(changed["paths"]["/v1/coupon_reservations/coupons/{integrationId}"]["get"])
    get["operationId"] = "getCustomerInventory"
    for response in get["responses"].values():
        for media in response.get("content", {}).values():
            media.pop("examples", None)
    changed["paths"]["/v1/customer_profiles/{integrationId}/inventory"] = {"get": get}
    assert any(not media.get("examples") for _, _, _, media in spec_examples.media_types(changed))
    assert spec_examples.problems(changed) == []


def test_the_example_rules_catch_a_missing_invalid_or_unused_example(spec: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec)
    track = changed["paths"]["/v1/events"]["post"]
    track["requestBody"]["content"]["application/json"].pop("examples")
    changed["components"]["examples"]["Unused"] = {"value": {}}
    referral = changed["paths"]["/v1/referrals"]["post"]["requestBody"]["content"]["application/json"]
    first = next(iter(referral["examples"].values()))
    first.pop("$ref", None)
    first["value"] = {"campaignId": "seven"}
    found = spec_examples.problems(changed)
    assert "trackEvent request application/json: no named example (the test suites answer trackEvent with its " \
        "examples)" in found  # fmt: skip
    assert "components/examples/Unused: used by no request body or response (never validated)" in found
    assert any(p.startswith("createReferral request application/json example ") and "'seven'" in p for p in found)


def test_make_lint_runs_the_example_rules() -> None:
    dry_run = subprocess.run(["make", "-n", "lint"], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert "tools/spec_examples.py openapi.yaml" in dry_run.stdout


def test_no_media_type_without_schema(spec: dict[str, Any]) -> None:
    missing = [media.where for media in iter_media_types(spec) if "schema" not in media.media]
    assert missing == []


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_success_and_error_responses_have_bodies(spec: dict[str, Any], operation_id: str) -> None:
    """Every response except a 204 has an application/json body (with named examples, checked above)."""
    operation = _operations_by_id(spec)[operation_id]
    for status, response in operation.op["responses"].items():
        _, resolved = resolve(spec, "", response)
        content = resolved.get("content", {})
        if status == "204":
            assert content == {}, f"{operation_id} 204 must have no body"
        else:
            assert list(content) == ["application/json"], f"{operation_id} {status}"


# =====================================================================================================
# Conventions on every operation
# =====================================================================================================


def test_the_nine_operations_are_all_there(spec: dict[str, Any]) -> None:
    """A floor: the nine of the facts, each once; the service may add operations (the spec then lists them)."""
    ids = [operation.operation_id for operation in iter_operations(spec)]
    assert set(OPERATION_IDS) <= set(ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_error_responses_declared(spec: dict[str, Any], operation_id: str) -> None:
    responses = _operations_by_id(spec)[operation_id].op["responses"]
    for status in ERROR_STATUSES:
        assert status in responses, f"{operation_id} does not declare {status}"
        _, resolved = resolve(spec, "", responses[status])
        schema = resolved["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"{SCHEMA_PREFIX}ErrorResponse"}, f"{operation_id} {status}"


def test_security_schemes(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert set(schemes) >= set(SECURITY_SCHEMES)  # a floor: the service may offer another scheme later
    for name, expected in SECURITY_SCHEMES.items():
        assert {key: schemes[name][key] for key in expected} == expected, name


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_accepts_either_security_scheme(spec: dict[str, Any], operation_id: str) -> None:
    security = _operations_by_id(spec)[operation_id].op.get("security", spec.get("security"))
    # The two alternatives (OR) of the facts, each a single scheme without scopes; the spec may add others.
    assert {"api_key_v1": []} in security
    assert {"integration_auth": []} in security


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_tagged_integration(spec: dict[str, Any], operation_id: str) -> None:
    assert _operations_by_id(spec)[operation_id].op["tags"] == ["integration"]
    assert "integration" in {tag["name"] for tag in spec["tags"]}


def _reachable_schemas(spec: Mapping[str, Any], node: Any, seen: set[str]) -> Iterator[tuple[str, Any]]:
    """Every schema node under ``node``, following ``$ref``s once; yields (where, node)."""
    for path, sub in _walk(node):
        yield path, sub
        if isinstance(sub, Mapping) and isinstance(sub.get("$ref"), str) and sub["$ref"] not in seen:
            seen.add(sub["$ref"])
            yield from _reachable_schemas(spec, at_pointer(spec, sub["$ref"]), seen)


def _request_body_schemas(spec: Mapping[str, Any]) -> tuple[list[tuple[str, Any]], set[str]]:
    """Every schema node reachable from a request body (where, node), and the ``$ref``s followed."""
    seen: set[str] = set()
    nodes: list[tuple[str, Any]] = []
    for media in iter_media_types(spec):
        if media.status is None:
            nodes.extend(
                (f"{media.where}{path}", node) for path, node in _reachable_schemas(spec, media.media["schema"], seen)
            )
    return nodes, seen


def test_request_body_schemas_are_the_expected_ones(spec: dict[str, Any]) -> None:
    _, refs = _request_body_schemas(spec)
    object_schemas = {ref_name(ref) for ref in refs if at_pointer(spec, ref).get("type") == "object"}
    assert object_schemas >= REQUEST_SCHEMAS  # the facts' request schemas; later ones may add parts (CartItem.product)


def test_no_default_in_request_body_schemas(spec: dict[str, Any]) -> None:
    """A ``default`` on a request field makes the generated client send it on every call."""
    defaults = [
        where
        for where, node in _request_body_schemas(spec)[0]
        if isinstance(node, Mapping) and "default" in node and not where.endswith("/properties")
    ]
    assert defaults == []
    # And directly on the named schemas, in case one is ever used through a path the walk above misses.
    for name in REQUEST_SCHEMAS:
        for path, node in _reachable_schemas(spec, _schema(spec, name), set()):
            assert not (isinstance(node, Mapping) and "default" in node and not path.endswith("/properties")), (
                f"{name}{path} has a default"
            )


# =====================================================================================================
# Fidelity to the facts: operations
# =====================================================================================================


@pytest.mark.parametrize("fact", OPERATIONS, ids=OPERATION_IDS)
def test_operation_fidelity(spec: dict[str, Any], fact: OperationFact) -> None:
    operation = _operations_by_id(spec)[fact.operation_id]
    assert operation.method == fact.method.lower()
    assert operation.path == fact.path

    # Path parameters: required strings of the facts' type, one per template variable. The facts are a floor: the
    # spec may state constraints on them later (a maxLength the service documents; the client checks them) and add
    # optional query parameters; a new required parameter would break every caller.
    expected_params = parse_path_params(fact.path_params)
    params = [
        resolve(spec, "", param)[1]
        for param in [*spec["paths"][fact.path].get("parameters", []), *operation.op.get("parameters", [])]
    ]
    assert {param["name"] for param in params if param["in"] == "path"} == set(expected_params)
    for param in params:
        if param["in"] != "path":
            assert param["in"] == "query" and not param.get("required"), f"{fact.operation_id}: {param['name']}"
            continue
        assert param["required"] is True
        kind, _constraints = _describe(spec, param["schema"], param["name"], strict_enum=True)
        assert kind == parse_type(expected_params[param["name"]]), param["name"]
    assert sorted(part[1:-1] for part in fact.path.split("/") if part.startswith("{")) == sorted(expected_params)

    # Request body.
    body = parse_request_body(fact.request_body)
    if body is None and fact.operation_id in OPTIONAL_EMPTY_BODY_OPERATIONS:
        _, request_body = resolve(spec, "", operation.op["requestBody"])
        assert request_body.get("required", False) is False
        assert request_body["content"]["application/json"]["schema"] == {"$ref": f"{SCHEMA_PREFIX}{EMPTY_BODY_SCHEMA}"}
        empty = _schema(spec, EMPTY_BODY_SCHEMA)
        assert empty["maxProperties"] == 0
        assert empty["additionalProperties"] is False
    elif body is None:
        assert "requestBody" not in operation.op
    else:
        name, required = body
        _, request_body = resolve(spec, "", operation.op["requestBody"])
        assert request_body.get("required", False) is required
        assert list(request_body["content"]) == ["application/json"]
        assert request_body["content"]["application/json"]["schema"] == {"$ref": f"{SCHEMA_PREFIX}{name}"}

    # Exactly one success status, with the documented body.
    responses = operation.op["responses"]
    assert [status for status in responses if status.startswith("2")] == [str(fact.success)]
    _, success = resolve(spec, "", responses[str(fact.success)])
    if fact.response == "none":
        assert "content" not in success
        return
    schema = success["content"]["application/json"]["schema"]
    if fact.response.startswith("{"):
        name = INLINE_RESPONSE_NAMES[fact.operation_id]
        assert schema == {"$ref": f"{SCHEMA_PREFIX}{name}"}
        _assert_schema_matches(spec, name, parse_inline_response(fact.response))
    else:
        assert schema == {"$ref": f"{SCHEMA_PREFIX}{fact.response}"}


def test_reserved_lists_are_named_with_both_fields_required(spec: dict[str, Any]) -> None:
    for name, item in (("ReservedCustomers", "CustomerProfile"), ("ReservedCoupons", "Coupon")):
        schema = _schema(spec, name)
        assert {"data", "totalResultSize"} <= set(schema["required"])  # a floor: the service may add fields
        assert schema["properties"]["totalResultSize"]["type"] == "integer"
        assert schema["properties"]["data"]["type"] == "array"
        assert schema["properties"]["data"]["items"] == {"$ref": f"{SCHEMA_PREFIX}{item}"}


# =====================================================================================================
# Fidelity to the facts: schemas
# =====================================================================================================

CONSTRAINT_KEYS = frozenset(
    {
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "enum",
        "default",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "nullable",
        "readOnly",
        "writeOnly",
    }
)
STRUCTURE_KEYS = frozenset({"type", "format", "items", "additionalProperties", "$ref", "anyOf"})
DOC_KEYS = frozenset({"description", "example"})


def _enum_component(spec: Mapping[str, Any], ref: str) -> dict[str, Any] | None:
    target = at_pointer(spec, ref)
    if isinstance(target, dict) and "enum" in target:
        assert target.get("type") == "string", f"{ref}: enums are strings"
        assert set(target) <= {"type", "enum", "description", "default"}, f"{ref}: unexpected keys"
        return target
    return None


def _enum_constraints(component: Mapping[str, Any]) -> dict[str, Any]:
    return {key: component[key] for key in CONSTRAINT_KEYS & component.keys()}


def _describe(spec: Mapping[str, Any], node: Mapping[str, Any], where: str, *, strict_enum: bool) -> tuple[Any, ...]:
    """A property's (type, constraints) in the facts' terms; enums must have the request or response form."""
    unknown = set(node) - CONSTRAINT_KEYS - STRUCTURE_KEYS - DOC_KEYS
    assert not unknown, f"{where}: unexpected keywords {sorted(unknown)}"
    constraints = {key: node[key] for key in CONSTRAINT_KEYS & node.keys()}

    if "$ref" in node:
        assert set(node) <= {"$ref", "description"}, f"{where}: OAS 3.0 ignores the siblings of $ref"
        enum = _enum_component(spec, node["$ref"])
        if enum is None:
            return ("ref", ref_name(node["$ref"])), {}
        assert strict_enum, f"{where}: a response enum must be open: anyOf: [$ref, {{type: string}}]"
        return ("string", None), _enum_constraints(enum)

    if "anyOf" in node:
        assert set(node) <= {"anyOf", "description"}, f"{where}: unexpected keywords beside anyOf"
        branches = node["anyOf"]
        assert len(branches) == 2 and set(branches[0]) == {"$ref"} and branches[1] == {"type": "string"}, (
            f"{where}: the only anyOf allowed is the open enum anyOf: [$ref: <enum>, {{type: string}}]"
        )
        enum = _enum_component(spec, branches[0]["$ref"])
        assert enum is not None, f"{where}: anyOf must reference an enum component"
        assert not strict_enum, f"{where}: a request enum must be strict (a plain $ref to the enum)"
        return ("string", None), _enum_constraints(enum)

    kind = node.get("type")
    if kind == "string":
        return ("string", node.get("format")), constraints
    if kind in {"integer", "number", "boolean"}:
        assert "format" not in node, f"{where}: the facts give no format for {kind}"
        return (kind,), constraints
    if kind == "array":
        assert "items" in node, f"{where}: every array needs items"
        inner, inner_constraints = _describe(spec, node["items"], f"{where}.items", strict_enum=strict_enum)
        # The facts state no constraints on items; a request may add some (what the client checks before
        # sending, e.g. non-empty IDs), a response may not (it would only narrow what we accept).
        assert strict_enum or inner_constraints == {}, f"{where}.items: the facts have no constraints on items"
        return ("array", inner), constraints
    if kind == "object":
        assert "properties" not in node, f"{where}: inline objects with properties are not used"
        extra = node.get("additionalProperties")
        if extra is True:
            return ("object",), constraints
        assert isinstance(extra, Mapping) and extra, (
            f"{where}: a free-form object is `additionalProperties: true`, a map has a value schema"
        )
        inner, inner_constraints = _describe(spec, extra, f"{where}.values", strict_enum=strict_enum)
        assert inner_constraints == {}, f"{where}.values: the facts have no constraints on map values"
        return ("map", inner), constraints
    raise AssertionError(f"{where}: cannot describe {dict(node)!r}")


def _normalise_constraints(constraints: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(constraints)
    if "enum" in out:
        values = list(out["enum"])
        assert len(set(values)) == len(values), f"duplicate enum values: {values}"
        out["enum"] = sorted(values)
    return out


EFFECTS_ITEM = {"type": "array", "minItems": 4, "maxItems": 4, "items": {}}


def _assert_effects_are_4_tuples(node: Mapping[str, Any]) -> None:
    assert node["type"] == "array"
    item = {key: value for key, value in node["items"].items() if key != "description"}
    assert item == EFFECTS_ITEM, "Event.effects items must be [campaignId, rulesetId, ruleIndex, [name, args...]]"


def _assert_schema_matches(spec: Mapping[str, Any], name: str, facts: tuple[FieldFact, ...]) -> None:
    schema = _schema(spec, name)
    """The facts are a floor: every fact field is there with its type, required flag and constraints. The spec may
    add fields (the service keeps adding them) and, on requests, constraints the client checks before sending."""
    assert schema.get("type") == "object", f"{name}: type: object"
    keywords = {key for key in schema if not key.startswith("x-")}  # x- extensions steer the generator only
    assert keywords <= {"type", "description", "required", "properties"}, (
        f"{name}: unexpected schema keywords {sorted(keywords - {'type', 'description', 'required', 'properties'})}"
    )
    properties: dict[str, Any] = schema.get("properties", {})
    required: list[str] = schema.get("required", [])

    missing = sorted({fact.name for fact in facts} - set(properties))
    assert not missing, f"{name}: fields of the facts are gone from the spec: {missing}"
    assert len(set(required)) == len(required), f"{name}: duplicate required entries"
    facts_by_name = {fact.name: fact for fact in facts}
    flags = {field: field in required for field in facts_by_name}
    assert flags == {field: fact.required for field, fact in facts_by_name.items()}, f"{name}: required flags changed"
    assert set(required) <= set(properties), f"{name}: a required field is not a property"

    strict_enum = name in REQUEST_SCHEMAS
    for fact in facts:
        where = f"{name}.{fact.name}"
        node = properties[fact.name]
        expected_constraints = parse_constraints(fact.constraints)
        deviation = DEVIATIONS.get((name, fact.name))

        if deviation == "array-of-4-tuples":
            assert parse_type(fact.type) == ("array", ("object",))
            _assert_effects_are_4_tuples(node)
            continue

        kind, constraints = _describe(spec, node, where, strict_enum=strict_enum)
        if deviation == "no-default":
            assert "default" not in constraints, f"{where}: no default on a request field (it would be sent)"
            expected_constraints.pop("default")
        elif deviation == "default-optional" and "default" not in constraints:
            expected_constraints.pop("default")

        assert kind == parse_type(fact.type), f"{where}: type"
        ours, theirs = _normalise_constraints(constraints), _normalise_constraints(expected_constraints)
        # Constraints the service states later (a maxLength, new enum values) may be added; those of the facts stay.
        assert {key: ours.get(key) for key in theirs if key != "enum"} == {
            key: value for key, value in theirs.items() if key != "enum"
        }, f"{where}: constraints of the facts changed"
        assert set(theirs.get("enum", [])) <= set(ours.get("enum", [])), f"{where}: enum values of the facts are gone"


@pytest.mark.parametrize("name", sorted(ALL_FIELD_FACTS))
def test_schema_fidelity(spec: dict[str, Any], name: str) -> None:
    _assert_schema_matches(spec, name, ALL_FIELD_FACTS[name])


def test_component_schemas_include_every_known_one(spec: dict[str, Any]) -> None:
    assert set(spec["components"]["schemas"]) >= set(ALL_FIELD_FACTS) | SPEC_ONLY_SCHEMAS


def test_facts_cover_twenty_schemas_and_nine_operations() -> None:
    """Guards the transcription itself: API-FACTS-TABLES.md has 20 schema tables and 9 operation rows."""
    assert len(SCHEMAS) == 20
    assert len(OPERATIONS) == 9
    assert len(set(OPERATION_IDS)) == 9


# --- the deliberate deviations, spelled out ----------------------------------------------------------


def test_session_state_has_no_default_on_the_request(spec: dict[str, Any]) -> None:
    state = _schema(spec, "NewCustomerSession")["properties"]["state"]
    assert state == {"$ref": f"{SCHEMA_PREFIX}CustomerSessionState"}
    assert "default" not in _schema(spec, "CustomerSessionState")


def test_enums_are_strict_in_requests_and_open_in_responses(spec: dict[str, Any]) -> None:
    open_state = {"anyOf": [{"$ref": f"{SCHEMA_PREFIX}CustomerSessionState"}, {"type": "string"}]}
    open_reason = {"anyOf": [{"$ref": f"{SCHEMA_PREFIX}CouponRejectionReasonCode"}, {"type": "string"}]}
    session_state = dict(_schema(spec, "CustomerSession")["properties"]["state"])
    reason = dict(_schema(spec, "CouponRejectionReason")["properties"]["reason"])
    session_state.pop("description", None)
    reason.pop("description", None)
    assert session_state == open_state
    assert reason == open_reason
    # An unknown value validates in a response; in a request it does not.
    assert validator_for(spec, f"{SCHEMA_PREFIX}CustomerSession/properties/state").is_valid("archived")
    assert validator_for(spec, f"{SCHEMA_PREFIX}CouponRejectionReason/properties/reason").is_valid("SomethingNew")
    assert not validator_for(spec, f"{SCHEMA_PREFIX}NewCustomerSession/properties/state").is_valid("archived")


def test_event_effects_are_4_tuples(spec: dict[str, Any]) -> None:
    _assert_effects_are_4_tuples(_schema(spec, "Event")["properties"]["effects"])
    validator = validator_for(spec, f"{SCHEMA_PREFIX}Event/properties/effects")
    assert validator.is_valid([[59, 124, 0, ["setDiscount", "10% off", 4.99]], [-1, 0, 0, ["rejectCoupon", "NOPE"]]])
    for bad in ([{"name": "setDiscount"}], [[59, 124, 0]], [[59, 124, 0, ["x"], "extra"]]):
        assert not validator.is_valid(bad), bad


def test_the_fidelity_checks_are_floors(spec: dict[str, Any]) -> None:
    """Regression (issue 17): what the service documents later (a maxLength on a path parameter, an optional query
    parameter, another security scheme, a field of a list result) must not fail the checks of the facts."""
    changed = copy.deepcopy(spec)
    changed["components"]["parameters"]["CouponValue"]["schema"]["maxLength"] = 108
    get = changed["paths"]["/v1/coupon_reservations/coupons/{integrationId}"]["get"]
    get["parameters"].append({"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1}})
    changed["components"]["securitySchemes"]["bearer"] = {"type": "http", "scheme": "bearer"}
    get["security"] = [*changed["security"], {"bearer": []}]
    reserved = changed["components"]["schemas"]["ReservedCoupons"]
    reserved["properties"]["hasMore"] = {"type": "boolean", "description": "More pages follow."}
    reserved["required"].append("hasMore")
    for fact in OPERATIONS:
        test_operation_fidelity(changed, fact)
    test_security_schemes(changed)
    test_operation_accepts_either_security_scheme(changed, "getReservedCoupons")
    test_reserved_lists_are_named_with_both_fields_required(changed)
