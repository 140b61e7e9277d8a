"""createAudienceV2: Create audience.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *

__all__ = ["OPERATION", "build"]


def build(
    *,
    name: str,
    sandbox: bool | None = None,
    description: str | None = None,
    integration: str | None = None,
    integration_id: str | None = None,
    created_in_3_rd_party: bool | None = None,
    last_update: datetime.datetime | str | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of createAudienceV2, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v2/audiences"
    body = NewAudience.to_request(
        {
            "name": name,
            "sandbox": sandbox,
            "description": description,
            "integration": integration,
            "integration_id": integration_id,
            "created_in_3_rd_party": created_in_3_rd_party,
            "last_update": last_update,
        }
    )
    return path, body


OPERATION: _t.Operation[Audience] = _t.Operation(
    operation_id="createAudienceV2",
    name="create_audience_v2",
    method="POST",
    path="/v2/audiences",
    path_parameter=None,
    path_parameters=(),
    result=Audience,
    parse=Audience.from_dict,
    success_status=201,
    empty_success=False,
    idempotent=False,
    body=NewAudience,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "name", "name", "body", "str", True, description="The human-friendly display name for this audience."
        ),
        _t.Parameter(
            "sandbox",
            "sandbox",
            "body",
            "bool",
            False,
            description="Indicates if this is a live or sandbox Application.",
        ),
        _t.Parameter("description", "description", "body", "str", False, description="A description of the audience."),
        _t.Parameter(
            "integration",
            "integration",
            "body",
            "str",
            False,
            description="The Talon.One-supported [3rd-party platform](https://docs.talon.one/docs/dev/technology-partners/overview) that this audience was created in. For example, `mParticle`, `Segment`, `Shopify`, `Braze`, or `Iterable`.",
        ),
        _t.Parameter(
            "integration_id",
            "integrationId",
            "body",
            "str",
            False,
            description="The ID of this audience in the third-party integration. **Note:** To create an audience that doesn't come from a 3rd party platform, do not use this property.",
        ),
        _t.Parameter(
            "created_in_3_rd_party",
            "createdIn3rdParty",
            "body",
            "bool",
            False,
            description="Determines if this audience is a 3rd party audience or not.",
        ),
        _t.Parameter(
            "last_update",
            "lastUpdate",
            "body",
            "datetime",
            False,
            description="The last time that the audience memberships changed.",
        ),
    ),
    summary="Create audience",
    description="Create an audience. The audience can be created directly from scratch or can come from third party platforms. **Note:** Audiences can also be created from scratch via the Campaign Manager. See the docs. To create an audience from an existing audience from a technology partner: 1. Set the `integration` property to `mparticle`, `segment` etc., depending on a third-party platform. 1.",
    deprecated=_DEPRECATED.get("createAudienceV2"),
)
