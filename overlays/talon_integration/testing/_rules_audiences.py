"""Rules of audiences, profile audiences, batch profile updates and referrals for many advocates.

Audiences live in ``SandboxState.audiences`` (``_state_audiences``); a profile's memberships on the profile
(``audienceMemberships`` in every profile answer). Rules of the sandbox, each as Talon.One documents it:

- ``createAudienceV2``: a new audience (201); 409 (pointer ``/name``) when an audience with the same name and
  the same ``integration`` (none counts as one) exists.
- ``updateAudienceV2``: renames (200, ``lastUpdate`` now); the same 409 against the other audiences.
- ``deleteAudienceV2``: the audience and every membership in it go (204).
- ``deleteAudienceMembershipsV2``: every profile leaves the audience, which stays (204).
- ``updateAudienceCustomersAttributes``: the body's attributes are merged into every member's (204).
- ``updateCustomerProfileAudiences``: each item adds a profile to an audience (the profile created on first
  use; already a member: nothing) or deletes it (not a member: nothing); all items are checked first, so an
  unknown audience (404, pointer ``/data/<i>/audienceId``) changes nothing (204).
- ``updateCustomerProfileV2``'s ``audiencesChanges``: the profile joins ``adds`` and leaves ``deletes``
  (``change_audiences``, called by that rule); an unknown id answers 404 pointing at it, before any change.
- ``updateCustomerProfilesV2``: each profile's attributes merged as in v1 (created on first use), no rule
  engine; ``silent`` (default ``yes``) answers 204 without a body, ``silent=no`` each profile's answer (200).
- ``createReferralsForMultipleAdvocates``: the v1 ``createReferral`` rule once per advocate (its checks and
  codes: ``validCharacters`` and ``referralPattern`` are accepted, codes stay the sandbox's ``REF-`` codes);
  ``silent`` as above, ``silent=no`` answers the created referrals (201).
An unknown ``audienceId`` in the path answers 404 naming it (a negative one too: the spec's integer allows it), one
that is not an integer 400.
"""

from __future__ import annotations

import copy
import re

from talon_integration_generated.models import (
    CreatedReferrals,
    CustomerProfileAudienceRequest,
    CustomerProfileAudienceRequestItem,
    CustomerProfileIntegrationRequestV2,
    CustomerProfileUpdateV2Response,
    MultipleCustomerProfileIntegrationRequest,
    MultipleCustomerProfileIntegrationResponseV2,
    NewAudience,
    NewReferral,
    NewReferralsForMultipleAdvocates,
    ProfileAudiencesChanges,
    Referral,
    UpdateAudience,
)

from ._replies import pointer, refuse
from ._rules import Answer, Call, Rule, create_referral
from ._state import ACCOUNT_ID, SandboxState, stamp
from ._state_audiences import AudienceRecord

__all__ = ["AUDIENCE_RULES", "change_audiences"]

_INTEGER = re.compile(r"-?[0-9]+")
"""A path integer as the spec's ``type: integer`` allows it: negative ones too (no audience has one: a 404)."""


def _audience(state: SandboxState, call: Call) -> AudienceRecord:
    """The audience the path names; a 400 for an id that is not an integer, the 404 for an unknown one."""
    if _INTEGER.fullmatch(call.param) is None:
        raise refuse(
            "Invalid path parameter", f"{call.operation.path_parameter} must be an integer, not {call.param!r}",
            parameter=call.operation.path_parameter,
        )  # fmt: skip
    found = state.audiences.get(int(call.param))
    if found is None:
        raise call.not_found("Audience")
    return found


def _refuse_duplicate(
    state: SandboxState, name: str, integration: str | None, model: type[NewAudience | UpdateAudience], skip: int = 0
) -> None:
    """The 409 when another audience has this name in the same integration."""
    for other in state.audiences.values():
        if other.id != skip and other.name == name and other.integration == integration:
            raise refuse(
                "Audience already exists",
                f"Audience {other.id} already has the name {name!r}" + (f" in {integration}" if integration else ""),
                pointer=pointer(model, "name"),
                status=409,
            )


def create_audience_v2(state: SandboxState, call: Call) -> Answer:
    """A new audience; 409 for a name the same integration already uses."""
    body = call.parsed(NewAudience)
    _refuse_duplicate(state, body.name, body.integration, NewAudience)
    now = stamp(state.clock())
    audience = AudienceRecord(
        next(state.ids), now, body.name, description=body.description, integration=body.integration,
        integration_id=body.integration_id, created_in_3rd_party=body.created_in_3_rd_party,
        last_update=stamp(body.last_update) if body.last_update is not None else None,
    )  # fmt: skip
    state.audiences[audience.id] = audience
    return 201, audience.to_model(ACCOUNT_ID)


def _members(state: SandboxState, audience: AudienceRecord) -> list[str]:
    """The integration ids of the audience's member profiles."""
    return [
        profile.integration_id
        for profile in state.profiles.values()
        if any(m.id == audience.id for m in profile.audience_memberships)
    ]


def _leave(state: SandboxState, audience_id: int, integration_id: str) -> None:
    profile = state.profiles.get(integration_id)
    if profile is not None:
        profile.audience_memberships = [m for m in profile.audience_memberships if m.id != audience_id]


def update_audience_v2(state: SandboxState, call: Call) -> Answer:
    """Rename an audience (its members' memberships show the new name)."""
    body = call.parsed(UpdateAudience)
    audience = _audience(state, call)
    _refuse_duplicate(state, body.name, audience.integration, UpdateAudience, skip=audience.id)
    audience.name = body.name
    audience.last_update = stamp(state.clock())
    for integration_id in _members(state, audience):
        profile = state.profiles[integration_id]
        profile.audience_memberships = [
            audience.membership() if m.id == audience.id else m for m in profile.audience_memberships
        ]
    return 200, audience.to_model(ACCOUNT_ID)


def delete_audience_v2(state: SandboxState, call: Call) -> Answer:
    """Delete an audience and its memberships."""
    audience = _audience(state, call)
    for integration_id in _members(state, audience):
        _leave(state, audience.id, integration_id)
    del state.audiences[audience.id]
    return 204, None


def delete_audience_memberships_v2(state: SandboxState, call: Call) -> Answer:
    """Remove every profile from an audience."""
    audience = _audience(state, call)
    for integration_id in _members(state, audience):
        _leave(state, audience.id, integration_id)
    return 204, None


def update_audience_customers_attributes(state: SandboxState, call: Call) -> Answer:
    """Merge the body's attributes into every member profile's."""
    audience = _audience(state, call)
    for integration_id in _members(state, audience):
        state.profiles[integration_id].attributes.update(copy.deepcopy(dict(call.document)))
    return 204, None


def update_customer_profile_audiences(state: SandboxState, call: Call) -> Answer:
    """Add profiles to audiences and remove them, all items checked before any applies."""
    items = call.parsed(CustomerProfileAudienceRequest).data or []
    for index, item in enumerate(items):
        if item.audience_id not in state.audiences:
            at = f"{pointer(CustomerProfileAudienceRequest, 'data')}/{index}"
            raise refuse(
                "Audience not found", f"No audience {item.audience_id} exists",
                pointer=at + pointer(CustomerProfileAudienceRequestItem, "audience_id"), status=404,
            )  # fmt: skip
    for item in items:
        audience = state.audiences[item.audience_id]
        if item.action == "delete":
            _leave(state, audience.id, item.profile_integration_id)
            continue
        profile = state.get_or_create_profile(item.profile_integration_id)
        if all(m.id != audience.id for m in profile.audience_memberships):
            profile.audience_memberships.append(audience.membership())
    return 204, None


def change_audiences(state: SandboxState, integration_id: str, changes: ProfileAudiencesChanges | None) -> None:
    """``updateCustomerProfileV2``'s ``audiencesChanges``: join ``adds``, leave ``deletes`` (404 for an unknown id)."""
    if changes is None:
        return
    base = pointer(CustomerProfileIntegrationRequestV2, "audiences_changes")
    for name, ids in (("adds", changes.adds), ("deletes", changes.deletes)):
        for index, audience_id in enumerate(ids):
            if audience_id not in state.audiences:
                raise refuse(
                    "Audience not found", f"No audience {audience_id} exists",
                    pointer=f"{base}{pointer(ProfileAudiencesChanges, name)}/{index}", status=404,
                )  # fmt: skip
    profile = state.get_or_create_profile(integration_id)
    for audience_id in changes.adds:
        if all(m.id != audience_id for m in profile.audience_memberships):
            profile.audience_memberships.append(state.audiences[audience_id].membership())
    for audience_id in changes.deletes:
        _leave(state, audience_id, integration_id)


def _silent(call: Call) -> bool:
    return bool(call.query.get("silent", "yes") != "no")


def update_customer_profiles_v2(state: SandboxState, call: Call) -> Answer:
    """Merge each profile's attributes (created on first use); the answers only with ``silent=no``."""
    items = call.parsed(MultipleCustomerProfileIntegrationRequest).customer_profiles or []
    answers = []
    for item in items:
        profile = state.get_or_create_profile(item.integration_id)
        profile.attributes.update(copy.deepcopy(item.attributes or {}))
        answers.append(CustomerProfileUpdateV2Response(customer_profile=profile.to_model()))
    if _silent(call):
        return 204, None
    return 200, MultipleCustomerProfileIntegrationResponseV2(integration_states=answers)


def create_referrals_for_multiple_advocates(state: SandboxState, call: Call) -> Answer:
    """``createReferral`` for each advocate; nothing is created unless every one can be."""
    body = call.parsed(NewReferralsForMultipleAdvocates)
    created: list[Referral] = []
    for advocate in body.advocate_profile_integration_ids:  # only the first call can refuse (the campaign)
        one = NewReferral(
            campaign_id=body.campaign_id, advocate_profile_integration_id=advocate, start_date=body.start_date,
            expiry_date=body.expiry_date, usage_limit=body.usage_limit, attributes=body.attributes,
        )  # fmt: skip
        _, referral = create_referral(state, Call(call.operation, "", one))
        assert isinstance(referral, Referral)
        created.append(referral)
    if _silent(call):
        return 204, None
    return 201, CreatedReferrals(total_result_size=len(created), data=created)


AUDIENCE_RULES: dict[str, Rule] = {
    rule.__name__: rule
    for rule in (
        create_audience_v2,
        update_audience_v2,
        delete_audience_v2,
        delete_audience_memberships_v2,
        update_audience_customers_attributes,
        update_customer_profile_audiences,
        update_customer_profiles_v2,
        create_referrals_for_multiple_advocates,
    )
}
"""Audiences, profile audiences, batch profiles and referrals for many advocates, by operation name."""
