"""Audiences, profile audiences, batch profiles and referrals for many advocates against the sandbox (issue 20).

Sync and async through ``Sandbox.client()``: an audience is created (409 on a duplicate name), renamed,
given members (their profiles show ``audienceMemberships``), their attributes updated, emptied and deleted;
unknown ids answer 404. Batch profile updates and referrals for many advocates answer 204 unless
``silent=no``. ``DELETE /v1/customer_data/{id}`` refuses a non-empty body with a pointer. The rules are
documented in ``talon_integration/testing/_rules_audiences.py``.
"""

from __future__ import annotations

import pytest
from _client_helpers import Api

from talon_integration import errors
from talon_integration.testing import Sandbox

pytestmark = pytest.mark.anyio


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


async def _memberships(api: Api, integration_id: str) -> list[tuple[int, str]]:
    answer = await api.update_customer_profiles_v2(customer_profiles=[{"integration_id": integration_id}], silent="no")
    profile = answer.integration_states[0].customer_profile
    return [(m.id, m.name) for m in profile.audience_memberships or []]


async def test_an_audience_lives_from_creation_to_deletion(api: Api) -> None:
    audience = await api.create_audience_v2(name="VIP", description="Big spenders")
    assert (audience.name, audience.description, audience.sandbox) == ("VIP", "Big spenders", True)
    await api.update_customer_profile_audiences(
        data=[{"action": "add", "profile_integration_id": p, "audience_id": audience.id} for p in ("u1", "u2")]
    )
    assert await _memberships(api, "u1") == [(audience.id, "VIP")]

    renamed = await api.update_audience_v2(audience.id, name="VIP customers")
    assert renamed.name == "VIP customers" and renamed.last_update is not None
    assert await _memberships(api, "u2") == [(audience.id, "VIP customers")]

    await api.update_audience_customers_attributes(audience.id, body={"Tier": "gold"})
    answer = await api.update_customer_profiles_v2(customer_profiles=[{"integration_id": "u1"}], silent="no")
    assert answer.integration_states[0].customer_profile.attributes == {"Tier": "gold"}

    await api.update_customer_profile_audiences(
        data=[{"action": "delete", "profile_integration_id": "u1", "audience_id": audience.id}]
    )
    assert await _memberships(api, "u1") == []
    assert await _memberships(api, "u2") == [(audience.id, "VIP customers")]

    await api.delete_audience_memberships_v2(audience.id)
    assert await _memberships(api, "u2") == []
    await api.update_audience_v2(audience.id, name="still here")  # the audience stays

    await api.update_customer_profile_audiences(
        data=[{"action": "add", "profile_integration_id": "u3", "audience_id": audience.id}]
    )
    await api.delete_audience_v2(audience.id)
    assert await _memberships(api, "u3") == []
    with pytest.raises(errors.NotFoundError) as caught:
        await api.delete_audience_v2(audience.id)
    assert caught.value.errors[0].parameter == "audienceId"


async def test_a_duplicate_name_in_the_same_integration_conflicts(api: Api) -> None:
    first = await api.create_audience_v2(name="VIP")
    with pytest.raises(errors.ConflictError) as caught:
        await api.create_audience_v2(name="VIP")
    assert caught.value.errors[0].pointer == "/name"
    other = await api.create_audience_v2(name="VIP", integration="Segment")  # another integration
    assert other.id != first.id
    second = await api.create_audience_v2(name="Regulars")
    with pytest.raises(errors.ConflictError):
        await api.update_audience_v2(second.id, name="VIP")


@pytest.mark.parametrize(
    "operation", ["update_audience_v2", "delete_audience_v2", "delete_audience_memberships_v2", "attributes"]
)
async def test_unknown_audiences_are_404(api: Api, operation: str) -> None:
    call = {
        "update_audience_v2": lambda: api.update_audience_v2(404, name="x"),
        "delete_audience_v2": lambda: api.delete_audience_v2(404),
        "delete_audience_memberships_v2": lambda: api.delete_audience_memberships_v2(404),
        "attributes": lambda: api.update_audience_customers_attributes(404, body={"a": 1}),
    }[operation]
    with pytest.raises(errors.NotFoundError) as caught:
        await call()
    assert caught.value.errors[0].parameter == "audienceId"


async def test_profile_audiences_with_an_unknown_audience_change_nothing(api: Api) -> None:
    audience = await api.create_audience_v2(name="VIP")
    with pytest.raises(errors.NotFoundError) as caught:
        await api.update_customer_profile_audiences(
            data=[
                {"action": "add", "profile_integration_id": "u1", "audience_id": audience.id},
                {"action": "add", "profile_integration_id": "u1", "audience_id": 999},
            ]
        )
    assert caught.value.errors[0].pointer == "/data/1/audienceId"
    assert await _memberships(api, "u1") == []


async def test_a_profile_v2_update_changes_its_audiences(api: Api) -> None:
    vip, regulars = await api.create_audience_v2(name="VIP"), await api.create_audience_v2(name="Regulars")
    answer = await api.update_customer_profile_v2(
        "u1", audiences_changes={"adds": [vip.id, regulars.id], "deletes": []}, response_content=["customerProfile"]
    )
    assert [m.id for m in answer.customer_profile.audience_memberships] == [vip.id, regulars.id]
    answer = await api.update_customer_profile_v2(
        "u1", audiences_changes={"adds": [], "deletes": [vip.id]}, response_content=["customerProfile"]
    )
    assert [m.name for m in answer.customer_profile.audience_memberships] == ["Regulars"]
    with pytest.raises(errors.NotFoundError) as caught:
        await api.update_customer_profile_v2("u1", audiences_changes={"adds": [], "deletes": [regulars.id, 999]})
    assert caught.value.errors[0].pointer == "/audiencesChanges/deletes/1"
    assert await _memberships(api, "u1") == [(regulars.id, "Regulars")]


async def test_batch_profiles_are_silent_unless_asked(api: Api) -> None:
    silent = await api.update_customer_profiles_v2(customer_profiles=[{"integration_id": "b1", "attributes": {"a": 1}}])
    assert silent is None
    answer = await api.update_customer_profiles_v2(
        customer_profiles=[{"integration_id": "b1", "attributes": {"b": 2}}, {"integration_id": "b2"}], silent="no"
    )
    profiles = [state.customer_profile for state in answer.integration_states]
    assert [(p.integration_id, p.attributes) for p in profiles] == [("b1", {"a": 1, "b": 2}), ("b2", {})]


async def test_referrals_for_many_advocates(sandbox: Sandbox, api: Api) -> None:
    campaign = sandbox.add_referral_campaign("Friends", discount_amount=5)
    created = await api.create_referrals_for_multiple_advocates(
        campaign_id=campaign, usage_limit=1, advocate_profile_integration_ids=["a1", "a2"], silent="no"
    )
    assert created.total_result_size == 2
    assert [r.advocate_profile_integration_id for r in created.data] == ["a1", "a2"]
    assert len({r.code for r in created.data}) == 2
    assert (
        await api.create_referrals_for_multiple_advocates(
            campaign_id=campaign, usage_limit=1, advocate_profile_integration_ids=["a3"]
        )
        is None
    )
    with pytest.raises(errors.NotFoundError) as caught:
        await api.create_referrals_for_multiple_advocates(
            campaign_id=999, usage_limit=1, advocate_profile_integration_ids=["a1"]
        )
    assert caught.value.errors[0].pointer == "/campaignId"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("PUT", "/v2/audiences/{}", b'{"name": "x"}'), ("DELETE", "/v2/audiences/{}", b""),
     ("DELETE", "/v2/audiences/{}/memberships", b""), ("PUT", "/v2/audience_customers/{}/attributes", b"{}")],
)  # fmt: skip
def test_a_negative_audience_id_is_an_unknown_audience_and_a_word_is_no_id(method: str, path: str, body: bytes) -> None:
    # The spec's audienceId is `type: integer`, negative ones included: no audience has one, so a 404 (found by
    # schemathesis: a 400 "must be an integer" refused a schema-valid id). A word is no integer: a 400.
    sandbox = Sandbox()
    headers = {"Authorization": "ApiKey-v1 sandbox-key", "Content-Type": "application/json"}
    status, _, content = sandbox.handle(method, path.format(-5), headers, body)
    assert (status, b'"parameter":"audienceId"' in content) == (404, True)
    assert sandbox.handle(method, path.format("five"), headers, body)[0] == 400


@pytest.mark.parametrize(("body", "status"), [(b"", 204), (b"{}", 204), (b'{"x": 1}', 400)])
def test_delete_customer_data_accepts_only_an_empty_object(body: bytes, status: int) -> None:
    sandbox = Sandbox()
    with sandbox.client() as client:
        client.update_customer_profile_v2("u1", attributes={"a": 1})
    headers = {"Authorization": "ApiKey-v1 sandbox-key", "Content-Type": "application/json"}
    answer, _, content = sandbox.handle("DELETE", "/v1/customer_data/u1", headers, body)
    assert answer == status
    if status == 400:
        assert b'"pointer":"/x"' in content
        assert sandbox.handle("DELETE", "/v1/customer_data/u1", headers, b"{}")[0] == 204  # nothing deleted yet
