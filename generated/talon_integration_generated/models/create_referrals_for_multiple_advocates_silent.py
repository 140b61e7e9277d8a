"""CreateReferralsForMultipleAdvocatesSilent: the values the spec lists
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES_SILENT_VALUES", "CreateReferralsForMultipleAdvocatesSilent"]

CreateReferralsForMultipleAdvocatesSilent = Literal["no", "yes"]

CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES_SILENT_VALUES: tuple[CreateReferralsForMultipleAdvocatesSilent, ...] = (
    "no",
    "yes",
)
