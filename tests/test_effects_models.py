"""Typed effects and the result models.

Effects: the six typed ones, generic ones for every other name, server order, nothing dropped, malformed
entries kept as generic effects without raising, ``match`` with class patterns. Models: unknown fields
kept and written back, unknown enum strings accepted, and a FIDELITY check against the generated
package: same wire names, same required fields, and for every example in openapi.yaml (plus a maximal
sample per schema) the overlay's fast ``from_dict(d).to_dict()`` equals the generated one.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import attrs
import pytest
from _client_helpers import MODES, FakeServer, Mode, respond, spec_example, state_json
from spec_facts import class_name, iter_named_examples, load_spec, resolve

import talon_integration
import talon_integration_generated.models as gen
from talon_integration import effects, models
from talon_integration.effects import (
    AcceptCoupon,
    AcceptReferral,
    Effect,
    ReferralCreated,
    RejectCoupon,
    RejectReferral,
    SetDiscount,
    parse_effects,
)
from talon_integration.models import IntegrationState, ResponseShapeError
from talon_integration_generated.types import Model

SCHEMAS = "#/components/schemas/"
MODEL_NAMES = [  # every schema with a class (the generated models; the overlay adds none of its own)
    name for name in gen.__all__ if isinstance(getattr(gen, name), type) and issubclass(getattr(gen, name), Model)
]


def state_with_effects(entries: Any, meta: Any = None) -> IntegrationState:
    data = state_json()
    data["event"]["effects"] = entries
    if meta is not None:
        data["event"]["meta"] = meta
    return IntegrationState.from_dict(data)


# --------------------------------------------------------------------------------------------------
# Effects
# --------------------------------------------------------------------------------------------------

KNOWN = [
    [59, 124, 0, ["acceptCoupon", "XMAS-2026"]],
    [-1, 0, 0, ["rejectCoupon", "NOPE-0000"]],
    [59, 124, 1, ["setDiscount", "10% off", 4.99]],
    [60, 125, 0, ["acceptReferral", "REF-1"]],
    [60, 125, 1, ["rejectReferral", "REF-2"]],
    [61, 126, 2, ["referralCreated", "REF-3", "friend-9"]],
    [62, 127, 0, ["addLoyaltyPoints", "Points", 7, 5]],
    [63, 128, 3, ["myCustomEffect", {"any": ["thing"]}, None]],
    [64, 129, 0, ["showNotification"]],
]


def test_typed_effects_in_server_order() -> None:
    state = state_with_effects(copy.deepcopy(KNOWN))
    got = state.effects
    assert [type(e) for e in got] == [
        AcceptCoupon,
        RejectCoupon,
        SetDiscount,
        AcceptReferral,
        RejectReferral,
        ReferralCreated,
        Effect,
        Effect,
        Effect,
    ]
    assert [e.effect_type for e in got] == [entry[3][0] for entry in KNOWN]
    assert [(e.campaign_id, e.ruleset_id, e.rule_index) for e in got] == [tuple(entry[:3]) for entry in KNOWN]
    assert [e.args for e in got] == [tuple(entry[3][1:]) for entry in KNOWN]
    accept, reject, discount, accept_ref, reject_ref, created, points, custom, bare = got
    assert accept.value == "XMAS-2026"
    assert reject.value == "NOPE-0000"
    assert reject.campaign_id == -1
    assert (discount.name, discount.value) == ("10% off", 4.99)
    assert accept_ref.value == "REF-1"
    assert reject_ref.value == "REF-2"
    assert (created.value, created.friend_profile_integration_id) == ("REF-3", "friend-9")
    assert points.args == ("Points", 7, 5)
    assert custom.args == ({"any": ["thing"]}, None)
    assert bare.args == ()
    assert state.effects is got  # parsed once


def test_setdiscount_with_integer_value_and_extra_args() -> None:
    (effect,) = state_with_effects([[1, 2, 3, ["setDiscount", "Flat", 5, "extra", 1]]]).effects
    assert isinstance(effect, SetDiscount)
    assert effect.value == 5
    assert effect.args == ("Flat", 5, "extra", 1)


MALFORMED = [
    pytest.param("not a list", id="string"),
    pytest.param({"campaignId": 1}, id="object"),
    pytest.param(None, id="null"),
    pytest.param(5, id="number"),
    pytest.param([], id="empty"),
    pytest.param([1, 2, 3], id="three-items"),
    pytest.param([1, 2, 3, ["acceptCoupon", "X"], "extra"], id="five-items"),
    pytest.param(["1", 2, 3, ["acceptCoupon", "X"]], id="campaign-id-str"),
    pytest.param([1.5, 2, 3, ["acceptCoupon", "X"]], id="campaign-id-float"),
    pytest.param([True, 2, 3, ["acceptCoupon", "X"]], id="campaign-id-bool"),
    pytest.param([1, None, 3, ["acceptCoupon", "X"]], id="ruleset-null"),
    pytest.param([1, 2, 3, []], id="empty-body"),
    pytest.param([1, 2, 3, "acceptCoupon"], id="body-str"),
    pytest.param([1, 2, 3, {"name": "acceptCoupon"}], id="body-object"),
    pytest.param([1, 2, 3, [42, "X"]], id="name-int"),
    pytest.param([1, 2, 3, [None]], id="name-null"),
]


@pytest.mark.parametrize("entry", MALFORMED)
def test_malformed_entries_become_generic_effects(entry: Any) -> None:
    before = copy.deepcopy(KNOWN[0])
    after = copy.deepcopy(KNOWN[2])
    got = state_with_effects([before, entry, after]).effects
    assert len(got) == 3
    assert isinstance(got[0], AcceptCoupon)
    assert type(got[1]) is Effect
    assert isinstance(got[2], SetDiscount)
    assert got[1].raw == entry
    assert isinstance(got[1].effect_type, str)
    assert isinstance(got[1].args, tuple)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(["acceptCoupon"], id="accept-no-arg"),
        pytest.param(["acceptCoupon", 5], id="accept-int"),
        pytest.param(["rejectCoupon", None], id="reject-null"),
        pytest.param(["setDiscount", "label"], id="discount-one-arg"),
        pytest.param(["setDiscount", "label", "4.99"], id="discount-value-str"),
        pytest.param(["setDiscount", "label", True], id="discount-value-bool"),
        pytest.param(["setDiscount", 1, 2], id="discount-name-int"),
        pytest.param(["referralCreated", "REF"], id="created-one-arg"),
        pytest.param(["referralCreated", "REF", 9], id="created-friend-int"),
        pytest.param(["acceptReferral", ["x"]], id="accept-referral-list"),
        pytest.param(["rejectReferral", {}], id="reject-referral-object"),
    ],
)
def test_typed_names_with_wrong_arguments_stay_generic(body: list[Any]) -> None:
    (effect,) = state_with_effects([[7, 8, 9, body]]).effects
    assert type(effect) is Effect
    assert effect.effect_type == body[0]
    assert effect.args == tuple(body[1:])
    assert (effect.campaign_id, effect.ruleset_id, effect.rule_index) == (7, 8, 9)


def test_parse_effects_never_raises_on_odd_containers() -> None:
    assert parse_effects([]) == ()
    got = parse_effects([(1, 2, 3, ("acceptCoupon", "X")), [1, 2, 3, ["x"] * 1000]])
    assert isinstance(got[0], AcceptCoupon)
    assert len(got[1].args) == 999


def describe(effect: Effect) -> str:
    match effect:
        case SetDiscount(name=name, value=value):
            return f"discount {name}={value}"
        case RejectCoupon(value=code):
            return f"rejected {code}"
        case AcceptCoupon(value=code):
            return f"accepted {code}"
        case ReferralCreated(value=code, friend_profile_integration_id=friend):
            return f"referral {code} for {friend}"
        case AcceptReferral(value=code) | RejectReferral(value=code):
            return f"referral {effect.effect_type} {code}"
        case Effect(effect_type="addLoyaltyPoints", args=(label, *_)):
            return f"points {label}"
        case Effect(effect_type=name, campaign_id=-1):
            return f"campaignless {name}"
        case _:
            return f"other {effect.effect_type}"


def test_match_statement_with_class_patterns() -> None:
    got = [describe(e) for e in state_with_effects(copy.deepcopy(KNOWN)).effects]
    assert got == [
        "accepted XMAS-2026",
        "rejected NOPE-0000",
        "discount 10% off=4.99",
        "referral acceptReferral REF-1",
        "referral rejectReferral REF-2",
        "referral REF-3 for friend-9",
        "points Points",
        "other myCustomEffect",
        "other showNotification",
    ]


def test_effects_are_frozen_and_comparable() -> None:
    a = state_with_effects([[1, 2, 3, ["acceptCoupon", "X"]]]).effects[0]
    b = state_with_effects([[1, 2, 3, ["acceptCoupon", "X"]]]).effects[0]
    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.value = "Y"  # type: ignore[misc]
    assert a != Effect(1, 2, 3, "acceptCoupon", ("X",))
    assert "X" in repr(a)


def test_every_effect_class_has_the_common_fields() -> None:
    """v1 effects carry their raw arguments in ``args``, v2 effects (EffectV2 and its typed subclasses) in ``props``."""
    for name in effects.__all__:
        cls = getattr(effects, name)
        if isinstance(cls, type):
            fields = {f.name for f in attrs.fields(cls)}
            raw = "props" if issubclass(cls, effects.EffectV2) else "args"
            assert {"campaign_id", "ruleset_id", "rule_index", "effect_type", raw} <= fields


# --------------------------------------------------------------------------------------------------
# Rejection reasons, forward compatibility
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["CouponNotFound", "CouponExpired", "CouponRejectedByCondition", "SomethingNew2030"])
def test_coupon_rejection_reason(reason: str) -> None:
    meta = {"couponRejectionReason": {"campaignId": 59, "couponId": 501, "reason": reason, "extra": 1}}
    state = state_with_effects([[59, 1, 0, ["rejectCoupon", "X"]]], meta)
    rejection = state.coupon_rejection_reason
    assert rejection is not None
    assert (rejection.campaign_id, rejection.coupon_id, rejection.reason) == (59, 501, reason)
    assert rejection.additional_properties == {"extra": 1}


def test_no_rejection_reason_without_meta() -> None:
    data = state_json()
    data["event"].pop("meta")
    assert IntegrationState.from_dict(data).coupon_rejection_reason is None
    data["event"]["meta"] = {}
    assert IntegrationState.from_dict(data).coupon_rejection_reason is None


def test_unknown_fields_are_kept_at_every_level() -> None:
    data = state_json()
    data["brandNew"] = [1, 2]
    data["session"]["sessionExtra"] = {"nested": True}
    data["session"]["cartItems"][0]["lineExtra"] = "x"
    data["profile"]["profileExtra"] = None
    data["event"]["eventExtra"] = 1.5
    data["event"]["meta"]["metaExtra"] = "m"
    data["event"]["meta"]["rewardHints"] = {"reason": "NotYetModelled"}
    state = IntegrationState.from_dict(copy.deepcopy(data))
    assert state.additional_properties == {"brandNew": [1, 2]}
    assert state.session.additional_properties == {"sessionExtra": {"nested": True}}
    assert state.session.cart_items[0].additional_properties == {"lineExtra": "x"}
    assert state.profile.additional_properties == {"profileExtra": None}
    assert state.event.additional_properties == {"eventExtra": 1.5}
    assert state.event.meta is not None
    assert state.event.meta.additional_properties["rewardHints"] == {"reason": "NotYetModelled"}
    out = state.to_dict()
    assert out["brandNew"] == [1, 2]
    assert out["session"]["sessionExtra"] == {"nested": True}
    assert out["session"]["cartItems"][0]["lineExtra"] == "x"
    assert out["profile"]["profileExtra"] is None
    assert out["event"]["meta"]["metaExtra"] == "m"
    assert _normalise(out) == _normalise(data)


def test_unknown_session_state_is_accepted() -> None:
    data = state_json()
    data["session"]["state"] = "partially_refunded"
    state = IntegrationState.from_dict(data)
    assert state.session.state == "partially_refunded"
    assert state.to_dict()["session"]["state"] == "partially_refunded"


def test_models_without_unset() -> None:
    state = IntegrationState.from_dict(state_json())
    assert state.loyalty is None
    assert state.session.identifiers is None
    for value in attrs.asdict(state, recurse=True).values():
        assert "Unset" not in type(value).__name__


def test_required_fields_raise_a_shape_error_naming_the_path() -> None:
    data = state_json()
    del data["session"]["cartItems"][0]["price"]
    with pytest.raises(ResponseShapeError, match=r"session\.cartItems\[0\]\.price"):
        IntegrationState.from_dict(data)


@pytest.mark.parametrize(
    ("broken", "path"),
    [
        (lambda items: items[2].pop("price"), r"session\.cartItems\[2\]\.price"),
        (lambda items: items.__setitem__(1, "not a line"), r"session\.cartItems\[1\]: expected an object"),
    ],
    ids=["missing field at 2", "not an object at 1"],
)
def test_a_bad_list_item_is_named_by_its_index(broken: Any, path: str) -> None:
    data = state_json()
    line = data["session"]["cartItems"][0]
    data["session"]["cartItems"] = [dict(line), dict(line), dict(line)]
    broken(data["session"]["cartItems"])
    with pytest.raises(ResponseShapeError, match=path):
        IntegrationState.from_dict(data)


def test_loyalty_with_sub_ledgers() -> None:
    data = state_json()
    data["loyalty"] = {
        "programs": {
            "7": {
                "id": 7,
                "title": "Club",
                "name": "club",
                "ledger": {
                    "currentBalance": 105,
                    "pendingBalance": 0,
                    "expiredBalance": 0,
                    "spentBalance": 0,
                    "tentativeCurrentBalance": 105,
                },
                "subLedgers": {
                    "eu": {
                        "currentBalance": 5.5,
                        "pendingBalance": 0,
                        "expiredBalance": 0,
                        "spentBalance": 0,
                        "tentativeCurrentBalance": 5.5,
                    }
                },
            }
        }
    }
    state = IntegrationState.from_dict(data)
    assert state.loyalty is not None
    program = state.loyalty.programs["7"]
    assert program.ledger.current_balance == 105
    assert program.sub_ledgers is not None
    assert program.sub_ledgers["eu"].current_balance == 5.5
    assert state.to_dict()["loyalty"] == data["loyalty"]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES, ids=str)
async def test_effects_through_the_client(mode: Mode) -> None:
    data = state_json()
    data["event"]["effects"] = [*copy.deepcopy(KNOWN), "garbage"]
    server = FakeServer([respond(200, data)])
    client = mode.client(server)
    state = await mode.call(client, "update_customer_session", "sess-1")
    await mode.close(client)
    assert len(state.effects) == len(KNOWN) + 1
    assert type(state.effects[-1]) is Effect


# --------------------------------------------------------------------------------------------------
# Round trips: every example of the spec, and a maximal sample per schema
# --------------------------------------------------------------------------------------------------


# One maximal instance per schema, for fields no spec example uses.
FULL_COUPON = {
    "id": 501,
    "created": "2026-11-01T08:00:00Z",
    "campaignId": 59,
    "value": "XMAS-2026",
    "usageLimit": 100,
    "usageCounter": 3,
    "startDate": "2026-11-01T00:00:00+01:00",
    "expiryDate": "2026-12-31T23:59:59.123456Z",
    "attributes": {"a": [1, {"b": None}]},
    "referralId": 3,
    "recipientIntegrationId": "user-42",
    "importId": 9,
    "reservation": False,
    "batchId": "xmas",
    "unknownFutureField": {"x": 1},
}
FULL_CART_ITEM = {
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
    "attributes": {"Colour": "red"},
    "adjustment": {"payFromLoyaltyProgram": 7, "pointPayment": 100, "remainingPrice": 39.9, "new": 1},
}
FULL_LEDGER = {
    "id": 12,
    "created": "2026-11-25T10:10:00Z",
    "profileId": "user-42",
    "accountId": 3,
    "loyaltyProgramId": 7,
    "eventId": 90004,
    "amount": -5,
    "reason": "Refund",
    "expiryDate": "2027-11-25T10:10:00Z",
    "referenceId": 11,
}


def _full_state() -> dict[str, Any]:
    data = state_json()
    data["session"]["identifiers"] = ["device-1"]
    data["session"]["cartItems"] = [FULL_CART_ITEM]
    data["profile"]["loyaltyMemberships"] = [{"loyaltyProgramId": 7, "joined": "2026-11-20T09:30:00Z"}]
    data["event"]["ledgerEntries"] = [FULL_LEDGER]
    data["event"]["meta"] = {
        "campaigns": {"59": {"x": 1}},
        "coupons": {"XMAS-2026": {}},
        "couponRejectionReason": {"campaignId": -1, "couponId": 0, "reason": "CouponNotFound"},
        "warnings": {"w": ["x"]},
    }
    data["loyalty"] = {
        "programs": {
            "7": {
                "id": 7,
                "title": "t",
                "name": "n",
                "ledger": {
                    "currentBalance": 1.5,
                    "pendingBalance": 0,
                    "expiredBalance": 0,
                    "spentBalance": 0,
                    "tentativeCurrentBalance": 1.5,
                },
                "subLedgers": {},
            }
        }
    }
    return data


FULL_SAMPLES: dict[str, Any] = {
    "IntegrationState": _full_state(),
    "Coupon": FULL_COUPON,
    "CartItem": FULL_CART_ITEM,
    "LedgerEntry": FULL_LEDGER,
    "Referral": {
        "id": 1,
        "created": "2026-11-25T10:00:00Z",
        "campaignId": 78,
        "advocateProfileIntegrationId": "a",
        "code": "ABCD",
        "usageCounter": 0,
        "usageLimit": 0,
    },
    "ReservedCoupons": {"totalResultSize": 2, "data": [FULL_COUPON, {**FULL_COUPON, "id": 502}]},
}


def _component_instances(schema_ptr: str, value: Any) -> list[tuple[str, Any]]:
    """(schema name, value) for the value and every sub-object that instantiates a component schema."""
    spec = load_spec()
    ptr, schema = resolve(spec, schema_ptr, {"$ref": schema_ptr} if schema_ptr.startswith("#") else schema_ptr)
    out: list[tuple[str, Any]] = []
    if ptr.startswith(SCHEMAS) and ptr.count("/") == 3:
        out.append((ptr[len(SCHEMAS) :], value))
    if isinstance(value, dict):
        for key, item in value.items():
            prop = schema.get("properties", {}).get(key)
            if prop is None and isinstance(schema.get("additionalProperties"), dict):
                prop = schema["additionalProperties"]
            if isinstance(prop, dict):
                out += _walk(prop, item)
    return out


def _walk(schema: dict[str, Any], value: Any) -> list[tuple[str, Any]]:
    if "$ref" in schema:
        return _component_instances(schema["$ref"], value)
    out: list[tuple[str, Any]] = []
    if schema.get("type") == "array" and isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            out += _walk(schema["items"], item)
    if isinstance(schema.get("additionalProperties"), dict) and isinstance(value, dict):
        for item in value.values():
            out += _walk(schema["additionalProperties"], item)
    return out


def _fidelity_cases() -> list[Any]:
    cases: list[Any] = []
    for example in iter_named_examples(load_spec()):
        schema = example.media.media["schema"]
        for schema_name, value in _walk(schema, example.value):
            name = class_name(schema_name)
            if name in MODEL_NAMES:
                cases.append(pytest.param(name, value, id=f"{example.where}:{name}".replace(" ", "-")))
    for name, value in FULL_SAMPLES.items():
        for schema_name, sub_value in _component_instances(SCHEMAS + name, value):
            sub_name = class_name(schema_name)
            if sub_name in MODEL_NAMES:
                cases.append(pytest.param(sub_name, sub_value, id=f"full-{name}:{sub_name}"))
    return cases


FIDELITY_CASES = _fidelity_cases()


def _normalise(value: Any) -> Any:
    """Date-times compared as instants (both sides re-emit isoformat); everything else as is."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4] == "-" and value[10] == "T":
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize(("name", "data"), FIDELITY_CASES)
def test_round_trip_keeps_the_wire_data(name: str, data: dict[str, Any]) -> None:
    """Every example of the spec (and a maximal sample) parses and comes back as it was sent."""
    model = getattr(models, name).from_dict(copy.deepcopy(data))
    assert _normalise(model.to_dict()) == _normalise(data)
    assert getattr(models, name).from_dict(model.to_dict()) == model


def test_unknown_fields_take_part_in_equality_and_survive_mutation() -> None:
    wire = dict(FULL_COUPON, discountLabel="10% off")
    first, second = models.Coupon.from_dict(wire), models.Coupon.from_dict(dict(wire))
    assert first == second
    assert first != models.Coupon.from_dict(dict(FULL_COUPON))  # only the unknown field differs
    first.additional_properties["note"] = "kept"
    assert first.to_dict()["note"] == "kept"
    assert first != second
    second.additional_properties = dict(first.additional_properties)
    assert first == second
    assert first != object()


def test_unknown_fields_are_picked_out_as_the_model_is_parsed() -> None:
    """A parsed model keeps the fields its schema does not name, never the JSON object itself; what you give
    ``additional_properties`` is kept as given."""
    wire = dict(FULL_COUPON, discountLabel="10% off")
    parsed = models.Coupon.from_dict(wire)
    unknown = {"unknownFutureField": {"x": 1}, "discountLabel": "10% off"}
    assert parsed.additional_properties == unknown
    assert parsed.additional_properties is parsed.additional_properties
    wire["lateAddition"] = 1  # the source is not held: changing it afterwards changes nothing
    assert parsed.additional_properties == unknown
    known_only = {k: v for k, v in FULL_COUPON.items() if k != "unknownFutureField"}
    assert models.Coupon.from_dict(known_only).additional_properties == {}
    given = {"gift": 1}
    item = models.CartItem(sku="s", name="n", quantity=1, price=2.5, additional_properties=given)
    assert item.additional_properties is given
    copy_ = attrs.evolve(parsed, value="OTHER")
    assert copy_.to_dict()["value"] == "OTHER" and copy_.additional_properties == unknown


def test_an_explicit_null_optional_field_is_not_an_unknown_one() -> None:
    line = dict(state_json()["session"]["cartItems"][0], category=None, brandNew=2)
    item = models.CartItem.from_dict(line)
    assert item.category is None
    assert item.additional_properties == {"brandNew": 2}


def test_from_dict_leaves_its_argument_as_it_is() -> None:
    """Only the client's own decoded JSON is consumed while parsing; ``from_dict`` never changes what it is given."""
    data = state_json()
    data["session"]["cartItems"] = [dict(data["session"]["cartItems"][0]) for _ in range(3)]
    before = copy.deepcopy(data)
    state = IntegrationState.from_dict(data)
    assert data == before
    assert len(state.session.cart_items) == 3
    assert IntegrationState.from_dict(data) == state


def test_models_are_unhashable_like_the_json_objects_they_mirror() -> None:
    coupon = models.Coupon.from_dict(dict(FULL_COUPON))
    with pytest.raises(TypeError):
        hash(coupon)


def test_constructed_models_take_unknown_fields_too() -> None:
    item = models.CartItem(sku="s", name="n", quantity=1, price=2.5, additional_properties={"giftWrap": True})
    assert item.to_dict() == {"sku": "s", "name": "n", "quantity": 1, "price": 2.5, "giftWrap": True}
    assert item == models.CartItem.from_dict(item.to_dict())


# --------------------------------------------------------------------------------------------------
# v2 effects: typed props per effect type, from the spec's x-talon-effect-props
# --------------------------------------------------------------------------------------------------

EFFECT_PROPS: dict[str, str] = {  # effectType -> props schema, as the spec maps them (not a hand list)
    effect_type: ref["$ref"].rsplit("/", 1)[-1]
    for effect_type, ref in load_spec()["components"]["schemas"]["Effect"]["x-talon-effect-props"].items()
}
_SAMPLE_SCALARS: dict[str, Any] = {"string": "x", "integer": 7, "number": 1.5, "boolean": True}


def _sample(schema: dict[str, Any]) -> Any:
    """A value of ``schema`` with every property set (date-times as RFC 3339 text)."""
    _, schema = resolve(load_spec(), "", schema)
    kind = schema.get("type")
    if kind == "object":
        return {name: _sample(prop) for name, prop in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [_sample(schema.get("items") or {})]
    if kind == "string" and schema.get("format") == "date-time":
        return "2026-01-31T12:00:00Z"
    return _SAMPLE_SCALARS.get(kind or "", {})


def _effect(effect_type: str, props: Any) -> dict[str, Any]:
    return {"campaignId": 59, "rulesetId": 124, "ruleIndex": 0, "ruleName": "r", "effectType": effect_type,
            "triggeredByCoupon": 501, "props": props}  # fmt: skip


def test_the_spec_maps_35_effect_types_and_each_has_a_typed_class() -> None:
    assert len(EFFECT_PROPS) >= 35  # a floor: the spec may map more effect types
    assert set(effects.EFFECT_TYPES) == set(EFFECT_PROPS)
    for effect_type, cls in effects.EFFECT_TYPES.items():
        assert issubclass(cls, effects.EffectV2) and cls.PROPS is getattr(models, EFFECT_PROPS[effect_type])
        assert cls.__name__ == effect_type[0].upper() + effect_type[1:] + "V2"
        assert getattr(effects, cls.__name__) is cls and cls.__name__ in effects.__all__


@pytest.mark.parametrize("effect_type", sorted(EFFECT_PROPS))
def test_every_v2_effect_type_parses_to_its_typed_props(effect_type: str) -> None:
    props_schema = EFFECT_PROPS[effect_type]
    wire = _effect(effect_type, _sample({"$ref": SCHEMAS + props_schema}))
    effect = models.EffectV2.from_dict(copy.deepcopy(wire))
    assert type(effect) is effects.EFFECT_TYPES[effect_type]
    assert type(effect.props) is getattr(models, props_schema)
    assert (effect.campaign_id, effect.rule_name, effect.effect_type, effect.triggered_by_coupon) == (
        59, "r", effect_type, 501,
    )  # fmt: skip
    assert _normalise(effect.to_dict()) == _normalise(wire)
    assert models.EffectV2.from_dict(effect.to_dict()) == effect


def test_an_unknown_v2_effect_type_stays_generic_with_its_raw_props() -> None:
    wire = _effect("somethingNew2030", {"anything": [1, {"x": None}]})
    effect = models.EffectV2.from_dict(copy.deepcopy(wire))
    assert type(effect) is effects.EffectV2 and effect.props == {"anything": [1, {"x": None}]}
    assert effect.to_dict() == wire
    match effect:
        case effects.SetDiscountV2():
            raise AssertionError("an unknown effect type must not match a typed one")
        case effects.EffectV2(effect_type="somethingNew2030", props={"anything": list()}):
            pass
        case _:
            raise AssertionError(effect)


def test_v2_effects_match_with_class_patterns() -> None:
    state = models.IntegrationStateV2.from_dict(spec_example("updateCustomerSessionV2", "200", "couponAccepted"))
    seen = []
    for effect in state.effects:
        match effect:
            case effects.AcceptCouponV2(props=models.AcceptCouponEffectProps(value=code)):
                seen.append(("accepted", code))
            case effects.SetDiscountV2(props=props):
                seen.append(("discount", props.name, props.value))
    assert seen == [("accepted", "XMAS-2026"), ("discount", "10% off", 4.99)]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", MODES, ids=str)
async def test_v2_results_through_the_client_carry_typed_effects_and_list_bad_props(mode: Mode) -> None:
    """Sync and async: all 35 types typed, an unknown one generic, malformed props a listed problem, none dropped."""
    body = spec_example("updateCustomerSessionV2", "200", "couponAccepted")
    sent = [_effect(t, _sample({"$ref": SCHEMAS + s})) for t, s in sorted(EFFECT_PROPS.items())]
    sent.append(_effect("somethingNew2030", {"a": 1}))
    sent.append(_effect("setDiscount", {"name": 10, "value": 4.99}))  # name must be a string
    sent.append(_effect("rejectCoupon", "not an object"))
    body["effects"] = sent
    server = FakeServer([respond(200, body), respond(200, body)])
    client = mode.client(server)
    state = await mode.call(
        client, "update_customer_session_v2", "sess-1", customer_session={"coupon_codes": ["XMAS-2026"]}
    )
    await mode.close(client)
    got = state.effects
    assert [e.effect_type for e in got] == [e["effectType"] for e in sent]  # in order, none dropped
    for effect, (effect_type, props_schema) in zip(got, sorted(EFFECT_PROPS.items()), strict=False):
        assert type(effect) is effects.EFFECT_TYPES[effect_type]
        assert type(effect.props) is getattr(models, props_schema)
    unknown, bad_name, bad_props = got[-3:]
    assert type(unknown) is effects.EffectV2 and unknown.props == {"a": 1}
    assert type(bad_name) is effects.SetDiscountV2 and bad_name.props.name is None and bad_name.props.value == 4.99
    assert type(bad_props) is effects.RejectCouponV2 and bad_props.props is None
    n = len(sent)
    assert [(p.pointer, p.message) for p in talon_integration.response_problems(state)] == [
        (f"/effects/{n - 2}/props/name", "expected a string, got int"),
        (f"/effects/{n - 1}/props", "expected an object, got str"),
    ]
    assert _normalise(state.to_dict()["effects"]) == _normalise(sent)  # what was sent, given back


def test_v2_effects_are_the_same_on_every_v2_result_with_effects() -> None:
    """Every result schema with an ``effects`` list of ``Effect`` gets the typed effects (the parser is the item's)."""
    spec = load_spec()
    holders = [
        name for name, node in spec["components"]["schemas"].items()
        if ((node.get("properties") or {}).get("effects") or {}).get("items", {}).get("$ref") == SCHEMAS + "Effect"
    ]  # fmt: skip
    assert {"IntegrationStateV2", "TrackEventV2Response"} <= set(holders)
    for name in holders:
        cls = getattr(models, class_name(name))
        field = next(f for f in cls.FIELDS if f.wire == "effects")
        assert field.model is effects.EffectV2, name
