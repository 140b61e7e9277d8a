"""``Sandbox``: an in-memory Talon.One Integration API that behaves like the real service (the facade).

The public face of the parts: set-up (campaigns, coupons), fault injection and introspection here; the records in
``_state``; what each operation does in ``_rules`` (2019) and ``_rules_v2`` (today's checkout, its answers in
``_answers_v2``), joined in ``_rulebook`` (and ``_campaigns``, ``_loyalty``; loyalty reads and cards:
``_loyalty_reads``, ``_cards``); routing, auth and body validation in ``_dispatch`` (``Sandbox.handle`` is its
``dispatch``). The adapters (``_transport``, ``_wsgi``, ``_server``) call ``_receive`` first, which records the
request and hands out the next injected fault (``fail_next``); then, unless the fault answers instead, they call
``handle``. Data flows one way: the adapters know only the ``Endpoint`` protocol, this module imports them to wire
the conveniences.
"""

from __future__ import annotations

import copy
import datetime as _dt
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import anyio

from .._async_client import AsyncIntegrationClient
from .._client import IntegrationClient
from ..errors import InvalidInputError
from ._cards import add_program
from ._dispatch import Credentials, Dispatcher
from ._endpoint import Fault, RecordedRequest, fault_reply
from ._replies import Reply
from ._server import SandboxServer, serve
from ._state import CampaignRecord, CouponRecord, DemoSeed, SandboxState, aware
from ._transport import AsyncSandboxTransport, SandboxTransport
from ._wsgi import SandboxWSGIApp

__all__ = ["BASE_URL", "DemoSeed", "Fault", "RecordedRequest", "Reply", "Sandbox"]

BASE_URL = "http://sandbox.talon.local"
"""The base URL of the clients that ``Sandbox.client()`` and ``async_client()`` wire in process (never resolved)."""
_CREDENTIAL_HEADERS = frozenset({"authorization", "content-signature"})


class Sandbox:
    """An in-memory Talon.One v1 Integration API for tests and demos.

    ``Sandbox(api_key="sandbox-key")`` accepts ``Authorization: ApiKey-v1 sandbox-key``; with
    ``application_id`` and ``application_key`` it also checks HMAC ``Content-Signature`` headers (pass
    ``api_key=None`` to accept only those). With no credentials configured at all, any request is let in.

    Set it up with ``add_coupon_campaign`` / ``add_referral_campaign`` (or ``seed_demo``), then talk to it
    through ``client()``, ``async_client()``, ``wsgi_app`` or ``serve()``. ``fail_next`` injects faults;
    ``requests`` lists what was received; ``events()``, ``profile()``, ``session()`` and ``coupon()`` show the
    state. Thread-safe (one lock). Injected delays sleep through ``_sleep`` / ``_async_sleep``, which tests may
    replace to stay fast.

    Args:
        api_key: The API key it accepts (``Authorization: ApiKey-v1 <key>``); ``None``: no API key.
        application_id: With ``application_key``: also accept requests HMAC-signed by this Application.
        application_key: The hex Application key those signatures use.
        clock: The sandbox's "now": a function returning a timezone-aware ``datetime`` (default: the system
            clock, UTC). Everything dated reads it: records' creation times, coupon dates, loyalty points
            becoming active or expiring. Tests pass one they can move forward.

    Raises:
        InvalidInputError: An empty ``api_key``, one of ``application_id`` / ``application_key`` without the
            other, a key that is not hex, or a ``clock`` that is not callable.

    Example:
        ```python
        sandbox = Sandbox()
        sandbox.add_coupon_campaign("10% off", coupons=["XMAS-2026"], discount_percent=10)
        with sandbox.client() as client:
            state = client.update_customer_session("s1", coupon="XMAS-2026", total=50)
        assert state.session.discounts == {"10% off": 5.0}
        ```
    """

    def __init__(
        self,
        *,
        api_key: str | None = "sandbox-key",
        application_id: int | None = None,
        application_key: str | None = None,
        clock: Callable[[], _dt.datetime] | None = None,
    ) -> None:
        if api_key is not None and (not isinstance(api_key, str) or not api_key):
            raise InvalidInputError("api_key must be a non-empty string or None")
        if (application_id is None) != (application_key is None):
            raise InvalidInputError("pass application_id and application_key together")
        if application_id is not None and (
            isinstance(application_id, bool) or not isinstance(application_id, int) or application_id < 1
        ):
            raise InvalidInputError("application_id must be a positive integer")
        self._accepted = Credentials(api_key, application_id, application_key)
        if clock is not None and not callable(clock):
            raise InvalidInputError("clock must be a function returning a timezone-aware datetime")
        self._state = SandboxState(application_id if application_id is not None else 1)
        if clock is not None:
            self._state.clock = clock
        self.requests: list[RecordedRequest] = []
        """Every request received, oldest first, as ``RecordedRequest`` items; clear it with ``.clear()``."""
        self._sleep: Callable[[float], None] = time.sleep
        self._async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self._lock = threading.RLock()
        self._faults: deque[Fault] = deque()
        self._dispatcher = Dispatcher(self._state, self._accepted, self._lock)
        self._wsgi_app: SandboxWSGIApp | None = None

    @property
    def application_id(self) -> int:
        """The Application id in the answers (``applicationId``): ``application_id``, else 1."""
        return self._state.application_id

    @application_id.setter
    def application_id(self, value: int) -> None:
        self._state.application_id = value

    def __repr__(self) -> str:
        accepted = self._accepted
        schemes = [name for name, on in (("api_key", accepted.api_key), ("hmac", accepted.hmac_key)) if on]
        return f"Sandbox(auth={'+'.join(schemes) or 'none'}, campaigns={len(self._state.campaigns)})"

    # ---- set-up ------------------------------------------------------------------------------------

    def add_coupon_campaign(
        self,
        name: str,
        *,
        coupons: Iterable[str],
        discount_amount: float | None = None,
        discount_percent: float | None = None,
        usage_limit: int = 0,
        start_date: _dt.datetime | str | None = None,
        expiry_date: _dt.datetime | str | None = None,
        recipient_integration_id: str | None = None,
    ) -> int:
        """A coupon campaign whose coupons give ``setDiscount(name, amount)``; returns the campaign id.

        A session whose ``coupon`` is one of the codes gets ``acceptCoupon`` (and the discount), or
        ``rejectCoupon`` with ``state.coupon_rejection_reason``: ``CouponNotFound`` (no such code; codes match
        exactly, case included), ``CouponStartDateInFuture``, ``CouponExpired``, ``CouponLimitReached`` or
        ``CouponRecipientDoesNotMatch``. Closing the session redeems the coupon (a use against ``usage_limit``);
        cancelling a closed one gives the use back.

        Args:
            name: The campaign's name, which is also the discount's label in ``session.discounts``.
            coupons: The codes (an iterable, or one string): at least one; each a string of at least 4
                characters; no code twice, and none that a coupon or referral code of this sandbox already has.
            discount_amount: A fixed amount off (above 0).
            discount_percent: A percentage of the session total, above 0 and at most 100 (rounded to cents).
                Neither: the coupon is only accepted, with no discount.
            usage_limit: Redemptions allowed per code, 0 (unlimited, the default) to 999999.
            start_date: When the codes become valid: a ``datetime`` or an ISO 8601 string; naive means UTC.
            expiry_date: When they stop being valid (the same forms).
            recipient_integration_id: Only this profile may use the codes; such coupons cannot be reserved.

        Returns:
            The campaign id (``campaign_id`` of its effects).

        Raises:
            InvalidInputError: Any of the rules above broken (nothing is added).

        Example:
            ```python
            campaign_id = sandbox.add_coupon_campaign("Five off", coupons=["FIVE-OFF"], discount_amount=5,
                                                      usage_limit=1, expiry_date="2026-12-31T23:59:59Z")
            ```
        """
        codes = [coupons] if isinstance(coupons, str) else list(coupons)
        if not codes:
            raise InvalidInputError("coupons must list at least one code")
        for code in codes:
            if not isinstance(code, str) or len(code) < 4:
                raise InvalidInputError(f"coupon codes are strings of at least 4 characters, got {code!r}")
        if len(set(codes)) != len(codes):
            raise InvalidInputError("coupon codes must be unique")
        if isinstance(usage_limit, bool) or not isinstance(usage_limit, int) or not 0 <= usage_limit <= 999999:
            raise InvalidInputError("usage_limit must be an integer from 0 (unlimited) to 999999")
        if recipient_integration_id is not None and (
            not isinstance(recipient_integration_id, str) or not recipient_integration_id
        ):
            raise InvalidInputError("recipient_integration_id must be a non-empty string")
        start = aware("start_date", start_date)
        expiry = aware("expiry_date", expiry_date)
        with self._lock:
            state = self._state
            taken = [code for code in codes if state.code_taken(code)]
            if taken:
                raise InvalidInputError(f"coupon codes already exist: {taken}")
            campaign = self._add_campaign(name, "coupon", discount_amount, discount_percent)
            now = state.clock()
            for code in codes:
                state.coupons[code] = CouponRecord(
                    next(state.ids), now, campaign.id, code, usage_limit, start, expiry, recipient_integration_id
                )
            return campaign.id

    def add_referral_campaign(
        self, name: str, *, discount_amount: float | None = None, discount_percent: float | None = None
    ) -> int:
        """A referral campaign; returns the campaign id, for ``create_referral(campaign_id=...)``.

        Its codes come from ``create_referral``; a session with such a ``referral`` gets ``acceptReferral``
        (and the discount) or ``rejectReferral`` (``ReferralNotFound``, ``ReferralExpired``,
        ``ReferralLimitReached``, ``ReferralRecipientIdSameAsAdvocate``, ...).

        Args:
            name: The campaign's name and the discount's label.
            discount_amount: A fixed amount off for the friend (above 0).
            discount_percent: A percentage of the session total (above 0, at most 100); neither: no discount.

        Raises:
            InvalidInputError: An empty name, both discounts, or one out of range.
        """
        with self._lock:
            return self._add_campaign(name, "referral", discount_amount, discount_percent).id

    def add_loyalty_program(
        self,
        name: str,
        *,
        card_based: bool = False,
        users_per_card_limit: int = 2,
        pending_days: int = 0,
        expiry_days: int | None = None,
    ) -> int:
        """A loyalty program (profile-based, or ``card_based``); returns its id, for the loyalty operations.

        Seeded already: the profile-based program 1 (``Points``, earned on v2 closes, ``_loyalty``) and the
        card-based program 2 (``Card points``, two profiles per card, ``_cards``), both with points active at
        once that never expire. Points are earned in every profile-based program and in the first card-based
        program with a card linked to the session's profile; a program added here answers every read (a zero
        balance until it earns) and, card-based, generates and links cards.

        Args:
            name: The program's title (its name: the title in lower case, dashes for spaces).
            card_based: A card-based program (cards generated, linked to profiles) instead of a profile-based one.
            users_per_card_limit: How many profiles one card may have (card-based programs, at least 1).
            pending_days: The service's pending period: points earned are ``pending`` for this many days (on the
                sandbox's ``clock``), then ``active``; 0 (the default): active at once.
            expiry_days: The service's validity: points expire this many days after they become active (at least
                1); None (the default): they never expire.

        Raises:
            InvalidInputError: An empty name, a limit below 1, a negative ``pending_days`` or an ``expiry_days``
                below 1.

        Example:
            ```python
            program_id = sandbox.add_loyalty_program("Club", pending_days=14, expiry_days=365)
            ```
        """
        if not isinstance(name, str) or not name:
            raise InvalidInputError("name must be a non-empty string")
        if (
            isinstance(users_per_card_limit, bool)
            or not isinstance(users_per_card_limit, int)
            or users_per_card_limit < 1
        ):
            raise InvalidInputError("users_per_card_limit must be an integer of at least 1")
        if isinstance(pending_days, bool) or not isinstance(pending_days, int) or pending_days < 0:
            raise InvalidInputError("pending_days must be an integer of at least 0")
        if expiry_days is not None and (
            isinstance(expiry_days, bool) or not isinstance(expiry_days, int) or expiry_days < 1
        ):
            raise InvalidInputError("expiry_days must be None or an integer of at least 1")
        with self._lock:
            return add_program(
                self._state, name, card_based=card_based, users_per_card_limit=users_per_card_limit,
                pending_days=pending_days, expiry_days=expiry_days,
            )  # fmt: skip

    def seed_demo(self) -> DemoSeed:
        """Add the demo campaigns: "10% off" (coupons XMAS-2026, WELCOME-2026; 100 uses each) and
        "Refer a friend" (5.00 off for the friend). Used by ``talon-integration sandbox`` and ``demo``."""
        coupons = ("XMAS-2026", "WELCOME-2026")
        coupon_id = self.add_coupon_campaign("10% off", coupons=coupons, discount_percent=10, usage_limit=100)
        referral_id = self.add_referral_campaign("Refer a friend", discount_amount=5.0)
        return DemoSeed(coupon_id, referral_id, coupons)

    def _add_campaign(
        self, name: str, kind: str, discount_amount: float | None, discount_percent: float | None
    ) -> CampaignRecord:
        if not isinstance(name, str) or not name:
            raise InvalidInputError("name must be a non-empty string (it is the discount's label)")
        if discount_amount is not None and discount_percent is not None:
            raise InvalidInputError("pass discount_amount or discount_percent, not both")
        for label, value, top in (
            ("discount_amount", discount_amount, math.inf),
            ("discount_percent", discount_percent, 100),
        ):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= top
            ):
                limit = " and at most 100" if top == 100 else ""
                raise InvalidInputError(f"{label} must be a number above 0{limit}")
        with self._lock:
            return self._state.add_campaign(name, kind, discount_amount, discount_percent)

    # ---- faults and introspection --------------------------------------------------------------------

    def fail_next(
        self,
        *,
        status: int = 503,
        times: int = 1,
        retry_after: float | str | None = None,
        delay: float | None = None,
        drop_connection: bool = False,
    ) -> None:
        """Make the next ``times`` requests fail (or wait), for retry and timeout tests.

        Faults queue up, first in first out, and each request that reaches the sandbox takes the next one: a
        client's retried attempt is a request of its own, so ``times=2`` with the default two retries fails two
        attempts and the third succeeds. A request refused at the door (over the size limits) takes none.
        One fault does one of three things:

        - by default, answer ``status`` with an ErrorResponse body (``message``: the status's phrase) and
          ``Retry-After`` when given, and apply nothing;
        - with ``delay``, wait that many seconds, then answer normally (the request is applied; ``status`` is
          not used). In process (``client()``, ``async_client()``) a delay longer than the request's read
          timeout instead waits out the timeout and raises ``httpx.ReadTimeout`` with nothing applied, as a
          timed-out request the server never processed. Over HTTP (``serve()``) the server does not know the
          client's timeout: the client times out on its own while the sandbox still applies the request once
          the delay is over, as a real service would;
        - with ``drop_connection``, close the connection without an answer and apply nothing (in process:
          ``httpx.RemoteProtocolError``; a non-idempotent call then raises ``APIConnectionError`` unretried).

        Args:
            status: The error status, 400 to 599 (default 503).
            times: How many requests in a row get this fault (default 1).
            retry_after: The ``Retry-After`` header of a status fault: seconds or an HTTP date.
            delay: Seconds to wait before answering (see above).
            drop_connection: Close the connection instead of answering (wins over ``delay`` and ``status``).

        Raises:
            InvalidInputError: ``times`` not a positive integer, ``status`` outside 400-599, a negative ``delay``.

        Example:
            ```python
            sandbox.fail_next(status=503, times=2, retry_after=0)  # the client's two retries absorb these
            sandbox.fail_next(delay=5)  # sandbox.client(timeout=1, max_retries=0): APITimeoutError, nothing applied
            ```
        """
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise InvalidInputError("times must be a positive integer")
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise InvalidInputError("status must be an HTTP error status (400-599)")
        if delay is not None and (isinstance(delay, bool) or not isinstance(delay, int | float) or delay < 0):
            raise InvalidInputError("delay must be a number of seconds >= 0")
        fault = Fault(status, retry_after, float(delay) if delay is not None else None, bool(drop_connection))
        with self._lock:
            self._faults.extend([fault] * times)

    def events(self) -> list[dict[str, Any]]:
        """Every event recorded so far, as the JSON the API returned (a copy)."""
        with self._lock:
            return [copy.deepcopy(event.to_dict()) for event in self._state.events]

    def profile(self, integration_id: str) -> dict[str, Any] | None:
        """The profile as JSON, or None if it does not exist (or was deleted)."""
        with self._lock:
            found = self._state.profiles.get(integration_id)
            return copy.deepcopy(found.to_model().to_dict()) if found is not None else None

    def session(self, customer_session_id: str) -> dict[str, Any] | None:
        """The session as JSON, or None if it does not exist."""
        with self._lock:
            found = self._state.sessions.get(customer_session_id)
            return copy.deepcopy(found.to_model(self.application_id).to_dict()) if found is not None else None

    def coupon(self, value: str) -> dict[str, Any] | None:
        """The coupon as JSON, or None if it does not exist."""
        with self._lock:
            found = self._state.coupons.get(value)
            return copy.deepcopy(found.to_model().to_dict()) if found is not None else None

    # ---- the three ways in ---------------------------------------------------------------------------

    def _credentials(self, overrides: Mapping[str, Any]) -> dict[str, Any]:
        if {"api_key", "application_id", "application_key"} & overrides.keys():
            return {}
        accepted = self._accepted
        if accepted.application_id is not None:
            return {"application_id": accepted.application_id, "application_key": accepted.application_key}
        return {"api_key": accepted.api_key or "sandbox-key"}

    def client(self, **overrides: Any) -> IntegrationClient:
        """An ``IntegrationClient`` wired to this sandbox in process (no sockets); keywords override.

        It has ``base_url=BASE_URL``, the sandbox's credentials (its API key, else its HMAC pair) and a
        ``SandboxTransport``; any keyword of ``IntegrationClient`` replaces those (``max_retries=0``,
        ``api_key="wrong"``). Close it as any client.

        Example:
            ```python
            with sandbox.client(max_retries=0, timeout=1) as client:
                client.update_customer_profile("u1", attributes={"Name": "Ada"})
            ```
        """
        kwargs: dict[str, Any] = {"base_url": BASE_URL, **self._credentials(overrides)}
        if "http_client" not in overrides:
            kwargs["transport"] = SandboxTransport(self)
        kwargs.update(overrides)
        return IntegrationClient(**kwargs)

    def async_client(self, **overrides: Any) -> AsyncIntegrationClient:
        """An ``AsyncIntegrationClient`` wired to this sandbox in process (no sockets); keywords override.

        As ``client()``, with an ``AsyncSandboxTransport``.

        Example:
            ```python
            async with sandbox.async_client() as client:
                await client.track_event(session_id="s1", type="viewed_product")
            ```
        """
        kwargs: dict[str, Any] = {"base_url": BASE_URL, **self._credentials(overrides)}
        if "http_client" not in overrides:
            kwargs["transport"] = AsyncSandboxTransport(self)
        kwargs.update(overrides)
        return AsyncIntegrationClient(**kwargs)

    @property
    def wsgi_app(self) -> SandboxWSGIApp:
        """This sandbox as a WSGI application."""
        if self._wsgi_app is None:
            self._wsgi_app = SandboxWSGIApp(self)
        return self._wsgi_app

    def serve(
        self, host: str = "127.0.0.1", port: int = 0, *, log: Callable[[str], None] | None = None
    ) -> SandboxServer:
        """Serve ``wsgi_app`` over HTTP on a background thread, for black-box tests of another process.

        ``serve(self, host, port, log=log)`` of this package; use that function for its other settings
        (workers, timeouts).

        Args:
            host: The interface (default loopback). Any other address lets other machines in.
            port: The port; 0 (the default) picks a free one.
            log: Called with one access-log line per request (default: none).

        Returns:
            The running ``SandboxServer``: ``.url`` (``http://127.0.0.1:<port>``), ``.host``, ``.port``,
            ``.loopback``, ``.wait()``, ``.shutdown()``; a context manager that shuts it down.

        Raises:
            OSError: The address cannot be bound (the port is taken).

        Example:
            ```python
            with sandbox.serve() as server:
                os.environ["TALON_BASE_URL"] = server.url  # and TALON_API_KEY=sandbox-key
                run_the_shop_under_test()
            ```
        """
        return serve(self, host, port, log=log)

    def supports(self, operation_id: str) -> bool:
        """Whether the sandbox has rules for this operation of the spec (the others answer 501)."""
        return self._dispatcher.supports(operation_id)

    # ---- request handling ----------------------------------------------------------------------------

    def _receive(self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes) -> Fault | None:
        """Record a request and hand out the next injected fault, if any (adapters call this first)."""
        recorded = {k.lower(): ("<redacted>" if k.lower() in _CREDENTIAL_HEADERS else v) for k, v in headers.items()}
        with self._lock:
            self.requests.append(RecordedRequest(method.upper(), raw_path, recorded, bytes(body)))
            return self._faults.popleft() if self._faults else None

    def _fault_reply(self, fault: Fault) -> Reply:
        """The error answer of a status fault."""
        with self._lock:
            return fault_reply(fault, self._state.next_request_id())

    def handle(self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request as the service would: ``(status, headers, body)``; no fault, no recording.

        ``raw_path`` is the path as received (percent-encoded, a query is ignored); path parameters are
        routed on the raw segments, then decoded. This is the whole API; faults and recording live in
        the adapters.
        """
        return self._dispatcher.dispatch(method, raw_path, headers, body)
