"""CustomerSessionState: the values the spec lists. The state of a customer session: `open` (the default when never set), `closed` (a purchase:
coupons are redeemed, the profile's totals grow), `partially_returned` (some items of a closed
session were returned) or `cancelled` (a purchase undone). Allowed changes: open→closed,
open→cancelled, closed→cancelled, closed→partially_returned, partially_returned→cancelled.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CUSTOMER_SESSION_STATE_VALUES", "CustomerSessionState"]

CustomerSessionState = Literal["cancelled", "closed", "open", "partially_returned"]

CUSTOMER_SESSION_STATE_VALUES: tuple[CustomerSessionState, ...] = (
    "cancelled",
    "closed",
    "open",
    "partially_returned",
)
