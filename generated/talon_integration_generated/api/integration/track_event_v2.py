"""trackEventV2: Track event.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_silent = _LIMITS[("trackEventV2", "silent")]
_LIMITS_dry = _LIMITS[("trackEventV2", "dry")]
_LIMITS_force_complete_evaluation = _LIMITS[("trackEventV2", "forceCompleteEvaluation")]


def build(
    *,
    type: str,
    profile_id: str | None = None,
    store_integration_id: str | None = None,
    evaluable_campaign_ids: Sequence[int] | None = None,
    attributes: Mapping[str, Any] | None = None,
    loyalty_cards: Sequence[str] | None = None,
    response_content: Sequence[ProfileResponseContent] | None = None,
    silent: TrackEventV2Silent | None = None,
    dry: bool | None = None,
    force_complete_evaluation: bool | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of trackEventV2, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v2/events"

    query: list[tuple[str, str]] = []
    if silent is not None:
        query.append(
            (
                "silent",
                _t.query_value(
                    "silent",
                    silent,
                    "enum",
                    _LIMITS_silent,
                    (
                        "no",
                        "yes",
                    ),
                ),
            )
        )
    if dry is not None:
        query.append(("dry", _t.query_value("dry", dry, "bool", _LIMITS_dry)))
    if force_complete_evaluation is not None:
        query.append(
            (
                "forceCompleteEvaluation",
                _t.query_value(
                    "force_complete_evaluation", force_complete_evaluation, "bool", _LIMITS_force_complete_evaluation
                ),
            )
        )
    if query:
        path += "?" + urlencode(query)
    body = IntegrationEventV2Request.to_request(
        {
            "type": type,
            "profile_id": profile_id,
            "store_integration_id": store_integration_id,
            "evaluable_campaign_ids": evaluable_campaign_ids,
            "attributes": attributes,
            "loyalty_cards": loyalty_cards,
            "response_content": response_content,
        }
    )
    return path, body


OPERATION: _t.Operation[TrackEventV2Response] = _t.Operation(
    operation_id="trackEventV2",
    name="track_event_v2",
    method="POST",
    path="/v2/events",
    path_parameter=None,
    path_parameters=(),
    result=TrackEventV2Response,
    parse=TrackEventV2Response.from_dict,
    success_status=200,
    empty_success=False,
    idempotent=False,
    body=IntegrationEventV2Request,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "silent",
            "silent",
            "query",
            "enum",
            False,
            choices=(
                "no",
                "yes",
            ),
            description="Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a 204 response. - `no`: Returns a 200 response that contains the updated customer profiles.",
        ),
        _t.Parameter(
            "dry",
            "dry",
            "query",
            "bool",
            False,
            description="Indicates whether to persist the changes. Changes are ignored when `dry=true`.",
        ),
        _t.Parameter(
            "force_complete_evaluation",
            "forceCompleteEvaluation",
            "query",
            "bool",
            False,
            description="Forces evaluation for all matching campaigns regardless of the campaign evaluation mode. Requires `dry=true`.",
        ),
        _t.Parameter(
            "type",
            "type",
            "body",
            "str",
            True,
            description="A string representing the event name. Must not be a reserved event name. You create this value when you [create an attribute](https://docs.talon.one/docs/dev/concepts/entities/events#creating-a-custom-event) of type `event` in the Campaign...",
        ),
        _t.Parameter(
            "profile_id",
            "profileId",
            "body",
            "str",
            False,
            description="ID of the customer profile set by your integration layer. **Note:** If the customer does not yet have a known `profileId`, we recommend you use a guest `profileId`.",
        ),
        _t.Parameter(
            "store_integration_id",
            "storeIntegrationId",
            "body",
            "str",
            False,
            description="The integration ID of the store. You choose this ID when you create a store.",
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
            "attributes",
            "attributes",
            "body",
            "object",
            False,
            description="Arbitrary additional JSON properties associated with the event. They must be created in the Campaign Manager before setting them with this property.",
        ),
        _t.Parameter(
            "loyalty_cards",
            "loyaltyCards",
            "body",
            "list",
            False,
            item_kind="str",
            description="Identifier of the loyalty card used during this event.",
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
            description="Optional list of requested information to be present on the response related to the tracking custom event.",
        ),
    ),
    summary="Track event",
    description="Triggers a custom event. To use this endpoint: 1. Define a custom event in the Campaign Manager. 1. Update or create a rule to check for this event. 1. Trigger the event with this endpoint. After you have successfully sent an event to Talon.One, you can list the received events in the **Events** view in the Campaign Manager. Talon.One also offers a set of built-in events.",
    deprecated=_DEPRECATED.get("trackEventV2"),
)
