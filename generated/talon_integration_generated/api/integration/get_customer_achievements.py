"""getCustomerAchievements: List customer's available achievements.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_integration_id = _LIMITS[("getCustomerAchievements", "integrationId")]
_LIMITS_campaign_ids = _LIMITS[("getCustomerAchievements", "campaignIds")]
_LIMITS_achievement_ids = _LIMITS[("getCustomerAchievements", "achievementIds")]
_LIMITS_achievement_status = _LIMITS[("getCustomerAchievements", "achievementStatus")]
_LIMITS_current_progress_status = _LIMITS[("getCustomerAchievements", "currentProgressStatus")]
_LIMITS_page_size = _LIMITS[("getCustomerAchievements", "pageSize")]
_LIMITS_skip = _LIMITS[("getCustomerAchievements", "skip")]


def build(
    integration_id: str,
    *,
    campaign_ids: Sequence[str] | None = None,
    achievement_ids: Sequence[str] | None = None,
    achievement_status: Sequence[str] | None = None,
    current_progress_status: Sequence[str] | None = None,
    page_size: int | None = None,
    skip: int | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getCustomerAchievements, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v1/customer_profiles/"
        + _t.path_segment(
            "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
        )
        + "/achievements"
    )

    query: list[tuple[str, str]] = []
    if campaign_ids is not None:
        items = _t.input_parameter_list("campaign_ids", campaign_ids, _LIMITS_campaign_ids)
        query.append(
            (
                "campaignIds",
                ",".join(
                    _t.query_value("campaign_ids", item, "str", _LIMITS_campaign_ids.get("items", {})) for item in items
                ),
            )
        )
    if achievement_ids is not None:
        items = _t.input_parameter_list("achievement_ids", achievement_ids, _LIMITS_achievement_ids)
        query.append(
            (
                "achievementIds",
                ",".join(
                    _t.query_value("achievement_ids", item, "str", _LIMITS_achievement_ids.get("items", {}))
                    for item in items
                ),
            )
        )
    if achievement_status is not None:
        items = _t.input_parameter_list("achievement_status", achievement_status, _LIMITS_achievement_status)
        query.append(
            (
                "achievementStatus",
                ",".join(
                    _t.query_value("achievement_status", item, "str", _LIMITS_achievement_status.get("items", {}))
                    for item in items
                ),
            )
        )
    if current_progress_status is not None:
        items = _t.input_parameter_list(
            "current_progress_status", current_progress_status, _LIMITS_current_progress_status
        )
        query.append(
            (
                "currentProgressStatus",
                ",".join(
                    _t.query_value(
                        "current_progress_status", item, "str", _LIMITS_current_progress_status.get("items", {})
                    )
                    for item in items
                ),
            )
        )
    if page_size is not None:
        query.append(("pageSize", _t.query_value("page_size", page_size, "int", _LIMITS_page_size)))
    if skip is not None:
        query.append(("skip", _t.query_value("skip", skip, "int", _LIMITS_skip)))
    if query:
        path += "?" + urlencode(query)
    return path, None


OPERATION: _t.Operation[CustomerAchievements] = _t.Operation(
    operation_id="getCustomerAchievements",
    name="get_customer_achievements",
    method="GET",
    path="/v1/customer_profiles/{integrationId}/achievements",
    path_parameter="integrationId",
    path_parameters=("integrationId",),
    result=CustomerAchievements,
    parse=CustomerAchievements.from_dict,
    success_status=200,
    empty_success=False,
    iterator="iter_customer_achievements",
    idempotent=True,
    body=None,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "integration_id",
            "integrationId",
            "path",
            "str",
            True,
            description="The integration identifier for this customer profile. Must be: - Unique within the deployment. - Stable for the customer. Do not use an ID that the customer can update themselves.",
        ),
        _t.Parameter(
            "campaign_ids",
            "campaignIds",
            "query",
            "list",
            False,
            item_kind="str",
            description="Filter by one or more Campaign IDs, separated by a comma. **Note:** If no campaigns are specified, data for all the campaigns in the Application is returned.",
        ),
        _t.Parameter(
            "achievement_ids",
            "achievementIds",
            "query",
            "list",
            False,
            item_kind="str",
            description="Filter by one or more Achievement IDs, separated by a comma. **Note:** If no achievements are specified, data for all the achievements in the Application is returned.",
        ),
        _t.Parameter(
            "achievement_status",
            "achievementStatus",
            "query",
            "list",
            False,
            item_kind="str",
            description="Filter by status of the achievement. **Note:** If the achievement status is not specified, only data for all active achievements in the Application is returned.",
        ),
        _t.Parameter(
            "current_progress_status",
            "currentProgressStatus",
            "query",
            "list",
            False,
            item_kind="str",
            description="Filter by customer progress status in the achievement.",
        ),
        _t.Parameter(
            "page_size", "pageSize", "query", "int", False, description="The number of items in the response."
        ),
        _t.Parameter(
            "skip",
            "skip",
            "query",
            "int",
            False,
            description="The number of items to skip when paging through large result sets.",
        ),
    ),
    summary="List customer's available achievements",
    description="Retrieve all the achievements available to a given customer and their progress in them.",
    deprecated=_DEPRECATED.get("getCustomerAchievements"),
)
