"""Python client for the Talon.One v1 Integration API.

```python
from talon_integration import IntegrationClient, CartItem, effects

with IntegrationClient(base_url="https://mycompany.talon.one", api_key="...") as client:
    state = client.update_customer_session("sess-1", coupon="XMAS-2026",
                                           cart_items=[CartItem(sku="shoe-1", name="Red shoe", quantity=1, price=49.9)])
    for effect in state.effects: ...
```

The hand-written public package on top of the generated ``talon_integration_generated`` package.
Importing it has no side effects; the sandbox and the CLI load only when used.
"""

from . import effects, errors
from ._client import AsyncIntegrationClient, IntegrationClient
from ._version import __version__
from .auth import ApiKeyAuth, ContentSignatureAuth
from .errors import TalonError
from .models import (
    CartItem,
    CartItemAdjustment,
    Coupon,
    CouponRejectionReason,
    CustomerProfile,
    CustomerSession,
    Event,
    IntegrationState,
    LedgerEntry,
    Loyalty,
    LoyaltyMembership,
    LoyaltyProgramBalance,
    LoyaltyProgramLedgers,
    Meta,
    Referral,
    ReservedCoupons,
    ReservedCustomers,
)

__all__ = [
    "ApiKeyAuth",
    "AsyncIntegrationClient",
    "CartItem",
    "CartItemAdjustment",
    "ContentSignatureAuth",
    "Coupon",
    "CouponRejectionReason",
    "CustomerProfile",
    "CustomerSession",
    "Event",
    "IntegrationClient",
    "IntegrationState",
    "LedgerEntry",
    "Loyalty",
    "LoyaltyMembership",
    "LoyaltyProgramBalance",
    "LoyaltyProgramLedgers",
    "Meta",
    "Referral",
    "ReservedCoupons",
    "ReservedCustomers",
    "TalonError",
    "__version__",
    "effects",
    "errors",
]
