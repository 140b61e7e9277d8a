"""tools/spec_diff.py: every classification rule, on edits of the real openapi.yaml, plus the CLI and git plumbing."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spec_diff
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]

BREAKING, COMPATIBLE = spec_diff.BREAKING, spec_diff.COMPATIBLE

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def base() -> Spec:
    return spec_diff.load_spec_file(REPO_ROOT / "openapi.yaml")


def changed(base: Spec, edit: Callable[[Spec], None]) -> spec_diff.Diff:
    head = copy.deepcopy(base)
    edit(head)
    return spec_diff.diff_specs(base, head)


def kinds(diff: spec_diff.Diff) -> dict[tuple[str, str | None], str]:
    """(id, direction) -> kind, asserting no (id, direction) is classified twice."""
    out: dict[tuple[str, str | None], str] = {}
    for change in diff.changes:
        key = (change.id, change.direction)
        assert key not in out or out[key] == change.kind, f"{key} classified both ways: {diff.changes}"
        out[key] = change.kind
    return out


def only(diff: spec_diff.Diff) -> spec_diff.Change:
    assert len(diff.changes) == 1, diff.changes
    return diff.changes[0]


def schemas(spec: Spec) -> dict[str, Any]:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def op(spec: Spec, path: str, method: str) -> dict[str, Any]:
    return spec["paths"][path][method]  # type: ignore[no-any-return]


# --- no change -------------------------------------------------------------------------------------------


def test_identical_documents_have_no_changes(base: Spec) -> None:
    diff = spec_diff.diff_specs(base, copy.deepcopy(base))
    assert diff.changes == ()
    assert diff.verdict == "none"


def test_documentation_edits_are_not_changes(base: Spec) -> None:
    def edit(s: Spec) -> None:
        s["info"]["description"] = "changed"
        s["info"]["version"] = "1.0.1"
        schemas(s)["Coupon"]["properties"]["value"]["description"] = "The code, changed."
        op(s, "/v1/events", "post")["summary"] = "changed"
        s["components"]["examples"]["ReservedCoupon"]["value"]["usageCounter"] = 4
        schemas(s)["Coupon"]["properties"]["value"]["x-internal"] = True

    diff = changed(base, edit)
    assert diff.verdict == "none", diff.changes
    assert (diff.base_version, diff.head_version) == (base["info"]["version"], "1.0.1")


def test_allof_wrapping_is_not_a_change(base: Spec) -> None:
    def edit(s: Spec) -> None:
        schemas(s)["Coupon"] = {"allOf": [schemas(s)["Coupon"]]}

    assert changed(base, edit).verdict == "none"


# --- properties ------------------------------------------------------------------------------------------


def _operation_ids(spec: Spec, answering: str | None = None) -> set[str]:
    """The operationIds of the spec (counts come from the spec), or those with a response ``$ref`` to ``answering``."""
    return {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
        and (answering is None or {"$ref": answering} in operation["responses"].values())
    }


def test_removed_response_property_is_breaking_and_names_its_users(base: Spec) -> None:
    def edit(s: Spec) -> None:
        del schemas(s)["Coupon"]["properties"]["usageCounter"]
        schemas(s)["Coupon"]["required"].remove("usageCounter")

    diff = changed(base, edit)
    change = only(diff)
    assert (change.kind, change.id, change.code, change.direction) == (
        BREAKING, "Coupon.usageCounter", "property-removed", "response",
    )  # fmt: skip
    # The operations that answer with a Coupon (of the nine: these two; the spec may add more).
    assert set(change.where) >= {"createCouponReservation", "getReservedCoupons"}
    assert set(change.where) <= _operation_ids(base)
    assert diff.verdict == BREAKING


def test_new_response_property_is_compatible(base: Spec) -> None:
    def edit(s: Spec) -> None:
        schemas(s)["Coupon"]["properties"]["discountLabel"] = {"type": "string"}
        schemas(s)["Coupon"]["required"].append("discountLabel")  # even required: readers ignore unknown fields

    change = only(changed(base, edit))
    assert (change.kind, change.id, change.code) == (COMPATIBLE, "Coupon.discountLabel", "response-property-added")


def test_new_optional_request_property_is_compatible(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["NewCustomerSession"]["properties"].update(channel={"type": "string"}))
    assert kinds(diff) == {("NewCustomerSession.channel", "request"): COMPATIBLE}
    assert diff.verdict == COMPATIBLE


def test_new_required_request_property_is_breaking(base: Spec) -> None:
    def edit(s: Spec) -> None:
        schemas(s)["NewEvent"]["properties"]["channel"] = {"type": "string"}
        schemas(s)["NewEvent"]["required"].append("channel")

    change = only(changed(base, edit))
    assert (change.kind, change.id, change.code) == (BREAKING, "NewEvent.channel", "required-request-property-added")


def test_request_property_becoming_required_is_breaking_and_optional_compatible(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["NewReferral"]["required"].append("friendProfileIntegrationId"))
    assert kinds(diff) == {("NewReferral.friendProfileIntegrationId", "request"): BREAKING}
    diff = changed(base, lambda s: schemas(s)["NewEvent"]["required"].remove("attributes"))
    assert kinds(diff) == {("NewEvent.attributes", "request"): COMPATIBLE}


def test_response_property_becoming_optional_is_breaking_and_required_compatible(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["Coupon"]["required"].remove("value"))
    assert kinds(diff) == {("Coupon.value", "response"): BREAKING}
    diff = changed(base, lambda s: schemas(s)["Coupon"]["required"].append("batchId"))
    assert kinds(diff) == {("Coupon.batchId", "response"): COMPATIBLE}


def test_removed_request_property_is_breaking(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["NewCustomerSession"]["properties"].pop("referral"))
    assert kinds(diff) == {("NewCustomerSession.referral", "request"): BREAKING}


def test_schema_used_both_ways_is_judged_both_ways(base: Spec) -> None:
    """CartItem is sent (NewCustomerSession.cartItems) and read (CustomerSession.cartItems)."""

    def edit(s: Spec) -> None:
        schemas(s)["CartItem"]["properties"]["sku"]["maxLength"] = 64

    diff = changed(base, edit)
    assert kinds(diff) == {("CartItem.sku", "request"): BREAKING, ("CartItem.sku", "response"): COMPATIBLE}
    request = next(c for c in diff.changes if c.direction == "request")
    assert request.where == ("updateCustomerSession", "updateCustomerSessionV2")


# --- types, formats, constraints --------------------------------------------------------------------------


def test_type_change_is_breaking(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["Coupon"]["properties"]["usageLimit"].update(type="string"))
    assert kinds(diff) == {("Coupon.usageLimit", "response"): BREAKING}
    assert diff.changes[0].code == "type-changed"


def test_integer_to_number_widens_a_request_and_breaks_a_response(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["CartItem"]["properties"]["quantity"].update(type="number"))
    assert kinds(diff) == {("CartItem.quantity", "request"): COMPATIBLE, ("CartItem.quantity", "response"): BREAKING}


def test_nullable_follows_the_direction(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["CartItem"]["properties"]["name"].update(nullable=True))
    assert kinds(diff) == {("CartItem.name", "request"): COMPATIBLE, ("CartItem.name", "response"): BREAKING}


def test_format_change_is_breaking(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["Coupon"]["properties"]["created"].pop("format"))
    assert kinds(diff) == {("Coupon.created", "response"): BREAKING}
    diff = changed(base, lambda s: schemas(s)["NewEvent"]["properties"]["type"].update(format="uuid"))
    assert kinds(diff) == {("NewEvent.type", "request"): BREAKING}


@pytest.mark.parametrize(
    ("schema", "prop", "update", "request_kind", "response_kind"),
    [
        ("CartItem", "quantity", {"minimum": 2}, BREAKING, COMPATIBLE),  # higher minimum: narrower
        ("CartItem", "quantity", {"minimum": 0}, COMPATIBLE, BREAKING),  # lower minimum: wider
        ("CartItem", "quantity", {"exclusiveMinimum": True}, BREAKING, COMPATIBLE),  # same value, now exclusive
        ("CartItem", "price", {"maximum": 1000}, BREAKING, COMPATIBLE),  # a new maximum: narrower
        ("CartItem", "name", {"minLength": 3}, BREAKING, COMPATIBLE),
        ("CartItem", "name", {"minLength": 0}, COMPATIBLE, BREAKING),
        ("CartItem", "sku", {"pattern": "^[a-z0-9-]+$"}, BREAKING, COMPATIBLE),
    ],
)
def test_constraints_narrow_requests_and_widen_responses(
    base: Spec, schema: str, prop: str, update: dict[str, Any], request_kind: str, response_kind: str
) -> None:
    diff = changed(base, lambda s: schemas(s)[schema]["properties"][prop].update(update))
    loc = f"{schema}.{prop}"
    assert kinds(diff) == {(loc, "request"): request_kind, (loc, "response"): response_kind}


def test_response_only_constraints(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["Coupon"]["properties"]["usageLimit"].update(maximum=9999999))
    assert kinds(diff) == {("Coupon.usageLimit", "response"): BREAKING}
    assert diff.changes[0].message == "maximum <= 999999 -> <= 9999999"
    diff = changed(base, lambda s: schemas(s)["Event"]["properties"]["effects"]["items"].update(minItems=3))
    assert kinds(diff) == {("Event.effects[]", "response"): BREAKING}  # the effect parser expects 4 elements
    diff = changed(base, lambda s: schemas(s)["Referral"]["properties"]["code"].update(minLength=6))
    assert kinds(diff) == {("Referral.code", "response"): COMPATIBLE}


def test_request_only_constraints(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["NewEvent"]["properties"]["sessionId"].update(minLength=3))
    assert kinds(diff) == {("NewEvent.sessionId", "request"): BREAKING}
    diff = changed(
        base, lambda s: schemas(s)["CouponReservations"]["properties"]["integrationIDs"].update(maxItems=500)
    )
    assert kinds(diff) == {("CouponReservations.integrationIDs", "request"): BREAKING}
    diff = changed(base, lambda s: schemas(s)["NewEvent"]["properties"]["sessionId"].pop("minLength"))
    assert kinds(diff) == {("NewEvent.sessionId", "request"): COMPATIBLE}


def test_map_values_and_additional_properties(base: Spec) -> None:
    def props(s: Spec, name: str) -> dict[str, Any]:
        return schemas(s)[name]["properties"]  # type: ignore[no-any-return]

    diff = changed(
        base, lambda s: props(s, "CustomerSession")["discounts"].update(additionalProperties={"type": "string"})
    )
    assert kinds(diff) == {("CustomerSession.discounts.*", "response"): BREAKING}
    diff = changed(base, lambda s: props(s, "NewCustomerProfile")["attributes"].update(additionalProperties=False))
    assert kinds(diff) == {("NewCustomerProfile.attributes.*", "request"): BREAKING}
    diff = changed(base, lambda s: schemas(s)["Coupon"].update(additionalProperties=False))
    assert kinds(diff) == {("Coupon.*", "response"): COMPATIBLE}  # the models keep unknown fields anyway


def test_unclassified_keyword_is_breaking_and_default_compatible(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["Coupon"]["properties"]["id"].update(readOnly=True))
    assert only(diff).code == "schema-changed"
    assert diff.verdict == BREAKING
    diff = changed(base, lambda s: schemas(s)["NewCustomerSession"]["properties"]["total"].update(default=0))
    assert kinds(diff) == {("NewCustomerSession.total", "request"): COMPATIBLE}


# --- enums -------------------------------------------------------------------------------------------------


def test_enum_value_removed_is_breaking_where_sent_and_where_read(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["CustomerSessionState"]["enum"].remove("cancelled"))
    assert kinds(diff) == {
        ("CustomerSessionState=cancelled", "request"): BREAKING,  # the enum sent in NewCustomerSession(V2).state
        ("CustomerSession.state=cancelled", "response"): BREAKING,  # the open enum read in CustomerSession.state
        ("CustomerSessionV2.state=cancelled", "response"): BREAKING,  # and in CustomerSessionV2.state
    }


def test_enum_value_added_is_compatible_in_requests_and_open_response_enums(base: Spec) -> None:
    diff = changed(base, lambda s: schemas(s)["CustomerSessionState"]["enum"].append("pending"))
    assert kinds(diff) == {
        ("CustomerSessionState=pending", "request"): COMPATIBLE,
        ("CustomerSession.state=pending", "response"): COMPATIBLE,
        ("CustomerSessionV2.state=pending", "response"): COMPATIBLE,
    }
    diff = changed(base, lambda s: schemas(s)["CouponRejectionReasonCode"]["enum"].append("CouponReserved"))
    change = only(diff)
    assert (change.kind, change.id) == (COMPATIBLE, "CouponRejectionReason.reason=CouponReserved")
    assert "open enum" in change.message


def test_enum_value_added_to_a_closed_response_enum_is_breaking(base: Spec) -> None:
    def close(s: Spec) -> None:
        reason = {"$ref": "#/components/schemas/CouponRejectionReasonCode"}
        schemas(s)["CouponRejectionReason"]["properties"]["reason"] = reason

    closed = copy.deepcopy(base)
    close(closed)
    diff = changed(closed, lambda s: schemas(s)["CouponRejectionReasonCode"]["enum"].append("CouponReserved"))
    assert kinds(diff) == {("CouponRejectionReasonCode=CouponReserved", "response"): BREAKING}
    # Closing the open enum itself: a response now promises fewer values, so compatible for readers.
    assert kinds(spec_diff.diff_specs(base, closed)) == {("CouponRejectionReason.reason", "response"): COMPATIBLE}


# --- operations, parameters, bodies, responses, security --------------------------------------------------


def test_operation_removed_added_renamed_and_moved(base: Spec) -> None:
    diff = changed(base, lambda s: s["paths"].pop("/v1/events"))
    assert (only(diff).kind, only(diff).id, only(diff).code) == (BREAKING, "trackEvent", "operation-removed")

    def add(s: Spec) -> None:
        s["paths"]["/v1/loyalty"] = {"get": {"operationId": "getLoyalty", "responses": {"204": {"description": "ok"}}}}

    assert (only(changed(base, add)).kind, only(changed(base, add)).code) == (COMPATIBLE, "operation-added")
    diff = changed(base, lambda s: op(s, "/v1/referrals", "post").update(operationId="makeReferral"))
    assert (only(diff).kind, only(diff).id, only(diff).code) == (BREAKING, "createReferral", "operation-renamed")
    diff = changed(base, lambda s: s["paths"].update({"/v3/events": s["paths"].pop("/v1/events")}))
    assert (only(diff).kind, only(diff).id, only(diff).code) == (BREAKING, "trackEvent", "operation-moved")


def test_operation_deprecated_is_compatible(base: Spec) -> None:
    diff = changed(base, lambda s: op(s, "/v1/referrals", "post").update(deprecated=True))
    assert (only(diff).kind, only(diff).code) == (COMPATIBLE, "operation-deprecated")


def test_parameters(base: Spec) -> None:
    path = "/v1/coupon_reservations/coupons/{integrationId}"
    optional = {"name": "pageSize", "in": "query", "schema": {"type": "integer", "maximum": 1000}}
    diff = changed(base, lambda s: op(s, path, "get")["parameters"].append(optional))
    assert kinds(diff) == {("getReservedCoupons.query.pageSize", "request"): COMPATIBLE}
    diff = changed(base, lambda s: op(s, path, "get")["parameters"].append({**optional, "required": True}))
    assert kinds(diff) == {("getReservedCoupons.query.pageSize", "request"): BREAKING}

    with_param = copy.deepcopy(base)
    op(with_param, path, "get")["parameters"].append(optional)
    diff = spec_diff.diff_specs(with_param, base)
    assert kinds(diff) == {("getReservedCoupons.query.pageSize", "request"): BREAKING}  # removed
    narrower = copy.deepcopy(with_param)
    op(narrower, path, "get")["parameters"][-1]["schema"]["maximum"] = 100
    diff = spec_diff.diff_specs(with_param, narrower)
    assert kinds(diff) == {("getReservedCoupons.query.pageSize", "request"): BREAKING}


def test_path_parameter_renamed_is_compatible(base: Spec) -> None:
    def edit(s: Spec) -> None:
        item = s["paths"].pop("/v1/customer_sessions/{customerSessionId}")
        item["put"]["parameters"][0]["name"] = "sessionId"
        s["paths"]["/v1/customer_sessions/{sessionId}"] = item

    change = only(changed(base, edit))
    assert (change.kind, change.code) == (COMPATIBLE, "path-parameter-renamed")


def test_request_body(base: Spec) -> None:
    diff = changed(base, lambda s: op(s, "/v1/events", "post")["requestBody"].update(required=False))
    assert kinds(diff) == {("trackEvent.requestBody", "request"): COMPATIBLE}
    diff = changed(base, lambda s: op(s, "/v1/events", "post").pop("requestBody"))
    assert kinds(diff) == {("trackEvent.requestBody", "request"): BREAKING}


def test_success_response_changes_are_breaking(base: Spec) -> None:
    def edit(s: Spec) -> None:
        responses = op(s, "/v1/referrals", "post")["responses"]
        responses["200"] = responses.pop("201")

    diff = changed(base, edit)
    assert {(c.id, c.code, c.kind) for c in diff.changes} == {
        ("createReferral.201", "response-removed", BREAKING),
        ("createReferral.200", "success-response-added", BREAKING),
    }


def test_error_responses_are_compatible_but_their_bodies_are_compared(base: Spec) -> None:
    diff = changed(base, lambda s: op(s, "/v1/events", "post")["responses"].pop("404"))
    assert (only(diff).kind, only(diff).code) == (COMPATIBLE, "error-response-removed")
    bad_request = {"$ref": "#/components/responses/BadRequest"}
    diff = changed(base, lambda s: op(s, "/v1/events", "post")["responses"].update({"422": bad_request}))
    assert (only(diff).kind, only(diff).code) == (COMPATIBLE, "error-response-added")
    diff = changed(base, lambda s: schemas(s)["ErrorResponse"]["properties"].pop("message"))
    change = only(diff)
    assert (change.kind, change.id) == (BREAKING, "ErrorResponse.message")
    assert set(change.where) == _operation_ids(base)  # every operation can answer with it


def test_response_header_removed_is_breaking_once(base: Spec) -> None:
    diff = changed(base, lambda s: s["components"]["responses"]["TooManyRequests"].pop("headers"))
    change = only(diff)
    assert (change.kind, change.id) == (BREAKING, "TooManyRequests.headers.Retry-After")
    assert set(change.where) == _operation_ids(base, answering="#/components/responses/TooManyRequests")


def test_security(base: Spec) -> None:
    diff = changed(base, lambda s: op(s, "/v1/events", "post").update(security=[{"api_key_v1": []}]))
    assert (only(diff).kind, only(diff).id) == (BREAKING, "trackEvent.security")
    diff = changed(base, lambda s: s["components"]["securitySchemes"]["api_key_v1"].update(name="X-Api-Key"))
    assert (only(diff).kind, only(diff).id) == (BREAKING, "securitySchemes.api_key_v1")


def test_renamed_schema_reports_the_model_not_its_fields(base: Spec) -> None:
    text = yaml.safe_dump(base).replace("#/components/schemas/Coupon'", "#/components/schemas/Voucher'")
    head = yaml.safe_load(text.replace("#/components/schemas/Coupon\n", "#/components/schemas/Voucher\n"))
    schemas(head)["Voucher"] = schemas(head).pop("Coupon")
    diff = spec_diff.diff_specs(base, head)
    assert {(c.id, c.code, c.kind) for c in diff.changes} == {
        ("Coupon", "schema-removed", BREAKING),
        ("Voucher", "schema-added", COMPATIBLE),
    }


# --- output, CLI, git ---------------------------------------------------------------------------------------


def _write(path: Path, spec: Spec) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


def test_cli_text_and_json(base: Spec, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = copy.deepcopy(base)
    del schemas(head)["Coupon"]["properties"]["usageCounter"]
    schemas(head)["Coupon"]["required"].remove("usageCounter")
    schemas(head)["NewCustomerSession"]["properties"]["channel"] = {"type": "string"}
    args = [
        "--base-file",
        str(_write(tmp_path / "a.yaml", base)),
        "--head-file",
        str(_write(tmp_path / "b.yaml", head)),
    ]

    assert spec_diff.main(args) == 0
    text = capsys.readouterr().out
    assert "verdict: BREAKING (1 breaking, 1 compatible)" in text
    assert "  - Coupon.usageCounter: response property removed (property-removed)" in text

    assert spec_diff.main([*args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "breaking"
    assert [(c["kind"], c["id"]) for c in out["changes"]] == [
        ("breaking", "Coupon.usageCounter"),
        ("compatible", "NewCustomerSession.channel"),
    ]
    assert set(out["changes"][0]) == {"kind", "id", "code", "message", "direction", "where"}


def test_cli_reports_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.yaml").write_text("just: text\n", encoding="utf-8")
    assert spec_diff.main(["--base-file", str(tmp_path / "x.yaml")]) == 2
    assert "not an OpenAPI document" in capsys.readouterr().err


def test_make_spec_diff_against_head_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_diff.main(["--base", "HEAD", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["base"] == "HEAD:openapi.yaml"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false",
         "-c", "tag.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True,
    )  # fmt: skip


def test_default_base_is_the_newest_release_tag(base: Spec, tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    _write(tmp_path / "openapi.yaml", base)
    _git(tmp_path, "add", "openapi.yaml")
    _git(tmp_path, "commit", "-q", "-m", "one")
    assert spec_diff.default_base(tmp_path) == "HEAD"
    for tag in ("v0.2.0", "v0.10.0", "v0.9.1", "release-7", "v1.0"):
        _git(tmp_path, "tag", tag)
    assert spec_diff.default_base(tmp_path) == "v0.10.0"  # numeric, not text, order; non-release tags ignored
    assert spec_diff.load_spec_at("v0.10.0", tmp_path) == base
