"""The generated models (openapi-python-client 0.29.1) round-trip what the spec says the wire carries.

Every named example in openapi.yaml is walked with its schema; every sub-object that instantiates a
component schema goes through ``<Model>.from_dict(x).to_dict()`` and must come back equal. The only
normalisation is for date-times: the generated code re-emits them as ``+00:00`` with microseconds, so
they are compared as parsed, timezone-aware datetimes. Everything else must be equal *and of the same
JSON type* (no int/float/bool coercion happens or is allowed).

The spec's examples do not use every optional field, so ``FULL_SAMPLES`` below adds one maximal instance
of the schemas concerned; each sample is validated against the spec before it is used, and a coverage test
checks that every property of every component schema is exercised at least once.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

import attrs
import pytest
from spec_facts import (
    ERROR_SCHEMAS,
    SCHEMAS,
    NamedExample,
    at_pointer,
    class_name,
    iter_named_examples,
    load_spec,
    ref_name,
    validator_for,
)

from talon_integration_generated import models
from talon_integration_generated.models import CartItem, IntegrationState, NewCustomerSession
from talon_integration_generated.types import InputError

SCHEMA_PREFIX = "#/components/schemas/"
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")

# --------------------------------------------------------------------------------------------------
# Maximal samples for the optional fields no spec example uses (validated against the spec below).
# --------------------------------------------------------------------------------------------------

FULL_CART_ITEM: dict[str, Any] = {
    "name": "Red shoe",
    "sku": "shoe-1",
    "quantity": 2,
    "price": 49.9,
    "category": "shoes",
    "weight": 0.8,
    "height": 12,
    "width": 10.5,
    "length": 30,
    "position": 0,
    "attributes": {"Colour": "red", "Tags": ["sale", "new"]},
    "adjustment": {"payFromLoyaltyProgram": 7, "pointPayment": 100, "remainingPrice": 39.9},
}

FULL_SAMPLES: dict[str, dict[str, Any]] = {
    "IntegrationState": {
        "session": {
            "integrationId": "sess-9",
            # A non-UTC offset and Go's 9-digit fractions: both parse, and compare equal after re-emission.
            "created": "2026-11-25T11:00:00.123456789+01:00",
            "applicationId": 12,
            "profileId": "user-42",
            "coupon": "XMAS-2026",
            "referral": "REF-7Q2X",
            "state": "closed",
            "cartItems": [FULL_CART_ITEM],
            "identifiers": ["device-1", "account-9"],
            "total": 99.8,
            "attributes": {"ShippingMethod": "express", "Nested": {"a": [1, 2.5, None, True]}},
            "firstSession": False,
            "updated": "2026-11-25T10:01:00Z",
            "discounts": {"10% off": 9.98, "Free shipping": 5},
        },
        "profile": {
            "id": 4242,
            "integrationId": "user-42",
            "created": "2026-11-20T09:30:00Z",
            "attributes": {"Name": "Ada Lovelace"},
            "accountId": 3,
            "closedSessions": 3,
            "totalSales": 229.6,
            "loyaltyMemberships": [{"joined": "2026-11-20T09:30:00Z", "loyaltyProgramId": 7}],
            "lastActivity": "2026-11-25T10:00:00.5Z",
        },
        "event": {
            "id": 90009,
            "created": "2026-11-25T10:00:00Z",
            "applicationId": 12,
            "profileId": "user-42",
            "sessionId": "sess-9",
            "type": "talon_session_updated",
            "attributes": {},
            "effects": [
                [59, 124, 0, ["acceptCoupon", "XMAS-2026"]],
                [59, 124, 0, ["setDiscount", "10% off", 9.98]],
                [61, 130, 1, ["addLoyaltyPoints", "Points for purchase", 7, 10]],
                [-1, 0, 0, ["myCustomEffect", {"any": ["json", 1]}, None, True]],
            ],
            "ledgerEntries": [
                {
                    "id": 13,
                    "created": "2026-11-25T10:00:00Z",
                    "profileId": "user-42",
                    "accountId": 3,
                    "loyaltyProgramId": 7,
                    "eventId": 90009,
                    "amount": -100,
                    "reason": "Paid with points",
                    "expiryDate": "2027-11-25T10:00:00Z",
                    "referenceId": 12,
                }
            ],
            "meta": {
                "campaigns": {"59": {"Channel": "web"}},
                "coupons": {"XMAS-2026": {"Batch": "xmas"}},
                "couponRejectionReason": {"campaignId": 59, "couponId": 501, "reason": "CouponLimitReached"},
                "warnings": {"59": ["attribute Foo is deprecated"]},
            },
        },
        "loyalty": {
            "programs": {
                "7": {
                    "id": 7,
                    "title": "Shoe club",
                    "name": "shoe_club",
                    "ledger": {
                        "currentBalance": 5.5,
                        "pendingBalance": 0,
                        "expiredBalance": 0,
                        "spentBalance": 0,
                        "tentativeCurrentBalance": 5.5,
                    },
                    "subLedgers": {
                        "eu": {
                            "currentBalance": 5,
                            "pendingBalance": 0,
                            "expiredBalance": 0,
                            "spentBalance": 0,
                            "tentativeCurrentBalance": 5,
                        }
                    },
                }
            }
        },
    },
    "Coupon": {
        "id": 502,
        "created": "2026-11-01T08:00:00Z",
        "campaignId": 60,
        "value": "REF-GIFT-1",
        "usageLimit": 1,
        "startDate": "2026-11-01T00:00:00Z",
        "expiryDate": "2026-12-31T23:59:59Z",
        "usageCounter": 0,
        "attributes": {"Gift": True},
        "referralId": 3301,
        "recipientIntegrationId": "user-77",
        "importId": 4,
        "reservation": False,
        "batchId": "gifts",
    },
    "NewCustomerSession": {
        "profileId": "user-42",
        "coupon": "XMAS-2026",
        "referral": "REF-7Q2X",
        "state": "cancelled",
        "cartItems": [FULL_CART_ITEM],
        "identifiers": ["device-1"],
        "total": 99.8,
        "attributes": {"ShippingMethod": "express"},
    },
    "ErrorResponse": {
        "message": "Invalid request body",
        "errors": [{"title": "Bad line", "details": "Line 3 is not JSON", "source": {"line": "3"}}],
        "StatusCode": 400,
    },
}


# --------------------------------------------------------------------------------------------------
# Walking examples with their schemas
# --------------------------------------------------------------------------------------------------


class Instance(NamedTuple):
    schema: str  # the component schema it instantiates
    where: str  # example pointer (or sample name) + path inside it
    value: Any


def _is_model_schema(node: Any) -> bool:
    return isinstance(node, Mapping) and node.get("type") == "object" and "properties" in node


def _instances(spec: Mapping[str, Any], node: Any, value: Any, where: str) -> Iterator[Instance]:
    """Every sub-value of ``value`` that instantiates a component object schema, following ``node``."""
    if not isinstance(node, Mapping):
        return
    if "$ref" in node:
        target = at_pointer(spec, node["$ref"])
        if _is_model_schema(target) and isinstance(value, dict):
            yield Instance(ref_name(node["$ref"]), where, value)
        yield from _instances(spec, target, value, where)
        return
    for branch in node.get("anyOf", []):
        yield from _instances(spec, branch, value, where)
    if isinstance(value, dict):
        properties = node.get("properties", {})
        values_schema = node.get("additionalProperties")
        for key, sub in value.items():
            if key in properties:
                yield from _instances(spec, properties[key], sub, f"{where}/{key}")
            elif isinstance(values_schema, Mapping):
                yield from _instances(spec, values_schema, sub, f"{where}/{key}")
    elif isinstance(value, list) and "items" in node:
        for index, sub in enumerate(value):
            yield from _instances(spec, node["items"], sub, f"{where}/{index}")


class Root(NamedTuple):
    name: str  # id: where the value comes from
    schema_pointer: str
    value: Any


def _root_name(example: NamedExample) -> str:
    """A readable id: ``examples/CouponAcceptedState``, ``responses/BadRequest/validation`` or the example's place."""
    parts = example.pointer.removeprefix("#/components/").split("/")
    if parts[0] == "examples":
        return f"examples/{parts[1]}"
    if parts[0] == "responses":
        return f"responses/{parts[1]}/{example.name}"
    return example.where


def _roots() -> list[Root]:
    """Each spec example once (shared response examples appear under every operation), then the samples."""
    spec = load_spec()
    roots: dict[tuple[str, str], Root] = {}
    for example in iter_named_examples(spec):
        key = (example.pointer, str(at_pointer(spec, example.schema_pointer)))
        roots.setdefault(key, Root(_root_name(example), example.schema_pointer, example.value))
    samples = [Root(f"sample/{name}", f"{SCHEMA_PREFIX}{name}", value) for name, value in FULL_SAMPLES.items()]
    return [*roots.values(), *samples]


def _all_instances() -> list[Instance]:
    spec = load_spec()
    found: list[Instance] = []
    for root in _roots():
        found.extend(_instances(spec, {"$ref": root.schema_pointer}, root.value, root.name))
    return found


ROOTS = _roots()
INSTANCES = _all_instances()


def _model(name: str) -> Any:
    return getattr(models, class_name(name))


def _top_schema(root: Root) -> str:
    schema = at_pointer(load_spec(), root.schema_pointer)
    return ref_name(schema["$ref"]) if "$ref" in schema else ref_name(root.schema_pointer)


# --------------------------------------------------------------------------------------------------
# Comparison modulo date-time normalisation
# --------------------------------------------------------------------------------------------------


def _assert_same_json(actual: Any, expected: Any, path: str = "") -> None:
    where = path or "<root>"
    if isinstance(expected, str) and _DATE_TIME.match(expected):
        assert isinstance(actual, str), f"{where}: {actual!r} is not a string"
        got, want = datetime.datetime.fromisoformat(actual), datetime.datetime.fromisoformat(expected)
        assert got.tzinfo is not None, f"{where}: {actual!r} lost its timezone"
        assert got == want, f"{where}: {actual!r} != {expected!r}"
    elif isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: {actual!r} is not an object"
        assert sorted(actual) == sorted(expected), f"{where}: keys differ"
        for key in expected:
            _assert_same_json(actual[key], expected[key], f"{path}/{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: {actual!r} is not an array"
        assert len(actual) == len(expected), f"{where}: lengths differ"
        for index, (got_item, want_item) in enumerate(zip(actual, expected, strict=True)):
            _assert_same_json(got_item, want_item, f"{path}/{index}")
    else:
        assert type(actual) is type(expected), f"{where}: {actual!r} ({type(actual).__name__}) != {expected!r}"
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def _round_trip(schema: str, value: Any) -> dict[str, Any]:
    original = copy.deepcopy(value)
    out: dict[str, Any] = _model(schema).from_dict(value).to_dict()
    assert value == original, "from_dict must not change its input"
    return out


# --------------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FULL_SAMPLES))
def test_full_sample_matches_spec(spec: dict[str, Any], name: str) -> None:
    validator_for(spec, f"{SCHEMA_PREFIX}{name}").validate(FULL_SAMPLES[name])


@pytest.mark.parametrize("instance", INSTANCES, ids=[f"{i.schema}@{i.where}" for i in INSTANCES])
def test_round_trip(instance: Instance) -> None:
    _assert_same_json(_round_trip(instance.schema, instance.value), instance.value)


def test_every_schema_and_field_of_the_facts_is_exercised(spec: dict[str, Any]) -> None:
    """The examples and samples cover the facts' schemas and fields. Fields and schemas the spec adds later need no
    example of their own (a new optional field must never fail the build for want of one)."""
    facts = {name: {fact.name for fact in fields} for name, fields in {**SCHEMAS, **ERROR_SCHEMAS}.items()}
    model_schemas = {name for name, node in spec["components"]["schemas"].items() if _is_model_schema(node)}
    seen: dict[str, set[str]] = {}
    for instance in INSTANCES:
        seen.setdefault(instance.schema, set()).update(instance.value)
    assert (model_schemas & set(facts)) - set(seen) == set(), "schemas no example or sample instantiates"
    unexercised = {
        name: sorted(fields - seen.get(name, set())) for name, fields in facts.items() if fields - seen.get(name, set())
    }
    assert unexercised == {}, "fields of the facts no example or sample uses"


def test_every_model_schema_has_a_generated_class(spec: dict[str, Any]) -> None:
    for name, node in spec["components"]["schemas"].items():
        if _is_model_schema(node):
            assert attrs.has(_model(name)), name


# --- IntegrationState effects ------------------------------------------------------------------------


def test_integration_state_keeps_4_tuple_effects() -> None:
    wire = copy.deepcopy(FULL_SAMPLES["IntegrationState"])
    state = IntegrationState.from_dict(wire)
    assert state.event.effects == wire["event"]["effects"]
    campaign_id, ruleset_id, rule_index, (name, *args) = state.event.effects[1]
    assert (campaign_id, ruleset_id, rule_index, name, args) == (59, 124, 0, "setDiscount", ["10% off", 9.98])
    assert state.event.effects[3][3][1] == {"any": ["json", 1]}  # custom effects keep their raw arguments
    _assert_same_json(state.to_dict(), wire)


# --- unknown fields ----------------------------------------------------------------------------------


def _extras(obj: Any) -> dict[str, Any]:
    """All ``xExtra*`` keys found in ``additional_properties`` anywhere in a parsed model tree."""
    found: dict[str, Any] = {}
    if attrs.has(type(obj)):
        found.update({key: item for key, item in obj.additional_properties.items() if key.startswith("xExtra")})
        for field in obj.FIELDS:
            found.update(_extras(getattr(obj, field.name)))
    elif isinstance(obj, dict):
        for value in obj.values():
            found.update(_extras(value))
    elif isinstance(obj, list):
        for value in obj:
            found.update(_extras(value))
    return found


def _is_free_form(root: Root) -> bool:
    """A free-form object body (updateAudienceCustomersAttributes): a plain mapping, no model to extend."""
    schema = at_pointer(load_spec(), root.schema_pointer)
    return "$ref" not in schema and schema.get("additionalProperties") is True and "properties" not in schema


EXTENSIBLE_ROOTS = [
    root
    for root in ROOTS
    if not root.schema_pointer.endswith("/EmptyBody") and root.value != {} and not _is_free_form(root)
]


@pytest.mark.parametrize("root", EXTENSIBLE_ROOTS, ids=[root.name for root in EXTENSIBLE_ROOTS])
def test_unknown_fields_are_kept_at_every_level(spec: dict[str, Any], root: Root) -> None:
    wire = copy.deepcopy(root.value)
    targets = [i.value for i in _instances(spec, {"$ref": root.schema_pointer}, wire, root.name)]
    assert targets, f"{root.name}: nothing to extend"
    injected: dict[str, Any] = {}
    for index, target in enumerate(targets):
        key = f"xExtra{index}"
        target[key] = injected[key] = {"level": index, "list": [index, None, "x"]}
    # Unknown fields are allowed by the spec (no additionalProperties: false) ...
    validator_for(spec, root.schema_pointer).validate(wire)
    # ... kept by the generated models, and re-emitted.
    parsed = _model(_top_schema(root)).from_dict(wire)
    assert _extras(parsed) == injected
    _assert_same_json(parsed.to_dict(), wire)


# --- open enums in responses, strict enums in requests -------------------------------------------------


def _rejected_state(spec: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = copy.deepcopy(at_pointer(spec, "#/components/examples/CouponRejectedState")["value"])
    return value


def test_unknown_enum_values_in_a_response_parse_and_round_trip(spec: dict[str, Any]) -> None:
    wire = _rejected_state(spec)
    wire["session"]["state"] = "archived"
    wire["event"]["meta"]["couponRejectionReason"]["reason"] = "SomethingNew"
    validator_for(spec, f"{SCHEMA_PREFIX}IntegrationState").validate(wire)  # the spec allows it (open enum)

    state = IntegrationState.from_dict(wire)
    assert state.session.state == "archived"
    meta = state.event.meta
    assert isinstance(meta, models.Meta)
    assert isinstance(meta.coupon_rejection_reason, models.CouponRejectionReason)
    assert meta.coupon_rejection_reason.reason == "SomethingNew"
    _assert_same_json(state.to_dict(), wire)


def test_known_enum_values_in_a_response_still_parse(spec: dict[str, Any]) -> None:
    state = IntegrationState.from_dict(_rejected_state(spec))
    assert state.session.state == "open"
    assert isinstance(state.event.meta, models.Meta)
    assert isinstance(state.event.meta.coupon_rejection_reason, models.CouponRejectionReason)
    assert state.event.meta.coupon_rejection_reason.reason == "CouponNotFound"


def test_unknown_enum_value_in_a_request_is_refused(spec: dict[str, Any]) -> None:
    assert not validator_for(spec, f"{SCHEMA_PREFIX}NewCustomerSession").is_valid({"state": "archived"})
    with pytest.raises(InputError, match="archived") as info:
        NewCustomerSession.to_request({"state": "archived"})
    assert info.value.pointer == "/state"
    # Parsing checks JSON types only (requests are checked by to_request): the sandbox runs both.
    assert NewCustomerSession.from_dict({"state": "archived"}).state == "archived"


# --- no defaults sent ------------------------------------------------------------------------------------


def test_new_customer_session_without_state_does_not_send_state() -> None:
    session = NewCustomerSession(
        profile_id="user-42",
        cart_items=[CartItem(name="Red shoe", sku="shoe-1", quantity=1, price=49.9)],
        total=49.9,
    )
    wire = session.to_dict()
    assert "state" not in wire
    assert wire == {
        "profileId": "user-42",
        "cartItems": [{"name": "Red shoe", "sku": "shoe-1", "quantity": 1, "price": 49.9}],
        "total": 49.9,
    }
    assert NewCustomerSession().to_dict() == {}
    assert NewCustomerSession.from_dict({"coupon": "XMAS-2026"}).to_dict() == {"coupon": "XMAS-2026"}


def test_new_customer_session_with_state_sends_it() -> None:
    assert NewCustomerSession(state="closed").to_dict() == {"state": "closed"}
