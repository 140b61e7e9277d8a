"""CustomerSessionState: the values the spec lists. The state of a customer session: `open` (the default when never set), `closed` (a purchase:
coupons are redeemed, the profile's totals grow) or `cancelled` (a purchase undone).
Allowed changes: open→closed, open→cancelled, closed→cancelled.
Generated from openapi.yaml by a custom template (``templates/literal_enum.py.jinja``); do not edit.
"""

from typing import Literal

__all__ = ["CUSTOMER_SESSION_STATE_VALUES", "CustomerSessionState"]

CustomerSessionState = Literal["cancelled", "closed", "open"]

CUSTOMER_SESSION_STATE_VALUES: tuple[CustomerSessionState, ...] = (
    "cancelled",
    "closed",
    "open",
)
