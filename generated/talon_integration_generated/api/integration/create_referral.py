"""createReferral: Create a referral code for an advocate.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *

__all__ = ["OPERATION", "build"]


def build(
    *,
    campaign_id: int,
    advocate_profile_integration_id: str,
    friend_profile_integration_id: str | None = None,
    start_date: datetime.datetime | str | None = None,
    expiry_date: datetime.datetime | str | None = None,
    usage_limit: int | None = None,
    attributes: Mapping[str, Any] | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of createReferral, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/referrals"
    body = NewReferral.to_request(
        {
            "campaign_id": campaign_id,
            "advocate_profile_integration_id": advocate_profile_integration_id,
            "friend_profile_integration_id": friend_profile_integration_id,
            "start_date": start_date,
            "expiry_date": expiry_date,
            "usage_limit": usage_limit,
            "attributes": attributes,
        }
    )
    return path, body


OPERATION: _t.Operation[Referral] = _t.Operation(
    operation_id="createReferral",
    name="create_referral",
    method="POST",
    path="/v1/referrals",
    path_parameter=None,
    path_parameters=(),
    result=Referral,
    parse=Referral.from_dict,
    success_status=201,
    empty_success=False,
    idempotent=False,
    body=NewReferral,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "campaign_id", "campaignId", "body", "int", True, description="The referral campaign the code belongs to."
        ),
        _t.Parameter(
            "advocate_profile_integration_id",
            "advocateProfileIntegrationId",
            "body",
            "str",
            True,
            description="The integration ID of the advocate's profile.",
        ),
        _t.Parameter(
            "friend_profile_integration_id",
            "friendProfileIntegrationId",
            "body",
            "str",
            False,
            description="The integration ID of the friend's profile, when the code is for one friend only.",
        ),
        _t.Parameter("start_date", "startDate", "body", "datetime", False, description="When the code becomes valid."),
        _t.Parameter(
            "expiry_date",
            "expiryDate",
            "body",
            "datetime",
            False,
            description="When the code stops being valid; never, when absent.",
        ),
        _t.Parameter(
            "usage_limit",
            "usageLimit",
            "body",
            "int",
            False,
            description="How many times the code may be used; 0 means no limit (campaign limits still apply).",
        ),
        _t.Parameter(
            "attributes",
            "attributes",
            "body",
            "object",
            False,
            description="Referral attributes defined in the Application, by name.",
        ),
    ),
    summary="Create a referral code for an advocate",
    description="Creates a referral code in a referral campaign for the advocate's profile; the service chooses the code. Not idempotent: sending it twice creates two codes.",
    deprecated=_DEPRECATED.get("createReferral"),
)
