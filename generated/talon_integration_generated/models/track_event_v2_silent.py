"""TrackEventV2Silent: the values the spec lists. Possible values: `yes` or `no`. - `yes`: Increases the performance of the API call by returning a
204 response. - `no`: Returns a 200 response that contains the updated customer profiles.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["TRACK_EVENT_V2_SILENT_VALUES", "TrackEventV2Silent"]

TrackEventV2Silent = Literal["no", "yes"]

TRACK_EVENT_V2_SILENT_VALUES: tuple[TrackEventV2Silent, ...] = (
    "no",
    "yes",
)
