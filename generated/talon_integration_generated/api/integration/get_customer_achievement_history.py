"""getCustomerAchievementHistory: List customer's achievement history.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_integration_id = _LIMITS[("getCustomerAchievementHistory", "integrationId")]
_LIMITS_achievement_id = _LIMITS[("getCustomerAchievementHistory", "achievementId")]
_LIMITS_progress_status = _LIMITS[("getCustomerAchievementHistory", "progressStatus")]
_LIMITS_start_date = _LIMITS[("getCustomerAchievementHistory", "startDate")]
_LIMITS_end_date = _LIMITS[("getCustomerAchievementHistory", "endDate")]
_LIMITS_page_size = _LIMITS[("getCustomerAchievementHistory", "pageSize")]
_LIMITS_skip = _LIMITS[("getCustomerAchievementHistory", "skip")]


def build(
    integration_id: str,
    achievement_id: int,
    *,
    progress_status: Sequence[str] | None = None,
    start_date: datetime.datetime | str | None = None,
    end_date: datetime.datetime | str | None = None,
    page_size: int | None = None,
    skip: int | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of getCustomerAchievementHistory, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = (
        "/v1/customer_profiles/"
        + _t.path_segment(
            "integration_id", _t.input_parameter("integration_id", integration_id, "str", _LIMITS_integration_id)
        )
        + "/achievements/"
        + _t.path_segment(
            "achievement_id", str(_t.input_parameter("achievement_id", achievement_id, "int", _LIMITS_achievement_id))
        )
    )

    query: list[tuple[str, str]] = []
    if progress_status is not None:
        items = _t.input_parameter_list("progress_status", progress_status, _LIMITS_progress_status)
        query.append(
            (
                "progressStatus",
                ",".join(
                    _t.query_value("progress_status", item, "str", _LIMITS_progress_status.get("items", {}))
                    for item in items
                ),
            )
        )
    if start_date is not None:
        query.append(("startDate", _t.query_value("start_date", start_date, "datetime", _LIMITS_start_date)))
    if end_date is not None:
        query.append(("endDate", _t.query_value("end_date", end_date, "datetime", _LIMITS_end_date)))
    if page_size is not None:
        query.append(("pageSize", _t.query_value("page_size", page_size, "int", _LIMITS_page_size)))
    if skip is not None:
        query.append(("skip", _t.query_value("skip", skip, "int", _LIMITS_skip)))
    if query:
        path += "?" + urlencode(query)
    return path, None


OPERATION: _t.Operation[CustomerAchievementHistory] = _t.Operation(
    operation_id="getCustomerAchievementHistory",
    name="get_customer_achievement_history",
    method="GET",
    path="/v1/customer_profiles/{integrationId}/achievements/{achievementId}",
    path_parameter="integrationId",
    path_parameters=(
        "integrationId",
        "achievementId",
    ),
    result=CustomerAchievementHistory,
    parse=CustomerAchievementHistory.from_dict,
    success_status=200,
    empty_success=False,
    iterator="iter_customer_achievement_history",
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
        _t.Parameter("achievement_id", "achievementId", "path", "int", True, description="The achievement identifier."),
        _t.Parameter(
            "progress_status",
            "progressStatus",
            "query",
            "list",
            False,
            item_kind="str",
            description="Filter by customer progress status in the achievement.",
        ),
        _t.Parameter(
            "start_date",
            "startDate",
            "query",
            "datetime",
            False,
            description="Timestamp that filters the results to only contain achievements created on or after the start date.",
        ),
        _t.Parameter(
            "end_date",
            "endDate",
            "query",
            "datetime",
            False,
            description="Timestamp that filters the results to only contain achievements created before or on the end date.",
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
    summary="List customer's achievement history",
    description="Retrieve all progress history of a given customer in the given achievement.",
    deprecated=_DEPRECATED.get("getCustomerAchievementHistory"),
)
