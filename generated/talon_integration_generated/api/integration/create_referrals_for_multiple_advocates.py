"""createReferralsForMultipleAdvocates: Create referral codes for multiple advocates.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *
from ...parameter_limits import LIMITS as _LIMITS

__all__ = ["OPERATION", "build"]

# The spec's constraints on each path and query parameter (tools/parameter_limits.py reads them from openapi.yaml).
_LIMITS_silent = _LIMITS[("createReferralsForMultipleAdvocates", "silent")]


def build(
    *,
    usage_limit: int,
    campaign_id: int,
    advocate_profile_integration_ids: Sequence[str],
    start_date: datetime.datetime | str | None = None,
    expiry_date: datetime.datetime | str | None = None,
    attributes: Mapping[str, Any] | None = None,
    valid_characters: Sequence[str] | None = None,
    referral_pattern: str | None = None,
    silent: CreateReferralsForMultipleAdvocatesSilent | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of createReferralsForMultipleAdvocates, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/referrals_for_multiple_advocates"

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
    if query:
        path += "?" + urlencode(query)
    body = NewReferralsForMultipleAdvocates.to_request(
        {
            "usage_limit": usage_limit,
            "campaign_id": campaign_id,
            "advocate_profile_integration_ids": advocate_profile_integration_ids,
            "start_date": start_date,
            "expiry_date": expiry_date,
            "attributes": attributes,
            "valid_characters": valid_characters,
            "referral_pattern": referral_pattern,
        }
    )
    return path, body


OPERATION: _t.Operation[CreatedReferrals] = _t.Operation(
    operation_id="createReferralsForMultipleAdvocates",
    name="create_referrals_for_multiple_advocates",
    method="POST",
    path="/v1/referrals_for_multiple_advocates",
    path_parameter=None,
    path_parameters=(),
    result=CreatedReferrals,
    parse=CreatedReferrals.from_dict,
    success_status=201,
    empty_success=True,
    idempotent=False,
    body=NewReferralsForMultipleAdvocates,
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
            "usage_limit",
            "usageLimit",
            "body",
            "int",
            True,
            description="The number of times a referral code can be used. `0` means no limit but any campaign usage limits will still apply.",
        ),
        _t.Parameter(
            "campaign_id",
            "campaignId",
            "body",
            "int",
            True,
            description="The ID of the campaign from which the referral received the referral code.",
        ),
        _t.Parameter(
            "advocate_profile_integration_ids",
            "advocateProfileIntegrationIds",
            "body",
            "list",
            True,
            item_kind="str",
            description="An array containing all the respective advocate profiles.",
        ),
        _t.Parameter(
            "start_date",
            "startDate",
            "body",
            "datetime",
            False,
            description="Timestamp at which point the referral code becomes valid.",
        ),
        _t.Parameter(
            "expiry_date",
            "expiryDate",
            "body",
            "datetime",
            False,
            description="Expiration date of the referral code. Referral never expires if this is omitted.",
        ),
        _t.Parameter(
            "attributes",
            "attributes",
            "body",
            "object",
            False,
            description="Arbitrary properties associated with this referral code.",
        ),
        _t.Parameter(
            "valid_characters",
            "validCharacters",
            "body",
            "list",
            False,
            item_kind="str",
            description="List of characters used to generate the random parts of a code. By default, the list of characters is equivalent to the `[A-Z, 0-9]` regular expression.",
        ),
        _t.Parameter(
            "referral_pattern",
            "referralPattern",
            "body",
            "str",
            False,
            description="The pattern used to generate referrals. The character `#` is a placeholder and is replaced by a random character from the `validCharacters` set.",
        ),
    ),
    summary="Create referral codes for multiple advocates",
    description="Creates unique referral codes for multiple advocates. The code will be valid for the referral campaign for which it is created, indicated in the `campaignId` parameter, and one referral code will be associated with one advocate using the profile specified in the `advocateProfileIntegrationId` parameter as the advocate's profile.",
    deprecated=_DEPRECATED.get("createReferralsForMultipleAdvocates"),
)
