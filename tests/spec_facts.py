"""The facts the spec must be faithful to, as data.

Transcribed by hand from ``shared/reference/API-FACTS-TABLES.md`` (the upstream Swagger 2.0 document of
the v1 Integration API, reduced to names, types, required flags and constraints) and, for the error body,
from ``shared/reference/API-FACTS.md`` ("Errors"). The cell texts are kept *verbatim* (``"string (date-time)"``,
``"minimum=0; maximum=999999"``) so that this file can be compared with the tables line by line; the small
parsers at the bottom turn them into comparable values for ``tests/test_spec.py``.

Deliberate, documented differences between the spec and these facts are listed in ``DEVIATIONS``; the
fidelity test asserts the spec's side of each one instead of the fact.

The last section holds the few helpers every spec-driven test needs: loading openapi.yaml, following local
``$ref``s, enumerating operations, media types and named examples, and an OAS 3.0 validator for any schema.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry
from referencing.jsonschema import DRAFT4

# --------------------------------------------------------------------------------------------------
# Operations: | operationId | method | path | path params | request body | success | response body |
# --------------------------------------------------------------------------------------------------


class OperationFact(NamedTuple):
    operation_id: str
    method: str
    path: str
    path_params: str  # "name: type[, ...]" or "-"
    request_body: str  # "Schema (required)" or "-"
    success: int
    response: str  # "Schema", "none" or an inline "{field: type, ...} (both required)"


OPERATIONS: tuple[OperationFact, ...] = (
    OperationFact(
        "updateCustomerProfile",
        "PUT",
        "/v1/customer_profiles/{integrationId}",
        "integrationId: string",
        "NewCustomerProfile (required)",
        200,
        "IntegrationState",
    ),
    OperationFact(
        "updateCustomerSession",
        "PUT",
        "/v1/customer_sessions/{customerSessionId}",
        "customerSessionId: string",
        "NewCustomerSession (required)",
        200,
        "IntegrationState",
    ),
    OperationFact("trackEvent", "POST", "/v1/events", "-", "NewEvent (required)", 201, "IntegrationState"),
    OperationFact("createReferral", "POST", "/v1/referrals", "-", "NewReferral (required)", 201, "Referral"),
    OperationFact(
        "deleteCustomerData",
        "DELETE",
        "/v1/customer_data/{integrationId}",
        "integrationId: string",
        "-",
        204,
        "none",
    ),
    OperationFact(
        "createCouponReservation",
        "POST",
        "/v1/coupon_reservations/{couponValue}",
        "couponValue: string",
        "CouponReservations (required)",
        201,
        "Coupon",
    ),
    OperationFact(
        "deleteCouponReservation",
        "DELETE",
        "/v1/coupon_reservations/{couponValue}",
        "couponValue: string",
        "CouponReservations (required)",
        204,
        "none",
    ),
    OperationFact(
        "getReservedCustomers",
        "GET",
        "/v1/coupon_reservations/customerprofiles/{couponValue}",
        "couponValue: string",
        "-",
        200,
        "{totalResultSize: integer, data: array of CustomerProfile} (both required)",
    ),
    OperationFact(
        "getReservedCoupons",
        "GET",
        "/v1/coupon_reservations/coupons/{integrationId}",
        "integrationId: string",
        "-",
        200,
        "{totalResultSize: integer, data: array of Coupon} (both required)",
    ),
)

# "Every operation accepts either security scheme: `api_key_v1` or `integration_auth`."
SECURITY_SCHEMES: dict[str, dict[str, str]] = {
    "api_key_v1": {"type": "apiKey", "in": "header", "name": "Authorization"},
    "integration_auth": {"type": "apiKey", "in": "header", "name": "Content-Signature"},
}

# The spec gives the two inline list responses a name (the generator would otherwise invent one).
INLINE_RESPONSE_NAMES: dict[str, str] = {
    "getReservedCustomers": "ReservedCustomers",
    "getReservedCoupons": "ReservedCoupons",
}

# --------------------------------------------------------------------------------------------------
# Schemas: | field | type | required | constraints |
# --------------------------------------------------------------------------------------------------


class FieldFact(NamedTuple):
    name: str
    type: str
    required: bool
    constraints: str = ""


YES = True
NO = False

SCHEMAS: dict[str, tuple[FieldFact, ...]] = {
    "CartItem": (
        FieldFact("name", "string", YES, "minLength=1"),
        FieldFact("sku", "string", YES, "minLength=1"),
        FieldFact("quantity", "integer", YES, "minimum=1"),
        FieldFact("price", "number", YES),
        FieldFact("category", "string", NO),
        FieldFact("weight", "number", NO),
        FieldFact("height", "number", NO),
        FieldFact("width", "number", NO),
        FieldFact("length", "number", NO),
        FieldFact("position", "number", NO),
        FieldFact("attributes", "object (free-form)", NO),
        FieldFact("adjustment", "CartItemAdjustment", NO),
    ),
    "CartItemAdjustment": (
        FieldFact("payFromLoyaltyProgram", "integer", YES),
        FieldFact("pointPayment", "integer", YES, "minimum=1"),
        FieldFact("remainingPrice", "number", NO, "minimum=0"),
    ),
    "Coupon": (
        FieldFact("id", "integer", YES),
        FieldFact("created", "string (date-time)", YES),
        FieldFact("campaignId", "integer", YES),
        FieldFact("value", "string", YES, "minLength=4"),
        FieldFact("usageLimit", "integer", YES, "minimum=0; maximum=999999"),
        FieldFact("startDate", "string (date-time)", NO),
        FieldFact("expiryDate", "string (date-time)", NO),
        FieldFact("usageCounter", "integer", YES),
        FieldFact("attributes", "object (free-form)", NO),
        FieldFact("referralId", "integer", NO),
        FieldFact("recipientIntegrationId", "string", NO),
        FieldFact("importId", "integer", NO),
        FieldFact("reservation", "boolean", NO),
        FieldFact("batchId", "string", NO),
    ),
    "CouponRejectionReason": (
        FieldFact("campaignId", "integer", YES),
        FieldFact("couponId", "integer", YES),
        FieldFact(
            "reason",
            "string",
            YES,
            "enum: CouponNotFound, CouponPartOfNotRunningCampaign, CouponLimitReached, CampaignLimitReached, "
            "ProfileLimitReached, CouponRecipientDoesNotMatch, CouponExpired, CouponStartDateInFuture, "
            "CouponRejectedByCondition",
        ),
    ),
    "CouponReservations": (FieldFact("integrationIDs", "array of string", YES),),
    "CustomerProfile": (
        FieldFact("integrationId", "string", YES),
        FieldFact("created", "string (date-time)", YES),
        FieldFact("attributes", "object (free-form)", YES),
        FieldFact("accountId", "integer", YES),
        FieldFact("closedSessions", "integer", YES),
        FieldFact("totalSales", "number", YES),
        FieldFact("loyaltyMemberships", "array of LoyaltyMembership", YES),
        FieldFact("lastActivity", "string (date-time)", YES),
    ),
    "CustomerSession": (
        FieldFact("integrationId", "string", YES),
        FieldFact("created", "string (date-time)", YES),
        FieldFact("applicationId", "integer", YES),
        FieldFact("profileId", "string", YES),
        FieldFact("coupon", "string", YES),
        FieldFact("referral", "string", YES),
        FieldFact("state", "string", YES, "default=open; enum: open, closed, cancelled"),
        FieldFact("cartItems", "array of CartItem", YES),
        FieldFact("identifiers", "array of string", NO),
        FieldFact("total", "number", YES),
        FieldFact("attributes", "object (free-form)", YES),
        FieldFact("firstSession", "boolean", YES),
        FieldFact("discounts", "map string -> number", YES),
    ),
    "Event": (
        FieldFact("id", "integer", YES),
        FieldFact("created", "string (date-time)", YES),
        FieldFact("applicationId", "integer", YES),
        FieldFact("profileId", "string", NO),
        FieldFact("sessionId", "string", YES, "minLength=1"),
        FieldFact("type", "string", YES, "minLength=1"),
        FieldFact("attributes", "object (free-form)", YES),
        FieldFact("effects", "array of object (free-form)", YES),
        FieldFact("ledgerEntries", "array of LedgerEntry", YES),
        FieldFact("meta", "Meta", NO),
    ),
    "IntegrationState": (
        FieldFact("session", "CustomerSession", YES),
        FieldFact("profile", "CustomerProfile", YES),
        FieldFact("event", "Event", YES),
        FieldFact("loyalty", "Loyalty", NO),
    ),
    "LedgerEntry": (
        FieldFact("id", "integer", YES),
        FieldFact("created", "string (date-time)", YES),
        FieldFact("profileId", "string", YES),
        FieldFact("accountId", "integer", YES),
        FieldFact("loyaltyProgramId", "integer", YES),
        FieldFact("eventId", "integer", YES),
        FieldFact("amount", "integer", YES),
        FieldFact("reason", "string", YES),
        FieldFact("expiryDate", "string (date-time)", YES),
        FieldFact("referenceId", "integer", NO),
    ),
    "Loyalty": (FieldFact("programs", "map string -> LoyaltyProgramLedgers", YES),),
    "LoyaltyMembership": (
        FieldFact("joined", "string (date-time)", NO),
        FieldFact("loyaltyProgramId", "integer", YES),
    ),
    "LoyaltyProgramBalance": (FieldFact("currentBalance", "number", YES),),
    "LoyaltyProgramLedgers": (
        FieldFact("title", "string", YES),
        FieldFact("name", "string", YES),
        FieldFact("ledger", "LoyaltyProgramBalance", YES),
        FieldFact("subLedgers", "map string -> LoyaltyProgramBalance", NO),
    ),
    "Meta": (
        FieldFact("campaigns", "object (free-form)", NO),
        FieldFact("coupons", "object (free-form)", NO),
        FieldFact("couponRejectionReason", "CouponRejectionReason", NO),
        FieldFact("warnings", "object (free-form)", NO),
    ),
    "NewCustomerProfile": (FieldFact("attributes", "object (free-form)", NO),),
    "NewCustomerSession": (
        FieldFact("profileId", "string", NO),
        FieldFact("coupon", "string", NO),
        FieldFact("referral", "string", NO),
        FieldFact("state", "string", NO, "default=open; enum: open, closed, cancelled"),
        FieldFact("cartItems", "array of CartItem", NO),
        FieldFact("identifiers", "array of string", NO),
        FieldFact("total", "number", NO),
        FieldFact("attributes", "object (free-form)", NO),
    ),
    "NewEvent": (
        FieldFact("profileId", "string", NO),
        FieldFact("sessionId", "string", YES, "minLength=1"),
        FieldFact("type", "string", YES, "minLength=1"),
        FieldFact("attributes", "object (free-form)", YES),
    ),
    "NewReferral": (
        FieldFact("campaignId", "integer", YES),
        FieldFact("advocateProfileIntegrationId", "string", YES),
        FieldFact("friendProfileIntegrationId", "string", NO),
        FieldFact("startDate", "string (date-time)", NO),
        FieldFact("expiryDate", "string (date-time)", NO),
    ),
    "Referral": (
        FieldFact("id", "integer", YES),
        FieldFact("created", "string (date-time)", YES),
        FieldFact("campaignId", "integer", YES),
        FieldFact("advocateProfileIntegrationId", "string", YES),
        FieldFact("friendProfileIntegrationId", "string", NO),
        FieldFact("startDate", "string (date-time)", NO),
        FieldFact("expiryDate", "string (date-time)", NO),
        FieldFact("code", "string", YES, "minLength=4"),
        FieldFact("usageCounter", "integer", YES),
        FieldFact("usageLimit", "integer", YES, "minimum=0"),
    ),
}

# The error body, from API-FACTS.md "Errors": `{"message": string, "errors": [{"title": string, "details":
# string, "source": {"pointer" | "parameter" | "line": string}}]}`, later versions add `"StatusCode": int`;
# "every field but `message` may be missing".
ERROR_SCHEMAS: dict[str, tuple[FieldFact, ...]] = {
    "ErrorResponse": (
        FieldFact("message", "string", YES),
        FieldFact("errors", "array of ErrorItem", NO),
        FieldFact("StatusCode", "integer", NO),
    ),
    "ErrorItem": (
        FieldFact("title", "string", NO),
        FieldFact("details", "string", NO),
        FieldFact("source", "ErrorSource", NO),
    ),
    "ErrorSource": (
        FieldFact("pointer", "string", NO),
        FieldFact("parameter", "string", NO),
        FieldFact("line", "string", NO),
    ),
}

# Component schemas the spec adds on top of the facts: the named inline responses and the shared enums.
SPEC_ONLY_SCHEMAS: frozenset[str] = frozenset(
    {*INLINE_RESPONSE_NAMES.values(), "CustomerSessionState", "CouponRejectionReasonCode", "EmptyBody"}
)

# Operations whose facts say "no request body" but whose spec allows an optional, always-empty one:
# API-FACTS.md decides the client sends and signs `{}` on DELETE /v1/customer_data (Talon.One's own guide
# does), so the spec must allow exactly that or a validating proxy refuses the call.
OPTIONAL_EMPTY_BODY_OPERATIONS: frozenset[str] = frozenset({"deleteCustomerData"})
EMPTY_BODY_SCHEMA = "EmptyBody"

# The request-body schemas and everything they reference: no `default:` anywhere below these, and their
# enums are strict (a plain `$ref` to the enum component).
REQUEST_SCHEMAS: frozenset[str] = frozenset(
    {
        "NewCustomerProfile",
        "NewCustomerSession",
        "NewEvent",
        "NewReferral",
        "CouponReservations",
        "CartItem",
        "CartItemAdjustment",
        "EmptyBody",
    }
)

# Every operation documents these error responses, each with an ErrorResponse body.
ERROR_STATUSES: tuple[str, ...] = ("400", "401", "404", "409", "429", "default")

# --------------------------------------------------------------------------------------------------
# Deliberate deviations of the spec from the facts (see the comment at the top of openapi.yaml and
# shared/reference/GENERATOR-NOTES.md §1). The fidelity test asserts the spec's form of each.
# --------------------------------------------------------------------------------------------------

DEVIATIONS: dict[tuple[str, str], str] = {
    # A default on a request field makes the generated client send it on every call.
    ("NewCustomerSession", "state"): "no-default",
    # Harmless on a response, but the spec keeps the enum component free of defaults; allowed if it equals the fact.
    ("CustomerSession", "state"): "default-optional",
    # API-FACTS.md: "in reality each item is that 4-tuple" [campaignId, rulesetId, ruleIndex, [name, args...]].
    ("Event", "effects"): "array-of-4-tuples",
}

# --------------------------------------------------------------------------------------------------
# Parsers for the verbatim cells
# --------------------------------------------------------------------------------------------------

# A parsed type: ("string", format | None), ("integer",), ("number",), ("boolean",), ("object",) for a
# free-form object, ("ref", Name), ("array", <type>), ("map", <type>).
TypeDesc = tuple[object, ...]

_SCALARS = {"integer", "number", "boolean"}


def parse_type(text: str) -> TypeDesc:
    """Parse a facts type cell such as ``array of CartItem`` or ``map string -> number``."""
    text = text.strip()
    if text == "string":
        return ("string", None)
    match = re.fullmatch(r"string \(([\w-]+)\)", text)
    if match:
        return ("string", match.group(1))
    if text in _SCALARS:
        return (text,)
    if text == "object (free-form)":
        return ("object",)
    if text.startswith("array of "):
        return ("array", parse_type(text.removeprefix("array of ")))
    if text.startswith("map string -> "):
        return ("map", parse_type(text.removeprefix("map string -> ")))
    if re.fullmatch(r"[A-Z]\w*", text):
        return ("ref", text)
    raise ValueError(f"unparsable type cell: {text!r}")


def parse_constraints(text: str) -> dict[str, object]:
    """Parse a constraints cell such as ``minimum=0; maximum=999999`` or ``default=open; enum: a, b``."""
    out: dict[str, object] = {}
    for raw in text.split(";"):
        part = raw.strip()
        if not part:
            continue
        if part.startswith("enum:"):
            out["enum"] = [v.strip() for v in part.removeprefix("enum:").split(",")]
            continue
        key, _, value = part.partition("=")
        if key in {"minLength", "minimum", "maximum"}:
            out[key] = int(value)
        elif key == "default":
            out[key] = value
        else:
            raise ValueError(f"unknown constraint {part!r}")
    return out


def parse_path_params(text: str) -> dict[str, str]:
    """``integrationId: string`` -> ``{"integrationId": "string"}``; ``-`` -> ``{}``."""
    if text.strip() == "-":
        return {}
    return {name.strip(): typ.strip() for name, typ in (p.split(":") for p in text.split(","))}


def parse_request_body(text: str) -> tuple[str, bool] | None:
    """``NewEvent (required)`` -> ``("NewEvent", True)``; ``-`` -> ``None``."""
    if text.strip() == "-":
        return None
    match = re.fullmatch(r"(\w+)( \(required\))?", text.strip())
    if not match:
        raise ValueError(f"unparsable request body cell: {text!r}")
    return match.group(1), match.group(2) is not None


def parse_inline_response(text: str) -> tuple[FieldFact, ...]:
    """``{totalResultSize: integer, data: array of Coupon} (both required)`` -> its fields."""
    match = re.fullmatch(r"\{(.*)\}( \(both required\))?", text.strip())
    if not match:
        raise ValueError(f"not an inline response cell: {text!r}")
    required = match.group(2) is not None
    fields = []
    for part in match.group(1).split(","):
        name, _, typ = part.partition(":")
        fields.append(FieldFact(name.strip(), typ.strip(), required))
    return tuple(fields)


# --------------------------------------------------------------------------------------------------
# Reading openapi.yaml (shared by test_spec.py, test_generated_models.py and test_generated_prism.py)
# --------------------------------------------------------------------------------------------------

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SPEC_URI = "urn:talon-integration:openapi.yaml"


@cache
def _load_spec_cached(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The parsed spec (cached: do not mutate it, deep-copy what you change)."""
    return _load_spec_cached(path)


def escape(token: str) -> str:
    """Escape one JSON-pointer token (``/v1/events`` -> ``~1v1~1events``)."""
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def at_pointer(spec: Mapping[str, Any], pointer: str) -> Any:
    """The node at a local ``#/a/b`` pointer."""
    if not pointer.startswith("#/"):
        raise ValueError(f"only local references are supported: {pointer!r}")
    node: Any = spec
    for token in pointer[2:].split("/"):
        node = node[int(token)] if isinstance(node, list) else node[_unescape(token)]
    return node


def resolve(spec: Mapping[str, Any], pointer: str, node: Any) -> tuple[str, Any]:
    """Follow ``$ref`` chains from ``node`` (found at ``pointer``); return the final pointer and node."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        pointer = node["$ref"]
        if pointer in seen:
            raise ValueError(f"$ref cycle at {pointer}")
        seen.add(pointer)
        node = at_pointer(spec, pointer)
    return pointer, node


CONFIG_PATH = SPEC_PATH.parent / "generator-config.yml"


@cache
def _class_overrides() -> dict[str, str]:
    with CONFIG_PATH.open(encoding="utf-8") as fh:
        config = yaml.safe_load(fh) or {}
    return {schema: o["class_name"] for schema, o in (config.get("class_overrides") or {}).items() if "class_name" in o}


def class_name(schema: str) -> str:
    """The generated class of a component schema: its name, or the one generator-config.yml's class_overrides gives
    (``Effect`` -> ``EffectV2``)."""
    return _class_overrides().get(schema, schema)


def ref_name(ref: str) -> str:
    """``#/components/schemas/CartItem`` -> ``CartItem``."""
    return ref.rsplit("/", 1)[-1]


class Operation(NamedTuple):
    path: str
    method: str  # lower case, as in the spec
    pointer: str
    op: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.op["operationId"])


def iter_operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(path, method, f"#/paths/{escape(path)}/{method}", item[method])


class MediaType(NamedTuple):
    where: str  # "trackEvent request application/json", "trackEvent 201 application/json"
    operation_id: str
    status: str | None  # None for the request body
    pointer: str  # of the media type object, after following $refs of the body/response
    media: dict[str, Any]


def iter_media_types(spec: Mapping[str, Any]) -> Iterator[MediaType]:
    """Every request-body and response media type of every operation, with pointers after ``$ref``."""
    for operation in iter_operations(spec):
        op_id = operation.operation_id
        if "requestBody" in operation.op:
            ptr, body = resolve(spec, f"{operation.pointer}/requestBody", operation.op["requestBody"])
            for mt, media in body.get("content", {}).items():
                yield MediaType(f"{op_id} request {mt}", op_id, None, f"{ptr}/content/{escape(mt)}", media)
        for status, response in operation.op["responses"].items():
            ptr, resolved = resolve(spec, f"{operation.pointer}/responses/{escape(status)}", response)
            for mt, media in resolved.get("content", {}).items():
                yield MediaType(f"{op_id} {status} {mt}", op_id, str(status), f"{ptr}/content/{escape(mt)}", media)


class NamedExample(NamedTuple):
    where: str  # "updateCustomerSession 200 application/json couponRejected"
    media: MediaType
    name: str
    pointer: str  # of the example object, after following its $ref
    value: Any

    @property
    def schema_pointer(self) -> str:
        return f"{self.media.pointer}/schema"


def iter_named_examples(spec: Mapping[str, Any]) -> Iterator[NamedExample]:
    """Every named example (media type ``examples``, ``$ref``'d or inline) of every body and response."""
    for media in iter_media_types(spec):
        for name, example in media.media.get("examples", {}).items():
            ptr, resolved = resolve(spec, f"{media.pointer}/examples/{escape(name)}", example)
            yield NamedExample(f"{media.where} {name}", media, name, ptr, resolved["value"])


def validator_for(spec: Mapping[str, Any], schema_pointer: str) -> OAS30Validator:
    """An OAS 3.0 validator (with format checks) for the schema at ``schema_pointer``, resolving ``$ref``s."""
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT4.create_resource(spec))
    return OAS30Validator(
        {"$ref": f"{_SPEC_URI}{schema_pointer}"}, registry=registry, format_checker=oas30_format_checker
    )
