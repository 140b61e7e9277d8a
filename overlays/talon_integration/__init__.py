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

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import effects, errors
    from ._client import AsyncIntegrationClient, IntegrationClient
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

# Public name -> the module that defines it. Loaded on first use (PEP 562), so `import talon_integration`
# costs almost nothing and a program pays for httpx and the models only when it builds a client.
_MODELS = [
    "CartItem",
    "CartItemAdjustment",
    "Coupon",
    "CouponRejectionReason",
    "CustomerProfile",
    "CustomerSession",
    "Event",
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
]
_LAZY: dict[str, str] = {
    "IntegrationClient": "._client",
    "AsyncIntegrationClient": "._client",
    "ApiKeyAuth": ".auth",
    "ContentSignatureAuth": ".auth",
    "TalonError": ".errors",
    **dict.fromkeys(_MODELS, ".models"),
}
_SUBMODULES = frozenset({"effects", "errors"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        value: Any = importlib.import_module(f".{name}", __name__)
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
