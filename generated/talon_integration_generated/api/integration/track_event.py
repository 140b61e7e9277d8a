"""trackEvent: Track a custom event.

Generated from openapi.yaml by a custom template (``templates/endpoint_module.py.jinja``); do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import types as _t
from ...deprecations import DEPRECATED as _DEPRECATED
from ...models import *

__all__ = ["OPERATION", "build"]


def build(
    *,
    session_id: str,
    type: str,
    attributes: Mapping[str, Any] | None = None,
    profile_id: str | None = None,
    store_integration_id: str | None = None,
) -> tuple[str, dict[str, Any] | None]:
    """The path (with its query) and the JSON body of trackEvent, checked as the spec states.

    Raises ``InputError`` naming the first argument the spec does not allow; does no I/O.
    """
    path = "/v1/events"
    body = NewEvent.to_request(
        {
            "session_id": session_id,
            "type": type,
            "attributes": attributes,
            "profile_id": profile_id,
            "store_integration_id": store_integration_id,
        }
    )
    return path, body


OPERATION: _t.Operation[IntegrationState] = _t.Operation(
    operation_id="trackEvent",
    name="track_event",
    method="POST",
    path="/v1/events",
    path_parameter=None,
    path_parameters=(),
    result=IntegrationState,
    parse=IntegrationState.from_dict,
    success_status=201,
    empty_success=False,
    idempotent=False,
    body=NewEvent,
    signed_empty_body=False,
    parameters=(
        _t.Parameter(
            "session_id",
            "sessionId",
            "body",
            "str",
            True,
            description="The session the event belongs to; created on first use.",
        ),
        _t.Parameter(
            "type",
            "type",
            "body",
            "str",
            True,
            description="An event type defined in the Application; not a reserved event name.",
        ),
        _t.Parameter(
            "attributes",
            "attributes",
            "body",
            "object",
            True,
            description="The event's attributes, as defined for its type.",
        ),
        _t.Parameter(
            "profile_id", "profileId", "body", "str", False, description="The integration ID of the customer's profile."
        ),
        _t.Parameter(
            "store_integration_id",
            "storeIntegrationId",
            "body",
            "str",
            False,
            description="The integration ID of the store the event happened in, as chosen when the store was created.",
        ),
    ),
    summary="Track a custom event",
    description="Records an event of a type defined in the Application on a session (created on first use). Not idempotent: sending it twice records two events. Deprecated: Talon.One's current SDK (9.0.0) no longer has this v1 call; use `trackEventV2` instead.",
    deprecated=_DEPRECATED.get("trackEvent"),
)
