"""UpdateCustomerProfilesV2Silent: the values the spec lists. Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a
204 response. - `no`: Returns a 200 response that contains the updated customer profiles.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["UPDATE_CUSTOMER_PROFILES_V2_SILENT_VALUES", "UpdateCustomerProfilesV2Silent"]

UpdateCustomerProfilesV2Silent = Literal["no", "yes"]

UPDATE_CUSTOMER_PROFILES_V2_SILENT_VALUES: tuple[UpdateCustomerProfilesV2Silent, ...] = (
    "no",
    "yes",
)
