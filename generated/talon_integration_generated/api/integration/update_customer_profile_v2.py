"""updateCustomerProfileV2: Update customer profile.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_integration_id = _LIMITS[("updateCustomerProfileV2", "integrationId")]
_LIMITS_run_rule_engine = _LIMITS[("updateCustomerProfileV2", "runRuleEngine")]
_LIMITS_dry = _LIMITS[("updateCustomerProfileV2", "dry")]


def build(
    integration_id: str,
    *,
    attributes: Mapping[str, Any] | None = None,
    evaluable_campaign_ids: Sequence[int] | None = None,
    audiences_changes: ProfileAudiencesChanges | ProfileAudiencesChangesDict | None = None,
    response_content: Sequence[ProfileResponseContent] | None = None,
    run_rule_engine: bool | None = None,
    dry: bool | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of updateCustomerProfileV2, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v2/customer_profiles/" + _t.path_segment(
        "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
    )

    query: list[tuple[str, str]] = []
    if run_rule_engine is not None:
        query.append(
            ("runRuleEngine", _t.query_value("run_rule_engine", run_rule_engine, "bool", _LIMITS_run_rule_engine))
        )
    if dry is not None:
        query.append(("dry", _t.query_value("dry", dry, "bool", _LIMITS_dry)))
    if query:
        path += "?" + urlencode(query)
    body = CustomerProfileIntegrationRequestV2.to_request(
        {
            "attributes": attributes,
            "evaluable_campaign_ids": evaluable_campaign_ids,
            "audiences_changes": audiences_changes,
            "response_content": response_content,
        }
    )
    return path, body


OPERATION: _t.Operation[CustomerProfileIntegrationResponseV2] = _t.Operation(
    operation_id="updateCustomerProfileV2",
    name="update_customer_profile_v2",
    method="PUT",
    path="/v2/customer_profiles/{integrationId}",
    path_parameter="integrationId",
    path_parameters=("integrationId",),
    result=CustomerProfileIntegrationResponseV2,
    parse=CustomerProfileIntegrationResponseV2.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=True,
    body=CustomerProfileIntegrationRequestV2,
    signed_empty_body=False,
    parameters=(
        _t.Parameter("integration_id", "integrationId", "path", "str", True),
        _t.Parameter("run_rule_engine", "runRuleEngine", "query", "bool", False),
        _t.Parameter("dry", "dry", "query", "bool", False),
        _t.Parameter(
            "attributes",
            "attributes",
            "body",
            "object",
            False,
            description="Arbitrary properties associated with this item.",
        ),
        _t.Parameter(
            "evaluable_campaign_ids",
            "evaluableCampaignIds",
            "body",
            "list",
            False,
            item_kind="int",
            description="When using the `dry` query parameter, use this property to list the campaign to be evaluated by the Rule Engine. These campaigns will be evaluated, even if they are disabled, allowing you to test specific campaigns before activating them.",
        ),
        _t.Parameter(
            "audiences_changes",
            "audiencesChanges",
            "body",
            "model",
            False,
            model=ProfileAudiencesChanges,
            description="ProfileAudiencesChanges (Talon.One Integration API; SDK 9 model ProfileAudiencesChanges).",
        ),
        _t.Parameter(
            "response_content",
            "responseContent",
            "body",
            "list",
            False,
            item_kind="enum",
            choices=(
                "awardedGiveaways",
                "customerProfile",
                "event",
                "loyalty",
                "ruleFailureReasons",
                "triggeredCampaigns",
            ),
            description="Extends the response with the chosen data entities. Use this property to get as much data as you need in one _Update customer profile_ request instead of sending extra requests to other endpoints.",
        ),
    ),
    summary="Update customer profile",
    description="Update or create a [Customer Profile](https://docs.talon.one/docs/dev/concepts/entities/customer-profiles). This endpoint triggers the Rule Builder. You can use this endpoint to: - Set attributes on the given customer profile. Ensure you create the attributes in the Campaign Manager, first. - Modify the audience the customer profile is a member of.",
)
