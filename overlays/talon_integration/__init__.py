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

from ._version import __version__ as __version__

if TYPE_CHECKING:
    from . import effects as effects
    from . import errors as errors
    from ._async_client import AsyncIntegrationClient as AsyncIntegrationClient
    from ._client import IntegrationClient as IntegrationClient
    from ._client import RawResponse as RawResponse
    from ._problems import ResponseProblem as ResponseProblem
    from ._problems import response_problems as response_problems
    from .auth import ApiKeyAuth as ApiKeyAuth
    from .auth import ContentSignatureAuth as ContentSignatureAuth
    from .errors import TalonError as TalonError
    from .models import *  # noqa: F403 - every model of openapi.yaml

# Public name -> the module that defines it. Loaded on first use (PEP 562), so `import talon_integration`
# costs almost nothing and a program pays for httpx and the models only when it builds a client. Any other
# name is looked up in .models, which re-exports every generated model: a schema added to openapi.yaml is
# importable from here after `make generate`, with no edit.
_LAZY: dict[str, str] = {
    "IntegrationClient": "._client",
    "AsyncIntegrationClient": "._async_client",
    "RawResponse": "._client",
    "ResponseProblem": "._problems",
    "response_problems": "._problems",
    "ApiKeyAuth": ".auth",
    "ContentSignatureAuth": ".auth",
    "TalonError": ".errors",
}
_SUBMODULES = frozenset({"effects", "errors"})
_CORE = [*_LAZY, *_SUBMODULES, "__version__"]


def __getattr__(name: str) -> Any:
    if name == "__all__":
        value: Any = sorted({*_CORE, *importlib.import_module(".models", __name__).__all__})
    elif name in _SUBMODULES:
        value = importlib.import_module(f".{name}", __name__)
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    elif not name.startswith("_"):
        models = importlib.import_module(".models", __name__)
        if name not in models.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(models, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__getattr__("__all__"))
