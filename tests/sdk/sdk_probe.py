#!/usr/bin/env python3
"""Can Talon.One's own Python SDK (talon-one-python-sdk 9.0.0) use a server's Integration API, and parse its replies?

Run it with the interpreter of a venv that has the SDK installed, against any server that speaks the Integration
API (the real service, or our sandbox):

    make sdk-compat          # builds .sdk-venv from requirements/sdk.lock and runs tests/test_sdk_compat.py
    talon-integration sandbox --port 9000 --api-key sandbox-key &
    .sdk-venv/bin/python tests/sdk/sdk_probe.py --base-url http://127.0.0.1:9000 --api-key sandbox-key

It walks two checkouts, the SDK's client-side validation on (its models raise on a missing or invalid field).
First the nine v1 operations of 2019 (profile, session with a coupon, a rejected coupon, event, referral, session
with the referral, reservation create, reserved customers, reserved coupons, reservation delete, customer-data
deletion). Then today's checkout (``sdk_today.py``), which calls every public method of the SDK's
``IntegrationApi`` (31 in 9.0.0, found by introspection, with the return type each passes to ``call_api``): each
reply must be parsed by the SDK into that type, and a method that returns nothing must succeed (its 2xx). It
prints, per call, whether the SDK parsed the reply. When it did not, it prints the SDK's exception and then every
problem the SDK's own model setters find in the reply (the SDK stops at the first one), plus the reply keys the
SDK silently drops because its models do not know them. A method the run did not call is a failure of its own.

SDK 9.0.0 has no methods for four of the nine v1 operations (updateCustomerProfile, updateCustomerSession,
trackEvent, getReservedCoupons; deprecated by the service): they are sent through the SDK's generic
``ApiClient.call_api`` with the SDK's own v1 models (NewCustomerProfile, NewCustomerSession, NewEvent ->
IntegrationState; getReservedCoupons -> InlineResponse20010 = {totalResultSize, data: [Coupon]}, the same shape).
Those rows are marked "call_api".

Exit status: 0 when every method was called and every reply parsed, 1 otherwise, 2 on bad arguments.
With ``--json`` it prints ``{"sdk_methods": {method: return type}, "results": [one per call]}``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import inspect
import json
import re
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

try:
    import talon_one
    from talon_one import models as M
    from talon_one.rest import ApiException
except ImportError:  # pragma: no cover - a usage error, not a probe result
    sys.exit("sdk_probe.py: run me with a python that has talon-one-python-sdk installed (make sdk-compat builds one)")

from dateutil import parser as _dateparser
from sdk_today import shop  # this file's folder is on sys.path when it runs as a script

_PRIMITIVES = {"str", "int", "float", "bool", "object", "datetime", "date"}


# ---- a full audit of one reply, using the SDK's own model metadata and setters --------------------------


def _default_of(cls: type, attr: str) -> Any:
    param = inspect.signature(cls.__init__).parameters.get(attr)
    return None if param is None or param.default is inspect.Parameter.empty else param.default


def _optional(cls: type, attr: str) -> bool:
    """Whether the SDK's constructor leaves ``attr`` unset when it is None (the SDK's optional fields)."""
    return f"if {attr} is not None:" in inspect.getsource(cls.__init__)


def audit(value: Any, type_name: str, path: str, problems: list[str], dropped: list[str]) -> None:
    """Every problem the SDK would raise on ``value`` as ``type_name`` (it raises only the first)."""
    if value is None:
        return
    if type_name.startswith("list["):
        if not isinstance(value, list):
            problems.append(f"{path}: expected a list, got {type(value).__name__}")
            return
        inner = type_name[5:-1]
        for i, item in enumerate(value):
            audit(item, inner, f"{path}[{i}]", problems, dropped)
        return
    if type_name.startswith("dict("):
        if not isinstance(value, dict):
            problems.append(f"{path}: expected an object, got {type(value).__name__}")
            return
        inner = type_name[5:-1].split(", ", 1)[1]
        for key, item in value.items():
            audit(item, inner, f"{path}.{key}", problems, dropped)
        return
    if type_name in _PRIMITIVES:
        _audit_primitive(value, type_name, path, problems)
        return
    cls = getattr(M, type_name)
    if not isinstance(value, dict):
        problems.append(f"{path}: expected an object for {type_name}, got {type(value).__name__}")
        return
    known = set(cls.attribute_map.values())
    dropped.extend(f"{path}.{key}" for key in value if key not in known)
    probe = cls.__new__(cls)
    probe.local_vars_configuration = talon_one.Configuration()  # validation on, as in deserialize_model
    for attr, wire in cls.attribute_map.items():
        if wire not in value and _default_of(cls, attr) is not None:
            continue  # the SDK's constructor fills its default in (e.g. CustomerSession.state = "open")
        raw = value.get(wire)
        if raw is None and _optional(cls, attr):
            continue  # the constructor sets it only when given (an optional enum's setter would refuse None)
        try:
            setattr(probe, attr, raw)  # the setter checks None, enums and constraints, not types
        except ValueError as exc:
            problems.append(f"{path}.{wire}: {exc}")
        audit(raw, cls.openapi_types[attr], f"{path}.{wire}", problems, dropped)


def _audit_primitive(value: Any, type_name: str, path: str, problems: list[str]) -> None:
    if type_name in ("datetime", "date"):
        if not isinstance(value, str):
            problems.append(f"{path}: {type_name} must be a string, got {value!r}")
            return
        try:
            _dateparser.parse(value)
        except (ValueError, OverflowError):
            problems.append(f"{path}: cannot parse {value!r} as {type_name}")
    elif type_name == "int" and isinstance(value, float) and not value.is_integer():
        problems.append(f"{path}: {value!r} is not an integer (the SDK would truncate it)")
    elif type_name in ("int", "float") and isinstance(value, str):  # the SDK converts numeric strings
        try:
            (int if type_name == "int" else float)(value)
        except ValueError:
            problems.append(f"{path}: cannot convert {value!r} to {type_name}")


# ---- running one operation ------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    via: str
    status: int | None = None
    parsed: bool = False
    summary: str = ""
    error: str = ""
    problems: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    response_type: str | None = None
    reply: Any = None  # the decoded 2xx reply, for a downstream check by another client
    operation_id: str = ""  # the spec's operationId the call sends
    method: str | None = None  # the IntegrationApi method called (None: sent through call_api)


def _camel(method: str) -> str:
    """An SDK method's operationId: ``update_customer_session_v2`` -> ``updateCustomerSessionV2``."""
    head, *rest = method.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def sdk_methods() -> dict[str, str | None]:
    """Every public method of the SDK's ``IntegrationApi`` (not ``*_with_http_info``) and its return type, read
    from the SDK itself (the ``response_type`` its ``*_with_http_info`` passes to ``call_api``; None: no body)."""
    found: dict[str, str | None] = {}
    for name, _ in inspect.getmembers(talon_one.IntegrationApi, inspect.isfunction):
        if name.startswith("_") or name.endswith("_with_http_info"):
            continue
        source = inspect.getsource(getattr(talon_one.IntegrationApi, f"{name}_with_http_info"))
        match = re.search(r"response_type=(?:'(\w+)'|None)", source)
        if match is None:
            raise SystemExit(f"sdk_probe.py: cannot read the return type of IntegrationApi.{name}")
        found[name] = match.group(1)
    return found


class Probe:
    def __init__(self, base_url: str, api_key: str, timeout: float) -> None:
        conf = talon_one.Configuration(host=base_url.rstrip("/"))
        conf.api_key["Authorization"] = api_key
        conf.api_key_prefix["Authorization"] = "ApiKey-v1"
        conf.client_side_validation = True  # the SDK's models raise on a missing or invalid field (its default)
        self.client = talon_one.ApiClient(conf)
        self.api = talon_one.IntegrationApi(self.client)
        self.timeout = timeout
        self.results: list[Result] = []
        self.methods = sdk_methods()

    def raw(self, path: str, method: str, path_params: dict[str, str], body: Any, response_type: str | None) -> Any:
        """A v1 call that SDK 9.0.0 has no method for, through its generic call_api and its own models."""
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        return self.client.call_api(
            path,
            method,
            path_params,
            [],
            headers,
            body=body,
            response_type=response_type,
            auth_settings=["api_key_v1"],
            _return_http_data_only=True,
            _preload_content=True,
            _request_timeout=self.timeout,
        )

    def call(
        self, method: str, *args: Any, label: str = "", describe: Callable[[Any], str] = lambda r: "", **kwargs: Any
    ) -> Any:
        """``IntegrationApi.<method>(*args, **kwargs)``, its reply parsed into the method's own return type."""
        operation_id = _camel(method)
        return self.run(
            f"{operation_id} {label}".strip(),
            f"IntegrationApi.{method}",
            self.methods[method],
            lambda: getattr(self.api, method)(*args, _request_timeout=self.timeout, **kwargs),
            describe,
            operation_id=operation_id,
            method=method,
        )

    def run(
        self,
        name: str,
        via: str,
        response_type: str | None,
        call: Callable[[], Any],
        describe: Callable[[Any], str] = lambda r: "",
        *,
        operation_id: str = "",
        method: str | None = None,
    ) -> Any:
        result = Result(name, via, response_type=response_type, operation_id=operation_id or name.split(" ")[0])
        result.method = method
        self.client.last_response = None
        value = None
        try:
            value = call()
            expected = getattr(M, response_type) if response_type else type(None)
            if not isinstance(value, expected):
                raise TypeError(f"the SDK returned {type(value).__name__}, not {expected.__name__}")
            result.parsed = True
            result.summary = describe(value) if value is not None else "no body (as documented)"
        except ApiException as exc:
            result.status = exc.status or None
            body = (exc.body or "")[:300] if isinstance(exc.body, str) else repr(exc.body)[:300]
            result.error = f"ApiException {exc.status} {exc.reason}: {body}".strip()
        except Exception as exc:  # the SDK's model setters raise ValueError; anything else is reported too
            result.error = f"{type(exc).__name__}: {exc}"
        last = self.client.last_response
        if last is not None:
            result.status = result.status or getattr(last, "status", None)
            if response_type and result.status and 200 <= result.status < 300:
                data = last.data.decode("utf-8") if isinstance(last.data, bytes) else last.data
                try:
                    payload = json.loads(data) if data else None
                except ValueError:
                    result.problems.append(f"reply is not JSON: {data[:120]!r}")
                else:
                    result.reply = payload
                    audit(payload, response_type, response_type, result.problems, result.dropped)
        self.results.append(result)
        return value


# ---- the checkout -------------------------------------------------------------------------------------


def _state_summary(state: Any) -> str:
    effects = [e[3][0] for e in (state.event.effects or []) if isinstance(e, list) and len(e) == 4 and e[3]]
    meta = state.event.meta
    reason = ""
    if meta is not None and meta.coupon_rejection_reason is not None:
        reason = f", couponRejectionReason={meta.coupon_rejection_reason.reason}"
    if meta is not None and meta.referral_rejection_reason is not None:
        reason += f", referralRejectionReason={meta.referral_rejection_reason.reason}"
    return (
        f"session={state.session.integration_id!r} state={state.session.state} "
        f"profile={state.profile.integration_id!r} event={state.event.type} effects={effects}{reason}"
    )


def checkout(p: Probe, args: argparse.Namespace) -> None:
    rid = args.run_id
    advocate, friend = f"probe-{rid}-advocate", f"probe-{rid}-friend"
    sess1, sess2, sess3 = f"probe-{rid}-s1", f"probe-{rid}-s2", f"probe-{rid}-s3"
    item = M.CartItem(name="Probe shoe", sku="probe-shoe-1", quantity=1, price=49.9, category="shoes")

    p.run(
        "updateCustomerProfile",
        "call_api",
        "IntegrationState",
        lambda: p.raw(
            "/v1/customer_profiles/{integrationId}",
            "PUT",
            {"integrationId": advocate},
            M.NewCustomerProfile(attributes={}),
            "IntegrationState",
        ),
        _state_summary,
    )

    p.run(
        "updateCustomerSession (coupon)",
        "call_api",
        "IntegrationState",
        lambda: p.raw(
            "/v1/customer_sessions/{customerSessionId}",
            "PUT",
            {"customerSessionId": sess1},
            M.NewCustomerSession(profile_id=advocate, coupon=args.coupon, cart_items=[item], total=49.9),
            "IntegrationState",
        ),
        _state_summary,
    )

    p.run(
        "updateCustomerSession (unknown coupon)",
        "call_api",
        "IntegrationState",
        lambda: p.raw(
            "/v1/customer_sessions/{customerSessionId}",
            "PUT",
            {"customerSessionId": sess2},
            M.NewCustomerSession(profile_id=advocate, coupon=f"NOPE-{rid}"),
            "IntegrationState",
        ),
        _state_summary,
    )

    p.run(
        "trackEvent",
        "call_api",
        "IntegrationState",
        lambda: p.raw(
            "/v1/events",
            "POST",
            {},
            M.NewEvent(profile_id=advocate, session_id=sess1, type=args.event_type, attributes={}),
            "IntegrationState",
        ),
        _state_summary,
    )

    referral = p.call(
        "create_referral",
        M.NewReferral(
            campaign_id=args.referral_campaign_id,
            advocate_profile_integration_id=advocate,
            friend_profile_integration_id=friend,
        ),
        describe=lambda r: f"code={r.code} campaignId={r.campaign_id} usageLimit={r.usage_limit}",
    )
    code = referral.code if referral is not None else None
    if code is None and p.client.last_response is not None:  # parse failed: take the code from the raw reply
        try:
            code = json.loads(p.client.last_response.data).get("code")
        except (ValueError, AttributeError, TypeError):
            code = None

    if code:
        p.run(
            "updateCustomerSession (referral)",
            "call_api",
            "IntegrationState",
            lambda: p.raw(
                "/v1/customer_sessions/{customerSessionId}",
                "PUT",
                {"customerSessionId": sess3},
                M.NewCustomerSession(profile_id=friend, referral=code, cart_items=[item], total=49.9),
                "IntegrationState",
            ),
            _state_summary,
        )

    ids = M.CouponReservations(integration_i_ds=[advocate, friend])
    p.call(
        "create_coupon_reservation",
        args.reserve_coupon,
        ids,
        describe=lambda c: f"value={c.value} reservation={c.reservation} usageCounter={c.usage_counter}",
    )

    p.call(
        "get_reserved_customers",
        args.reserve_coupon,
        describe=lambda r: f"totalResultSize={r.total_result_size} ids={[x.integration_id for x in r.data]}",
    )

    p.run(
        "getReservedCoupons",
        "call_api",
        "InlineResponse20010",
        lambda: p.raw(
            "/v1/coupon_reservations/coupons/{integrationId}",
            "GET",
            {"integrationId": advocate},
            None,
            "InlineResponse20010",
        ),
        lambda r: f"totalResultSize={r.total_result_size} values={[x.value for x in r.data]}",
    )

    p.call("delete_coupon_reservation", args.reserve_coupon, ids)
    p.call("delete_customer_data", friend)


def uncalled(p: Probe) -> list[Result]:
    """A failed result for each ``IntegrationApi`` method the run did not call with a parsed reply."""
    done = {r.method for r in p.results if r.parsed}
    return [
        Result(_camel(m), f"IntegrationApi.{m}", error="not called", operation_id=_camel(m), method=m)
        for m in sorted(p.methods.keys() - done)
    ]


def report(p: Probe, *, as_json: bool) -> None:
    results = p.results
    if as_json:
        print(json.dumps({"sdk_methods": p.methods, "results": [r.__dict__ for r in results]}, indent=2))
        return
    for r in results:
        verdict = "PARSED" if r.parsed else "FAILED"
        print(f"{verdict:6}  {r.name:40} HTTP {r.status}  via {r.via}")
        if r.summary:
            print(f"        {r.summary}")
        if r.error:
            print(f"        SDK error: {r.error}")
        for problem in r.problems:
            print(f"        problem: {problem}")
        if r.dropped:
            print(f"        keys the SDK ignores: {', '.join(r.dropped)}")
    ok = sum(r.parsed for r in results)
    methods = {r.method for r in results if r.parsed and r.method}
    print(f"\n{ok} parsed, {len(results) - ok} failed; {len(methods)} of the SDK's {len(p.methods)} methods called")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:9000")
    ap.add_argument("--api-key", required=True, help="sent as Authorization: ApiKey-v1 <key>")
    ap.add_argument("--coupon", default="XMAS-2026", help="a valid coupon for the session (default: XMAS-2026)")
    ap.add_argument("--reserve-coupon", default="WELCOME-2026", help="coupon to reserve (default: WELCOME-2026)")
    ap.add_argument(
        "--referral-campaign-id",
        type=int,
        default=5,
        help="a referral campaign (default 5: the sandbox's seeded 'Refer a friend')",
    )
    ap.add_argument("--event-type", default="viewed_product", help="an event type defined in the Application")
    ap.add_argument("--run-id", default=uuid.uuid4().hex[:6], help="suffix for the ids this run creates")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    p = Probe(args.base_url, args.api_key, args.timeout)
    started = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    if not args.json:
        print(f"talon-one-python-sdk {talon_one.__version__} against {args.base_url} (run {args.run_id}, {started})\n")
    checkout(p, args)
    shop(p, args)
    p.results.extend(uncalled(p))
    report(p, as_json=args.json)
    return 0 if all(r.parsed for r in p.results) else 1


if __name__ == "__main__":
    sys.exit(main())
