"""The operations openapi.yaml marks ``deprecated: true``, with the warning the clients give for each.

Written from openapi.yaml by tools/deprecations.py (a post hook of ``make generate``); do not edit.
"""

DEPRECATED: dict[str, str] = {
    "getReservedCoupons": "get_reserved_coupons() is deprecated by Talon.One (getReservedCoupons); use get_customer_inventory() with coupons=true instead.",
    "trackEvent": "track_event() is deprecated by Talon.One (trackEvent); use track_event_v2() instead.",
    "updateCustomerProfile": "update_customer_profile() is deprecated by Talon.One (updateCustomerProfile); use update_customer_profile_v2() instead.",
    "updateCustomerSession": "update_customer_session() is deprecated by Talon.One (updateCustomerSession); use update_customer_session_v2() instead.",
}
