"""Valid arguments for every operation of today's API (``spec_facts_2026.SDK_OPERATIONS``), from openapi.yaml.

Not a test module. ``call_args(operation_id)`` gives ``(args, kwargs)`` for the client method: the path parameters
(``1`` for an integer, a plain ID for a string), the request example of the spec as keyword arguments (nested
objects as the generated models, parsed from the example) and, for some operations, query parameters of every
kind the spec has (booleans, date-times, integers with bounds, arrays sent comma-separated or repeated), so that a
validating peer (Prism) checks how each kind goes on the wire.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from _client_helpers import spec_example
from spec_facts_2026 import SDK_OPERATIONS, OperationFact2026

from talon_integration_generated import types as _t

BY_ID: dict[str, OperationFact2026] = {fact.operation_id: fact for fact in SDK_OPERATIONS}

# Query parameters for the operations that have them: one of each kind at least.
QUERY_ARGS: dict[str, dict[str, Any]] = {
    "updateCustomerSessionV2": {"dry": True, "now": dt.datetime(2026, 12, 24, 18, 0, tzinfo=dt.UTC)},
    "returnCartItems": {"dry": False},
    "updateCustomerProfileV2": {"run_rule_engine": True, "dry": False},
    "updateCustomerProfilesV2": {"silent": "no"},
    "trackEventV2": {"silent": "no", "dry": True, "force_complete_evaluation": True},
    "getCustomerInventory": {"profile": True, "coupons": True, "loyalty": False, "achievements": True},
    "getCustomerAchievements": {
        "campaign_ids": ["59", "61"],
        "achievement_status": ["active"],
        "page_size": 50,
        "skip": 0,
    },
    "getCustomerAchievementHistory": {
        "progress_status": ["inprogress", "completed"],
        "start_date": "2026-01-01T00:00:00Z",
        "end_date": dt.datetime(2026, 12, 31, tzinfo=dt.UTC),
        "page_size": 1000,
    },
    "getLoyaltyCardBalances": {"end_date": "2026-12-31T23:59:59Z", "subledger_id": ["main", "bonus"]},
    "getLoyaltyCardPoints": {"status": "active", "subledger_id": ["main"], "page_size": 1, "skip": 10},
    "getLoyaltyCardTransactions": {"loyalty_transaction_type": "session", "page_size": 20},
    "getLoyaltyBalances": {"subledger_id": "main", "include_tiers": True, "include_projected_tier": False},
    "getLoyaltyProgramProfilePoints": {"status": "pending", "page_size": 5},
    "getLoyaltyProgramProfileTransactions": {"loyalty_transaction_type": "manual", "skip": 5},
    "createReferralsForMultipleAdvocates": {"silent": "no"},
}


PATH_VALUES = {"customerSessionId": "sess-1", "loyaltyCardId": "card-0001", "couponValue": "XMAS-2026"}


def operation(operation_id: str) -> _t.Operation[Any]:
    fact = BY_ID[operation_id]
    module = importlib.import_module(f"talon_integration_generated.api.integration.{fact.sdk_name}")
    op: _t.Operation[Any] = module.OPERATION
    return op


def _argument(param: _t.Parameter, value: Any) -> Any:
    """A body field of the example as a keyword argument: nested objects as the generated models."""
    model = param.model
    if model is None or value is None:
        return value
    if param.kind == "model":
        return model.from_dict(value)
    if param.kind == "list":
        return [model.from_dict(item) for item in value]
    if param.kind == "map":
        return {key: model.from_dict(item) for key, item in value.items()}
    return value


def call_args(operation_id: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The positional and keyword arguments of a valid call of the operation."""
    fact = BY_ID[operation_id]
    op = operation(operation_id)
    args = tuple(1 if kind == "integer" else PATH_VALUES.get(name, "user-42") for name, kind in fact.path_params)
    kwargs: dict[str, Any] = {}
    if fact.request_body is not None:
        example = spec_example(operation_id, None)
        for param in op.parameters:
            if param.location != "body":
                continue
            if fact.request_body == "object":
                kwargs[param.name] = example
            elif param.wire in example:
                kwargs[param.name] = _argument(param, example[param.wire])
    kwargs.update(QUERY_ARGS.get(operation_id, {}))
    return args, kwargs
