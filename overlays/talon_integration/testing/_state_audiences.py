"""The sandbox's audience records (``SandboxState.audiences``), answered as the spec's ``Audience``.

Who belongs to an audience is kept on each profile (``ProfileRecord.audience_memberships``, the spec's
``AudienceMembership`` list that profile answers show), so this module imports nothing of the sandbox.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from talon_integration_generated.models import Audience, AudienceMembership

__all__ = ["AudienceRecord"]


@attrs.define
class AudienceRecord:
    """An audience created by ``createAudienceV2`` (renamed by ``updateAudienceV2``)."""

    id: int
    created: _dt.datetime
    name: str
    description: str | None = None
    integration: str | None = None
    integration_id: str | None = None
    created_in_3rd_party: bool | None = None
    last_update: _dt.datetime | None = None

    def to_model(self, account_id: int) -> Audience:
        """The audience as the spec's ``Audience`` (the rules store its times as ``Instant``s)."""
        return Audience(
            account_id=account_id,
            id=self.id,
            created=self.created,
            name=self.name,
            sandbox=True,
            description=self.description,
            integration=self.integration,
            integration_id=self.integration_id,
            created_in_3_rd_party=self.created_in_3rd_party,
            last_update=self.last_update,
        )

    def membership(self) -> AudienceMembership:
        """What a member profile shows of this audience."""
        return AudienceMembership(id=self.id, name=self.name)
