"""A local, in-memory Talon.One for tests and demos.

```python
from talon_integration.testing import Sandbox

sandbox = Sandbox()                                   # accepts Authorization: ApiKey-v1 sandbox-key
sandbox.add_coupon_campaign("10% off", coupons=["XMAS-2026"], discount_percent=10)
with sandbox.client() as client:                      # an IntegrationClient wired in process, no sockets
    state = client.update_customer_session("sess-1", coupon="XMAS-2026", total=49.9)

sandbox.fail_next(status=503, times=2, retry_after=1)  # fault injection for retry tests
with sandbox.serve(port=9000) as server:              # or over real HTTP on loopback
    print(server.url)
```

Pytest fixtures (``talon_sandbox``, ``talon_client``, ``talon_async_client``) are opt-in:
``pytest_plugins = ["talon_integration.testing.pytest_plugin"]``.
"""

from ._endpoint import Fault, RecordedRequest
from ._sandbox import BASE_URL, Sandbox
from ._server import SandboxServer, serve
from ._state import DemoSeed
from ._transport import AsyncSandboxTransport, SandboxTransport
from ._wsgi import ConnectionDropped, SandboxWSGIApp

__all__ = [
    "BASE_URL",
    "AsyncSandboxTransport",
    "ConnectionDropped",
    "DemoSeed",
    "Fault",
    "RecordedRequest",
    "Sandbox",
    "SandboxServer",
    "SandboxTransport",
    "SandboxWSGIApp",
    "serve",
]
