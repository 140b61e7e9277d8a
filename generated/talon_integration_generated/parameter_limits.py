"""The spec's constraints on path and query parameters, as keyword arguments of the input checks.

Written from openapi.yaml by tools/parameter_limits.py (a post hook of ``make generate``); do not edit.
"""

from typing import Any

LIMITS: dict[tuple[str, str], dict[str, Any]] = {
    ("createCouponReservation", "couponValue"): {},
    ("deleteCouponReservation", "couponValue"): {},
    ("deleteCustomerData", "integrationId"): {},
    ("getReservedCoupons", "integrationId"): {},
    ("getReservedCustomers", "couponValue"): {},
    ("updateCustomerProfile", "integrationId"): {},
    ("updateCustomerSession", "customerSessionId"): {},
}
