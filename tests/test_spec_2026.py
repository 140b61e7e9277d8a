"""openapi.yaml has every operation of today's Integration API, as Talon.One's Python SDK 9.0.0 has it.

The facts are ``tests/spec_facts_2026.py`` (from docs/reference/API-FACTS-2026.md). Like the 2019 facts they are a
floor: each of the 31 operations is in the spec with the SDK's operationId, method, path, path parameters (names,
order, types), query parameters (names, types, how arrays are sent, bounds), request and response schemas and
success status. The four v1 operations the SDK dropped are kept and marked deprecated, naming their successor.
The generated client has a method per operation, and the sandbox answers the ones it has no rule for with 501.
"""

from __future__ import annotations

from typing import Any

import pytest
from _sdk_calls import call_args, operation
from spec_facts import iter_operations, ref_name, resolve
from spec_facts_2026 import DEPRECATED_V1, SDK_OPERATIONS, OperationFact2026, QueryFact

from talon_integration import AsyncIntegrationClient, IntegrationClient, errors
from talon_integration.testing import Sandbox
from talon_integration.testing._rulebook import RULES
from talon_integration_generated.api import BY_OPERATION_ID

IDS = [fact.operation_id for fact in SDK_OPERATIONS]
QUERY_TYPES = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "string (date-time)": {"type": "string", "format": "date-time"},
}


def _operations(spec: dict[str, Any]) -> dict[str, Any]:
    return {op.operation_id: op for op in iter_operations(spec)}


def _parameters(spec: dict[str, Any], op: Any) -> list[dict[str, Any]]:
    return [resolve(spec, "", p)[1] for p in op.op.get("parameters", [])]


def _success(fact: OperationFact2026, op: Any) -> dict[str, Any]:
    response: dict[str, Any] = op.op["responses"][str(fact.success)]
    return response


def test_facts_have_the_31_operations_of_the_sdk() -> None:
    assert len(SDK_OPERATIONS) == 31
    assert len(set(IDS)) == 31
    assert sum(fact.paged for fact in SDK_OPERATIONS) == 6


@pytest.mark.parametrize("fact", SDK_OPERATIONS, ids=IDS)
def test_sdk_operation_is_in_the_spec(spec: dict[str, Any], fact: OperationFact2026) -> None:
    op = _operations(spec).get(fact.operation_id)
    assert op is not None, f"{fact.operation_id} ({fact.method} {fact.path}) is not in openapi.yaml"
    assert (op.method, op.path) == (fact.method.lower(), fact.path)
    assert op.op["tags"] == ["integration"]
    assert not op.op.get("deprecated", False)
    params = _parameters(spec, op)
    # Path parameters: the SDK's names, in path order, with its types.
    path = [(p["name"], p["schema"]["type"]) for p in params if p["in"] == "path"]
    assert path == list(fact.path_params)
    assert all(p["required"] for p in params if p["in"] == "path")
    # Query parameters: each of the SDK's, optional, with its type; a floor (the spec may add more).
    query = {p["name"]: p for p in params if p["in"] == "query"}
    for q in fact.query:
        assert q.name in query, f"{fact.operation_id}: query parameter {q.name} is missing"
        _assert_query(fact.operation_id, q, query[q.name])


def _assert_query(operation_id: str, fact: QueryFact, param: dict[str, Any]) -> None:
    where = f"{operation_id}?{fact.name}"
    schema = param["schema"]
    assert param.get("required", False) is False, where
    if fact.type == "array of string":
        assert schema["type"] == "array" and schema["items"]["type"] == "string", where
        # csv: one comma-separated value (form, explode false); multi: the parameter repeated (the default).
        assert param.get("style", "form") == "form", where
        assert param.get("explode", True) is (fact.array == "multi"), where
    else:
        assert {k: schema[k] for k in QUERY_TYPES[fact.type]} == QUERY_TYPES[fact.type], where
    if fact.minimum is not None:
        assert schema.get("minimum") == fact.minimum, where
    if fact.maximum is not None:
        assert schema.get("maximum") == fact.maximum, where


@pytest.mark.parametrize("fact", SDK_OPERATIONS, ids=IDS)
def test_sdk_operation_bodies_and_success(spec: dict[str, Any], fact: OperationFact2026) -> None:
    op = _operations(spec)[fact.operation_id]
    body = op.op.get("requestBody")
    if fact.request_body is None:
        assert body is None or fact.operation_id == "deleteCustomerData"  # the signed `{}` of 2019 (API-FACTS.md)
    else:
        assert body["required"] is True
        schema = body["content"]["application/json"]["schema"]
        if fact.request_body == "object":
            assert schema["type"] == "object" and schema["additionalProperties"] is True
        else:
            assert ref_name(schema["$ref"]) == fact.request_body
    success = _success(fact, op)
    successes = sorted(s for s in op.op["responses"] if s.startswith("2"))
    assert successes[0] == str(fact.success)
    if fact.response is None:
        assert "content" not in success
    else:
        assert ref_name(success["content"]["application/json"]["schema"]["$ref"]) == fact.response


@pytest.mark.parametrize("fact", SDK_OPERATIONS, ids=IDS)
def test_template_hint_agrees_with_the_parameters(spec: dict[str, Any], fact: OperationFact2026) -> None:
    """``x-talon-query-csv`` repeats what the templates cannot see (a parameter's style); it must agree."""
    op = _operations(spec)[fact.operation_id]
    query = {p["name"]: p for p in _parameters(spec, op) if p["in"] == "query"}
    csv = sorted(name for name, p in query.items() if p["schema"]["type"] == "array" and p.get("explode") is False)
    assert sorted(_success(fact, op).get("x-talon-query-csv", [])) == csv


@pytest.mark.parametrize(("operation_id", "successor"), sorted(DEPRECATED_V1.items()))
def test_v1_operations_the_sdk_dropped_are_deprecated(spec: dict[str, Any], operation_id: str, successor: str) -> None:
    op = _operations(spec)[operation_id]
    assert op.op.get("deprecated") is True
    assert f"`{successor}`" in op.op["description"]
    assert successor in _operations(spec)


def test_every_deprecated_operation_names_its_successor(spec: dict[str, Any]) -> None:
    """A floor: the four v1 operations are among the deprecated ones, and each deprecated one says what to use."""
    deprecated = {op.operation_id: op.op for op in iter_operations(spec) if op.op.get("deprecated")}
    assert set(DEPRECATED_V1) <= deprecated.keys()
    for operation_id, op in deprecated.items():
        assert "instead" in (op.get("description") or ""), operation_id


def test_every_effect_type_names_its_props_schema(spec: dict[str, Any]) -> None:
    """``Effect.x-talon-effect-props``: the 35 effect types of SDK 9, each mapped to a props schema of the spec."""
    effect = spec["components"]["schemas"]["Effect"]
    assert {"effectType", "props"} <= set(effect["required"])
    mapping = effect["x-talon-effect-props"]
    assert len(mapping) >= 35  # a floor: the spec may map more effect types
    for effect_type, ref in mapping.items():
        name = ref_name(ref["$ref"])
        assert name in spec["components"]["schemas"], effect_type
        assert name.endswith("EffectProps"), effect_type
    assert ref_name(mapping["setDiscount"]["$ref"]) == "SetDiscountEffectProps"


@pytest.mark.parametrize("fact", SDK_OPERATIONS, ids=IDS)
def test_generated_client_has_the_operation(fact: OperationFact2026) -> None:
    op = operation(fact.operation_id)
    assert (op.operation_id, op.method, op.path, op.success_status) == (
        fact.operation_id,
        fact.method,
        fact.path,
        fact.success,
    )
    assert op.path_parameters == tuple(name for name, _ in fact.path_params)
    assert op.name == fact.sdk_name
    for cls in (IntegrationClient, AsyncIntegrationClient):
        assert callable(getattr(cls, fact.sdk_name))
    assert (op.result is None) == (fact.response is None)


@pytest.mark.parametrize(
    "fact",
    [f for f in SDK_OPERATIONS if BY_OPERATION_ID[f.operation_id].name not in RULES],
    ids=lambda f: f.operation_id,
)
def test_sandbox_answers_501_naming_an_operation_it_does_not_model(fact: OperationFact2026) -> None:
    sandbox = Sandbox()
    args, kwargs = call_args(fact.operation_id)
    with sandbox.client() as client, pytest.raises(errors.APIStatusError) as caught:
        getattr(client, fact.sdk_name)(*args, **kwargs)
    assert caught.value.status_code == 501
    assert fact.operation_id in str(caught.value.errors[0].details)


def test_the_501_list_is_exactly_the_operations_without_a_rule() -> None:
    """The sandbox models today's checkout (v2 sessions, returns, reopen, profiles, events) and the v1 operations."""
    modelled = {fact.operation_id for fact in SDK_OPERATIONS if BY_OPERATION_ID[fact.operation_id].name in RULES}
    assert {"updateCustomerSessionV2", "getCustomerSession", "reopenCustomerSession", "returnCartItems",
            "updateCustomerProfileV2", "trackEventV2"} <= modelled  # fmt: skip
    assert {"createAudienceV2", "updateAudienceV2", "deleteAudienceV2", "deleteAudienceMembershipsV2",
            "updateAudienceCustomersAttributes", "updateCustomerProfileAudiences", "updateCustomerProfilesV2",
            "createReferralsForMultipleAdvocates"} <= modelled  # fmt: skip
    sandbox = Sandbox()
    assert all(sandbox.supports(operation_id) for operation_id in modelled)
