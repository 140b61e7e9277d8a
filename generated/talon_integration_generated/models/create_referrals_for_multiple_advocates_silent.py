"""CreateReferralsForMultipleAdvocatesSilent: the values the spec lists. Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a
204 response. - `no`: Returns a 200 response that contains the updated customer profiles.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES_SILENT_VALUES", "CreateReferralsForMultipleAdvocatesSilent"]

CreateReferralsForMultipleAdvocatesSilent = Literal["no", "yes"]

CREATE_REFERRALS_FOR_MULTIPLE_ADVOCATES_SILENT_VALUES: tuple[CreateReferralsForMultipleAdvocatesSilent, ...] = (
    "no",
    "yes",
)
