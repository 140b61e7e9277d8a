"""``Sandbox``: an in-memory Talon.One v1 Integration API that behaves like the real service.

One pure request handler (``Sandbox.handle``) over state guarded by one lock. The adapters
(``_transport``, ``_wsgi``) call ``_receive`` first, which records the request and hands out the next
injected fault (``fail_next``); then, unless the fault answers instead, they call ``handle``.
"""

from __future__ import annotations

import copy
import datetime as _dt
import hmac
import itertools
import json
import math
import random
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import anyio
import attrs
from dateutil.parser import isoparse

from talon_integration_generated.api import BY_OPERATION_ID, OPERATIONS
from talon_integration_generated.types import InputError, Model, Operation, SchemaError

from .._client import AsyncIntegrationClient, IntegrationClient
from ..auth import content_signature, parse_application_key
from ..errors import InvalidInputError

if TYPE_CHECKING:
    from ._wsgi import SandboxServer, SandboxWSGIApp

__all__ = ["BASE_URL", "DemoSeed", "Fault", "RecordedRequest", "Reply", "Sandbox"]

BASE_URL = "http://sandbox.talon.local"
"""The base URL of the clients that ``Sandbox.client()`` and ``async_client()`` wire in process (never resolved)."""
ACCOUNT_ID = 1
MAX_INTEGRATION_IDS = 1000
# API-FACTS.md's three, and today's service's partial return of a purchase (and its cancellation).
_TRANSITIONS = frozenset({
    ("open", "closed"), ("open", "cancelled"), ("closed", "cancelled"),
    ("closed", "partially_returned"), ("partially_returned", "cancelled"),
})  # fmt: skip
_ALLOWED_CHANGES = ", ".join(f"{a}→{b}" for a, b in sorted(_TRANSITIONS))
_CREDENTIAL_HEADERS = frozenset({"authorization", "content-signature"})
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

Reply = tuple[int, list[tuple[str, str]], bytes]
"""What ``handle`` returns: status, response headers, body bytes."""

_Problem = dict[str, Any]
_Rule = Callable[[Any, str, list[_Problem]], None]


def _utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def _iso(value: _dt.datetime) -> str:
    return value.astimezone(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _aware(name: str, value: _dt.datetime | str | None) -> _dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = isoparse(value)
    if not isinstance(value, _dt.datetime):
        raise InvalidInputError(f"{name} must be a datetime or an ISO 8601 string, got {type(value).__name__}")
    return value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)


# ---- public records ----------------------------------------------------------------------------------


@attrs.frozen
class RecordedRequest:
    """A request the sandbox received: the items of ``Sandbox.requests``, in the order they arrived.

    Every request that reached the sandbox is recorded, a failed one (an injected fault, a 4xx) too, and each
    retried attempt on its own; a request refused at the door (over the size limits, malformed) is not.

    Attributes:
        method: The HTTP method, upper case (``"PUT"``).
        path: The path as sent, percent-encoded, with its query (``/v1/coupon_reservations/A%2FB``).
        headers: The request headers, names lower case; ``authorization`` and ``content-signature`` read
            ``<redacted>``.
        body: The body bytes as sent (``b""`` for none).

    Example:
        ```python
        sent = sandbox.requests[-1]
        assert (sent.method, sent.path) == ("PUT", "/v1/customer_sessions/sess-1")
        assert sent.json()["coupon"] == "XMAS-2026"
        ```
    """

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """The body decoded as JSON (``None`` for an empty body)."""
        return json.loads(self.body) if self.body else None


@attrs.frozen
class Fault:
    """One injected fault, as ``Sandbox.fail_next`` queues it (the fields are its keywords)."""

    status: int = 503
    retry_after: float | str | None = None
    delay: float | None = None
    drop_connection: bool = False

    def wait(self, read_timeout: float | None) -> tuple[float, bool]:
        """How long a delayed request waits, and whether the client's read timeout expires first."""
        delay = self.delay or 0.0
        if read_timeout is not None and delay > read_timeout:
            return read_timeout, True
        return delay, False


@attrs.frozen
class DemoSeed:
    """What ``Sandbox.seed_demo`` created: the two campaign ids and the coupon codes."""

    coupon_campaign_id: int
    referral_campaign_id: int
    coupons: tuple[str, ...]


# ---- state -------------------------------------------------------------------------------------------


@attrs.define
class _Campaign:
    id: int
    ruleset_id: int
    name: str
    kind: str  # "coupon" or "referral"
    discount_amount: float | None
    discount_percent: float | None

    def discount(self, total: float) -> float | None:
        if self.discount_amount is not None:
            return self.discount_amount
        if self.discount_percent is not None:
            return round(total * self.discount_percent / 100.0, 2)
        return None


@attrs.define
class _Coupon:
    id: int
    created: _dt.datetime
    campaign_id: int
    value: str
    usage_limit: int
    start: _dt.datetime | None
    expiry: _dt.datetime | None
    recipient: str | None
    usage_counter: int = 0
    reserved_by: list[str] = attrs.Factory(list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "created": _iso(self.created),
            "campaignId": self.campaign_id,
            "value": self.value,
            "usageLimit": self.usage_limit,
            "usageCounter": self.usage_counter,
            "attributes": {},
            "reservation": True,  # reservable for many customers (a shared code, not a personal one)
            "isReservationMandatory": False,  # anyone may redeem it, reserved or not
            "implicitlyReserved": False,
            "reservationCounter": len(self.reserved_by),
        }
        if self.start is not None:
            out["startDate"] = _iso(self.start)
        if self.expiry is not None:
            out["expiryDate"] = _iso(self.expiry)
        if self.recipient is not None:
            out["recipientIntegrationId"] = self.recipient
        return out


@attrs.define
class _Referral:
    id: int
    created: _dt.datetime
    campaign_id: int
    advocate: str
    friend: str | None
    start: _dt.datetime | None
    expiry: _dt.datetime | None
    code: str
    usage_counter: int = 0
    usage_limit: int = 0
    attributes: dict[str, Any] = attrs.Factory(dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "created": _iso(self.created),
            "campaignId": self.campaign_id,
            "advocateProfileIntegrationId": self.advocate,
            "code": self.code,
            "usageCounter": self.usage_counter,
            "usageLimit": self.usage_limit,
            "attributes": copy.deepcopy(self.attributes),
        }
        if self.friend is not None:
            out["friendProfileIntegrationId"] = self.friend
        if self.start is not None:
            out["startDate"] = _iso(self.start)
        if self.expiry is not None:
            out["expiryDate"] = _iso(self.expiry)
        return out


@attrs.define
class _Profile:
    id: int  # the service's own numeric ID (0 for the stand-in profile of an anonymous session)
    integration_id: str
    created: _dt.datetime
    last_activity: _dt.datetime
    attributes: dict[str, Any] = attrs.Factory(dict)
    closed_sessions: int = 0
    total_sales: float = 0.0
    session_ids: list[str] = attrs.Factory(list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "integrationId": self.integration_id,
            "created": _iso(self.created),
            "attributes": copy.deepcopy(self.attributes),
            "accountId": ACCOUNT_ID,
            "closedSessions": self.closed_sessions,
            "totalSales": self.total_sales,
            "loyaltyMemberships": [],
            "audienceMemberships": [],
            "lastActivity": _iso(self.last_activity),
            "sandbox": True,
        }


@attrs.define
class _Session:
    integration_id: str
    created: _dt.datetime
    profile_id: str = ""
    coupon: str = ""
    referral: str = ""
    state: str = "open"
    cart_items: list[dict[str, Any]] = attrs.Factory(list)
    identifiers: list[str] | None = None
    total: float = 0.0
    attributes: dict[str, Any] = attrs.Factory(dict)
    first_session: bool = True
    discounts: dict[str, float] = attrs.Factory(dict)
    redeemed_coupon: str | None = None  # set while closed: what closing redeemed, undone by cancelling
    redeemed_referral: str | None = None
    closed_total: float = 0.0
    updated: _dt.datetime | None = None  # the most recent update or event (created, until then)

    def to_json(self, application_id: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "integrationId": self.integration_id,
            "created": _iso(self.created),
            "applicationId": application_id,
            "profileId": self.profile_id,
            "coupon": self.coupon,
            "referral": self.referral,
            "state": self.state,
            "cartItems": copy.deepcopy(self.cart_items),
            "total": self.total,
            "attributes": copy.deepcopy(self.attributes),
            "firstSession": self.first_session,
            "discounts": dict(self.discounts),
            "updated": _iso(self.updated or self.created),
        }
        if self.identifiers is not None:
            out["identifiers"] = list(self.identifiers)
        return out


class _Refused(Exception):
    """An error answer: raised anywhere in a handler, turned into an ErrorResponse body."""

    def __init__(self, status: int, message: str, errors: list[_Problem] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []
        self.headers: list[tuple[str, str]] = []


def _problem(title: str, details: str, *, pointer: str | None = None, parameter: str | None = None) -> _Problem:
    source = {"pointer": pointer} if pointer is not None else {"parameter": parameter or ""}
    return {"title": title, "details": details, "source": source}


def _error_body(status: int, message: str, errors: list[_Problem]) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if errors:
        body["errors"] = errors
    body["StatusCode"] = status
    return body


def _refuse(
    message: str, details: str, *, pointer: str | None = None, parameter: str | None = None, status: int = 400
) -> _Refused:
    """An error answer with one problem: a JSON ``pointer`` into the body, or a ``parameter``."""
    title = HTTPStatus(status).phrase if status != 400 else "Invalid value"
    return _Refused(status, message, [_problem(title, details, pointer=pointer, parameter=parameter)])


def _not_found(what: str, parameter: str, value: str) -> _Refused:
    return _refuse(f"{what} not found", f"No {what.lower()} {value!r} exists", parameter=parameter, status=404)


# ---- request validation: the request schemas of openapi.yaml, through the generated models -------------


def _pointer(path: tuple[str | int, ...]) -> str:
    return "".join(f"/{_escape(str(segment))}" for segment in path)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _invalid(pointer: str, details: str) -> _Problem:
    return _problem("Invalid value", f"{pointer or 'The body'} {details}", pointer=pointer)


def _parse_date_time(value: str) -> _dt.datetime | None:
    """An RFC 3339 date-time (with an offset), or None."""
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = isoparse(value)
        except (ValueError, OverflowError):
            return None
    return parsed if parsed.tzinfo is not None and parsed.utcoffset() is not None else None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _json_object(body: bytes, *, empty_ok: bool = False) -> dict[str, Any]:
    """The request body as a JSON object, or a 400."""
    if not body.strip():
        if empty_ok:
            return {}
        raise _Refused(400, "Invalid request body", [_invalid("", "must be a JSON object")])
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise _Refused(
            400, "Invalid JSON", [_problem("Malformed JSON", "The request body is not valid JSON", pointer="")]
        ) from None
    if type(data) is not dict:
        raise _Refused(400, "Invalid request body", [_invalid("", "must be a JSON object")])
    result: dict[str, Any] = data
    return result


def _validated_body(operation: Operation[Any], body: bytes) -> dict[str, Any]:
    """The request body checked against the operation's request schema, as the spec states it.

    The generated model's parser checks every field's JSON type (new fields included) and its ``to_request``
    the spec's constraints (required, lengths, bounds, enums): the same checks the client makes before sending.
    """
    model = operation.body
    if model is None:  # no body, or an optional empty one (a signed DELETE sends {})
        return _json_object(body, empty_ok=True)
    data = _json_object(body)
    try:
        _refuse_nulls(model, data, "")
        model.to_request(model.from_dict(data))
    except SchemaError as exc:
        pointer = _pointer(exc.path)
        title = "Missing field" if exc.problem == "required field is missing" else "Invalid value"
        problem = _problem(title, f"{pointer} {exc.problem}", pointer=pointer)
        raise _Refused(400, "Invalid request body", [problem]) from None
    except InputError as exc:
        raise _Refused(400, "Invalid request body", [_invalid(exc.pointer, exc.problem)]) from None
    except RecursionError:
        raise _Refused(400, "Invalid request body", [_invalid("", "is nested too deeply")]) from None
    return data


def _refuse_nulls(model: type[Model], data: dict[str, Any], pointer: str) -> None:
    """``null`` where the schema does not allow it (the parsers read it as "absent", the service refuses it)."""
    for field in model.FIELDS:
        if field.wire not in data:
            continue
        value, where = data[field.wire], f"{pointer}/{_escape(field.wire)}"
        if value is None and not field.nullable:
            raise _Refused(400, "Invalid request body", [_invalid(where, "must not be null")])
        if field.model is None:
            continue
        if field.kind == "model" and type(value) is dict:
            _refuse_nulls(field.model, value, where)
        elif field.kind in ("list", "map") and type(value) in (list, dict):
            items = enumerate(value) if type(value) is list else value.items()
            for key, item in items:
                if type(item) is dict:
                    _refuse_nulls(field.model, item, f"{where}/{_escape(str(key))}")


# ---- routing: the operation table --------------------------------------------------------------------


def _template(path: str) -> tuple[str | None, ...]:
    """A path template as segments, ``None`` for a parameter: ``/v1/coupons/{couponValue}`` -> (v1, coupons, None)."""
    return tuple(None if part.startswith("{") else part for part in path.split("/")[1:])


_ROUTES: tuple[tuple[tuple[str | None, ...], Operation[Any]], ...] = tuple(
    (_template(operation.path), operation) for operation in OPERATIONS
)


def _match(template: tuple[str | None, ...], segments: list[str]) -> str | None:
    """The decoded path parameter ("" when the template has none) if ``segments`` fit, else None."""
    if len(template) != len(segments):
        return None
    param = ""
    for want, got in zip(template, segments, strict=True):
        if want is None:
            if not got:
                return None
            param = unquote(got)
        elif want != got:
            return None
    return param


def _path_segments(raw_path: str) -> list[str]:
    path = raw_path
    if "://" in path.split("?", 1)[0]:
        path = urlsplit(path).path
    path = path.split("?", 1)[0].split("#", 1)[0]
    return path.split("/")[1:] if path.startswith("/") else path.split("/")


# ---- the sandbox -------------------------------------------------------------------------------------


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

    Raises:
        InvalidInputError: An empty ``api_key``, one of ``application_id`` / ``application_key`` without the
            other, or a key that is not hex.

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
    ) -> None:
        if api_key is not None and (not isinstance(api_key, str) or not api_key):
            raise InvalidInputError("api_key must be a non-empty string or None")
        if (application_id is None) != (application_key is None):
            raise InvalidInputError("pass application_id and application_key together")
        if application_id is not None and (
            isinstance(application_id, bool) or not isinstance(application_id, int) or application_id < 1
        ):
            raise InvalidInputError("application_id must be a positive integer")
        self._api_key = api_key
        self._application_id = application_id
        self._application_key = application_key
        self._hmac_key = parse_application_key(application_key) if application_key is not None else None
        self.application_id: int = application_id if application_id is not None else 1
        """The Application id in the answers (``applicationId``): ``application_id``, else 1."""
        self.requests: list[RecordedRequest] = []
        """Every request received, oldest first, as ``RecordedRequest`` items; clear it with ``.clear()``."""
        self._sleep: Callable[[float], None] = time.sleep
        self._async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self._clock: Callable[[], _dt.datetime] = _utcnow
        self._lock = threading.RLock()
        self._faults: deque[Fault] = deque()
        self._random = random.Random(0)
        self._ids = itertools.count(1)
        self._request_ids = itertools.count(1)
        self._campaigns: dict[int, _Campaign] = {}
        self._coupons: dict[str, _Coupon] = {}
        self._referrals: dict[str, _Referral] = {}
        self._profiles: dict[str, _Profile] = {}
        self._sessions: dict[str, _Session] = {}
        self._events: list[dict[str, Any]] = []
        self._wsgi_app: SandboxWSGIApp | None = None

    def __repr__(self) -> str:
        schemes = [name for name, on in (("api_key", self._api_key), ("hmac", self._hmac_key)) if on]
        return f"Sandbox(auth={'+'.join(schemes) or 'none'}, campaigns={len(self._campaigns)})"

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
        start = _aware("start_date", start_date)
        expiry = _aware("expiry_date", expiry_date)
        with self._lock:
            taken = [code for code in codes if code in self._coupons or code in self._referrals]
            if taken:
                raise InvalidInputError(f"coupon codes already exist: {taken}")
            campaign = self._add_campaign(name, "coupon", discount_amount, discount_percent)
            now = self._clock()
            for code in codes:
                self._coupons[code] = _Coupon(
                    next(self._ids), now, campaign.id, code, usage_limit, start, expiry, recipient_integration_id
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

    def seed_demo(self) -> DemoSeed:
        """Add the demo campaigns: "10% off" (coupons XMAS-2026, WELCOME-2026; 100 uses each) and
        "Refer a friend" (5.00 off for the friend). Used by ``talon-integration sandbox`` and ``demo``."""
        coupons = ("XMAS-2026", "WELCOME-2026")
        coupon_id = self.add_coupon_campaign("10% off", coupons=coupons, discount_percent=10, usage_limit=100)
        referral_id = self.add_referral_campaign("Refer a friend", discount_amount=5.0)
        return DemoSeed(coupon_id, referral_id, coupons)

    def _add_campaign(
        self, name: str, kind: str, discount_amount: float | None, discount_percent: float | None
    ) -> _Campaign:
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
            campaign_id = next(self._ids)
            campaign = _Campaign(
                campaign_id,
                next(self._ids),
                name,
                kind,
                float(discount_amount) if discount_amount is not None else None,
                float(discount_percent) if discount_percent is not None else None,
            )
            self._campaigns[campaign_id] = campaign
            return campaign

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
            return copy.deepcopy(self._events)

    def profile(self, integration_id: str) -> dict[str, Any] | None:
        """The profile as JSON, or None if it does not exist (or was deleted)."""
        with self._lock:
            found = self._profiles.get(integration_id)
            return found.to_json() if found is not None else None

    def session(self, customer_session_id: str) -> dict[str, Any] | None:
        """The session as JSON, or None if it does not exist."""
        with self._lock:
            found = self._sessions.get(customer_session_id)
            return found.to_json(self.application_id) if found is not None else None

    def coupon(self, value: str) -> dict[str, Any] | None:
        """The coupon as JSON, or None if it does not exist."""
        with self._lock:
            found = self._coupons.get(value)
            return found.to_json() if found is not None else None

    # ---- the three ways in ---------------------------------------------------------------------------

    def _credentials(self, overrides: Mapping[str, Any]) -> dict[str, Any]:
        if {"api_key", "application_id", "application_key"} & overrides.keys():
            return {}
        if self._application_id is not None:
            return {"application_id": self._application_id, "application_key": self._application_key}
        return {"api_key": self._api_key or "sandbox-key"}

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
        from ._transport import SandboxTransport

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
        from ._transport import AsyncSandboxTransport

        kwargs: dict[str, Any] = {"base_url": BASE_URL, **self._credentials(overrides)}
        if "http_client" not in overrides:
            kwargs["transport"] = AsyncSandboxTransport(self)
        kwargs.update(overrides)
        return AsyncIntegrationClient(**kwargs)

    @property
    def wsgi_app(self) -> SandboxWSGIApp:
        """This sandbox as a WSGI application."""
        from ._wsgi import SandboxWSGIApp

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
        from ._wsgi import serve

        return serve(self, host, port, log=log)

    def supports(self, operation_id: str) -> bool:
        """Whether the sandbox has rules for this operation of the spec (the others answer 501)."""
        operation = BY_OPERATION_ID.get(operation_id)
        return operation is not None and hasattr(self, f"_{operation.name}")

    # ---- request handling ----------------------------------------------------------------------------

    def _receive(self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes) -> Fault | None:
        """Record a request and hand out the next injected fault, if any (adapters call this first)."""
        recorded = {k.lower(): ("<redacted>" if k.lower() in _CREDENTIAL_HEADERS else v) for k, v in headers.items()}
        with self._lock:
            self.requests.append(RecordedRequest(method.upper(), raw_path, recorded, bytes(body)))
            return self._faults.popleft() if self._faults else None

    def _fault_reply(self, fault: Fault) -> Reply:
        """The error answer of a status fault."""
        try:
            phrase = HTTPStatus(fault.status).phrase
        except ValueError:
            phrase = "Error"
        extra = [] if fault.retry_after is None else [("Retry-After", _retry_after(fault.retry_after))]
        return self._reply(fault.status, _error_body(fault.status, phrase, []), extra)

    def handle(self, method: str, raw_path: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Answer one request as the service would: ``(status, headers, body)``; no fault, no recording.

        ``raw_path`` is the path as received (percent-encoded, a query is ignored); path parameters are
        routed on the raw segments, then decoded. This is the whole API; faults and recording live in
        the adapters.
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        method = method.upper()
        with self._lock:
            try:
                operation, param = self._route(method, raw_path)
                self._authenticate(lowered, body)
                handler: Callable[[str, dict[str, Any]], tuple[int, Any]] | None = getattr(
                    self, f"_{operation.name}", None
                )
                if handler is None:  # an operation of the spec this sandbox has no rules for (yet)
                    raise _refuse(
                        "Not implemented",
                        f"The sandbox does not model {operation.operation_id} ({operation.method} {operation.path})",
                        parameter="path",
                        status=501,
                    )
                status, payload = handler(param, _validated_body(operation, body))
            except _Refused as refused:
                reply = self._reply(refused.status, _error_body(refused.status, refused.message, refused.errors))
                reply[1].extend(refused.headers)
                return reply
            return self._reply(status, payload)

    def _reply(self, status: int, payload: Any, extra: list[tuple[str, str]] | None = None) -> Reply:
        with self._lock:
            request_id = f"sbx-{next(self._request_ids)}"
        headers = [("x-request-id", request_id), *(extra or [])]
        if payload is None:
            return status, headers, b""
        content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
        headers.append(("Content-Type", "application/json"))
        return status, headers, content

    def _route(self, method: str, raw_path: str) -> tuple[Operation[Any], str]:
        segments = _path_segments(raw_path)
        allowed: list[str] = []
        for template, operation in _ROUTES:
            param = _match(template, segments)
            if param is None:
                continue
            if operation.method == method:
                return operation, param
            allowed.append(operation.method)
        if allowed:
            refused = _Refused(405, "Method not allowed")
            refused.headers.append(("Allow", ", ".join(allowed)))
            raise refused
        raise _refuse("Not found", "No such endpoint", parameter="path", status=404)

    def _authenticate(self, headers: Mapping[str, str], body: bytes) -> None:
        if self._api_key is None and self._hmac_key is None:
            return
        authorization = headers.get("authorization")
        if self._api_key is not None and authorization is not None:
            scheme, _, key = authorization.partition(" ")
            if scheme == "ApiKey-v1" and hmac.compare_digest(key.strip().encode(), self._api_key.encode()):
                return
        signature_header = headers.get("content-signature")
        if self._hmac_key is not None and signature_header is not None:
            parts = dict(part.strip().partition("=")[::2] for part in signature_header.split(";") if "=" in part)
            if parts.get("signer", "").strip() == str(self._application_id):
                expected = content_signature(self._hmac_key, body)
                if hmac.compare_digest(expected, parts.get("signature", "").strip().lower()):
                    return
                raise _refuse(
                    "HMAC signature mismatch.", "The signature does not match the body", parameter="Content-Signature"
                )
        raise _refuse("Unauthorized", "Missing or invalid credentials", parameter="Authorization", status=401)

    # ---- helpers on state (lock held) --------------------------------------------------------------

    def _get_or_create_profile(self, integration_id: str) -> _Profile:
        profile = self._profiles.get(integration_id)
        now = self._clock()
        if profile is None:
            profile = _Profile(next(self._ids), integration_id, now, now)
            self._profiles[integration_id] = profile
        profile.last_activity = now
        return profile

    def _anonymous_profile(self, created: _dt.datetime) -> dict[str, Any]:
        return _Profile(0, "", created, self._clock()).to_json()

    def _attach(self, session: _Session, profile_id: str) -> None:
        """Link an (anonymous or new) session to a profile, creating the profile on first use."""
        profile = self._get_or_create_profile(profile_id)
        session.profile_id = profile_id
        session.first_session = not profile.session_ids
        if session.integration_id not in profile.session_ids:
            profile.session_ids.append(session.integration_id)

    def _record_event(
        self,
        session_id: str,
        profile_id: str,
        event_type: str,
        attributes: dict[str, Any],
        effects: list[Any],
        meta: dict[str, Any],
    ) -> dict[str, Any]:
        event: dict[str, Any] = {
            "id": next(self._ids),
            "created": _iso(self._clock()),
            "applicationId": self.application_id,
            "profileId": profile_id,
            "sessionId": session_id,
            "type": event_type,
            "attributes": copy.deepcopy(attributes),
            "effects": effects,
            "ledgerEntries": [],
            "meta": meta,
        }
        self._events.append(event)
        return copy.deepcopy(event)

    def _state(self, session: dict[str, Any], profile_id: str, event: dict[str, Any]) -> dict[str, Any]:
        profile = self._profiles.get(profile_id) if profile_id else None
        return {
            "session": session,
            "profile": profile.to_json() if profile is not None else self._anonymous_profile(self._clock()),
            "event": event,
        }

    def _coupon_problem(self, coupon: _Coupon, session: _Session) -> str | None:
        now = self._clock()
        if coupon.start is not None and now < coupon.start:
            return "CouponStartDateInFuture"
        if coupon.expiry is not None and now >= coupon.expiry:
            return "CouponExpired"
        used = coupon.usage_counter - (1 if session.redeemed_coupon == coupon.value else 0)
        if coupon.usage_limit and used >= coupon.usage_limit:
            return "CouponLimitReached"
        if coupon.recipient is not None and coupon.recipient != session.profile_id:
            return "CouponRecipientDoesNotMatch"
        return None

    def _referral_problem(self, referral: _Referral, session: _Session) -> str | None:
        now = self._clock()
        if referral.start is not None and now < referral.start:
            return "ReferralStartDateInFuture"
        if referral.expiry is not None and now >= referral.expiry:
            return "ReferralExpired"
        used = referral.usage_counter - (1 if session.redeemed_referral == referral.code else 0)
        if referral.usage_limit and used >= referral.usage_limit:
            return "ReferralLimitReached"
        if session.profile_id and session.profile_id == referral.advocate:
            return "ReferralRecipientIdSameAsAdvocate"
        if referral.friend is not None and referral.friend != session.profile_id:
            return "ReferralRecipientDoesNotMatch"
        return None

    def _evaluate(self, session: _Session) -> tuple[list[Any], dict[str, Any], _Coupon | None, _Referral | None]:
        """The rules: effects and meta for the session's coupon and referral, and what was accepted."""
        effects: list[Any] = []
        meta: dict[str, Any] = {"campaigns": {}, "coupons": {}}
        discounts: dict[str, float] = {}
        accepted_coupon: _Coupon | None = None
        accepted_referral: _Referral | None = None
        if session.coupon:
            code = session.coupon
            coupon = self._coupons.get(code)
            if coupon is None:
                effects.append([-1, 0, 0, ["rejectCoupon", code]])
                meta["couponRejectionReason"] = {"campaignId": -1, "couponId": 0, "reason": "CouponNotFound"}
            else:
                campaign = self._campaigns[coupon.campaign_id]
                reason = self._coupon_problem(coupon, session)
                meta["campaigns"][str(campaign.id)] = {}
                if reason is not None:
                    effects.append([campaign.id, campaign.ruleset_id, 0, ["rejectCoupon", code]])
                    meta["couponRejectionReason"] = {"campaignId": campaign.id, "couponId": coupon.id, "reason": reason}
                else:
                    accepted_coupon = coupon
                    meta["coupons"][code] = {}
                    effects.append([campaign.id, campaign.ruleset_id, 0, ["acceptCoupon", code]])
                    self._discount(campaign, session.total, effects, discounts)
        if session.referral:
            code = session.referral
            referral = self._referrals.get(code)
            if referral is None:
                effects.append([-1, 0, 0, ["rejectReferral", code]])
                meta["referralRejectionReason"] = {"campaignId": -1, "referralId": 0, "reason": "ReferralNotFound"}
            else:
                campaign = self._campaigns[referral.campaign_id]
                reason = self._referral_problem(referral, session)
                meta["campaigns"][str(campaign.id)] = {}
                if reason is not None:
                    effects.append([campaign.id, campaign.ruleset_id, 0, ["rejectReferral", code]])
                    meta["referralRejectionReason"] = {
                        "campaignId": campaign.id,
                        "referralId": referral.id,
                        "reason": reason,
                    }
                else:
                    accepted_referral = referral
                    effects.append([campaign.id, campaign.ruleset_id, 0, ["acceptReferral", code]])
                    self._discount(campaign, session.total, effects, discounts)
        session.discounts = discounts
        return effects, meta, accepted_coupon, accepted_referral

    @staticmethod
    def _discount(campaign: _Campaign, total: float, effects: list[Any], discounts: dict[str, float]) -> None:
        amount = campaign.discount(total)
        if amount is not None:
            effects.append([campaign.id, campaign.ruleset_id, 0, ["setDiscount", campaign.name, amount]])
            discounts[campaign.name] = round(discounts.get(campaign.name, 0.0) + amount, 2)

    # ---- the nine operations (lock held; raise _Refused for errors) ------------------------------------

    def _update_customer_profile(self, integration_id: str, data: dict[str, Any]) -> tuple[int, Any]:
        profile = self._get_or_create_profile(integration_id)
        profile.attributes.update(copy.deepcopy(data.get("attributes", {})))
        now = self._clock()
        session = _Session("", now, profile_id=integration_id, first_session=not profile.session_ids)
        meta: dict[str, Any] = {"campaigns": {}, "coupons": {}}
        event = self._record_event(f"profile-{integration_id}", integration_id, "talon_profile_updated", {}, [], meta)
        return 200, self._state(session.to_json(self.application_id), integration_id, event)

    def _update_customer_session(self, session_id: str, data: dict[str, Any]) -> tuple[int, Any]:
        existing = self._sessions.get(session_id)
        session = copy.deepcopy(existing) if existing is not None else _Session(session_id, self._clock())
        old_state = session.state
        new_state = data.get("state", old_state)
        if new_state != old_state and (old_state, new_state) not in _TRANSITIONS:
            raise _refuse(
                "Invalid session state change",
                f"The session is {old_state} and cannot become {new_state} (allowed: {_ALLOWED_CHANGES})",
                pointer="/state",
            )
        profile_id = data.get("profileId")
        if profile_id is not None and profile_id != session.profile_id and existing is not None and session.profile_id:
            raise _refuse(
                "The session belongs to another profile",
                f"Session {session_id!r} belongs to another profile and cannot be moved",
                pointer="/profileId",
            )
        changed = self._apply_session_fields(session, data)
        if profile_id and not session.profile_id:
            changed.append("profileId")
        if old_state != "open" and changed:
            raise _refuse(
                f"The session is {old_state}: only its state can change",
                f"/{changed[0]} cannot change on a {old_state} session",
                pointer=f"/{changed[0]}",
            )
        if profile_id and not session.profile_id:
            self._attach(session, profile_id)
        if session.profile_id:
            self._get_or_create_profile(session.profile_id)

        effects: list[Any] = []
        meta: dict[str, Any] = {"campaigns": {}, "coupons": {}}
        if new_state == "cancelled":
            if old_state == "closed":
                self._undo_close(session)
            session.discounts = {}
        else:
            effects, meta, coupon, referral = self._evaluate(session)
            if old_state == "open" and new_state == "closed":
                self._close(session, coupon, referral)
        session.state = new_state
        session.updated = self._clock()
        self._sessions[session_id] = session
        event = self._record_event(session_id, session.profile_id, "talon_session_updated", {}, effects, meta)
        return 200, self._state(session.to_json(self.application_id), session.profile_id, event)

    def _apply_session_fields(self, session: _Session, data: dict[str, Any]) -> list[str]:
        """Copy the body's fields into the session; returns the names of the fields that changed."""
        before = session.to_json(self.application_id)
        if "coupon" in data:
            session.coupon = data["coupon"]
        if "referral" in data:
            session.referral = data["referral"]
        if "cartItems" in data:
            session.cart_items = copy.deepcopy(data["cartItems"])
            if "total" not in data:
                session.total = round(sum(item["price"] * item["quantity"] for item in session.cart_items), 2)
        if "total" in data:
            session.total = data["total"]
        if "identifiers" in data:
            session.identifiers = list(data["identifiers"])
        if "attributes" in data:
            session.attributes = copy.deepcopy(data["attributes"])  # replaced, unlike a profile's (merged)
        after = session.to_json(self.application_id)
        fields = ("coupon", "referral", "cartItems", "total", "identifiers", "attributes")
        return [key for key in fields if before.get(key) != after.get(key)]

    def _close(self, session: _Session, coupon: _Coupon | None, referral: _Referral | None) -> None:
        if coupon is not None:
            coupon.usage_counter += 1
            session.redeemed_coupon = coupon.value
        if referral is not None:
            referral.usage_counter += 1
            session.redeemed_referral = referral.code
        session.closed_total = session.total
        profile = self._profiles.get(session.profile_id) if session.profile_id else None
        if profile is not None:
            profile.closed_sessions += 1
            profile.total_sales = round(profile.total_sales + session.total, 2)

    def _undo_close(self, session: _Session) -> None:
        """closed → cancelled: the purchase is undone (redemptions and totals rolled back)."""
        if session.redeemed_coupon is not None and session.redeemed_coupon in self._coupons:
            self._coupons[session.redeemed_coupon].usage_counter -= 1
        if session.redeemed_referral is not None and session.redeemed_referral in self._referrals:
            self._referrals[session.redeemed_referral].usage_counter -= 1
        session.redeemed_coupon = session.redeemed_referral = None
        profile = self._profiles.get(session.profile_id) if session.profile_id else None
        if profile is not None:
            profile.closed_sessions = max(profile.closed_sessions - 1, 0)
            profile.total_sales = round(profile.total_sales - session.closed_total, 2)

    def _track_event(self, _param: str, data: dict[str, Any]) -> tuple[int, Any]:
        event_type: str = data["type"]
        if event_type.startswith("talon_"):
            raise _refuse("Invalid event type", f"{event_type!r} is a reserved event type", pointer="/type")
        session_id: str = data["sessionId"]
        profile_id: str = data.get("profileId", "")
        session = self._sessions.get(session_id)
        if session is not None and profile_id and session.profile_id and session.profile_id != profile_id:
            raise _refuse(
                "The session belongs to another profile",
                f"Session {session_id!r} belongs to another profile",
                pointer="/profileId",
            )
        if session is None:
            session = _Session(session_id, self._clock())
            self._sessions[session_id] = session
        if profile_id and not session.profile_id:
            self._attach(session, profile_id)
        elif session.profile_id:
            self._get_or_create_profile(session.profile_id)
        session.updated = self._clock()  # the most recent event on the session
        event = self._record_event(
            session_id, session.profile_id, event_type, data["attributes"], [], {"campaigns": {}, "coupons": {}}
        )
        if "storeIntegrationId" in data:
            event["storeIntegrationId"] = data["storeIntegrationId"]
        return 201, self._state(session.to_json(self.application_id), session.profile_id, event)

    def _create_referral(self, _param: str, data: dict[str, Any]) -> tuple[int, Any]:
        campaign = self._campaigns.get(data["campaignId"])
        if campaign is None:
            raise _refuse(
                "Campaign not found", f"No campaign {data['campaignId']} exists", pointer="/campaignId", status=404
            )
        if campaign.kind != "referral":
            raise _refuse(
                "Not a referral campaign", f"Campaign {campaign.id} is not a referral campaign", pointer="/campaignId"
            )
        advocate: str = data["advocateProfileIntegrationId"]
        friend: str | None = data.get("friendProfileIntegrationId")
        if friend is not None and friend == advocate:
            raise _refuse(
                "Invalid request body", "The friend cannot be the advocate", pointer="/friendProfileIntegrationId"
            )
        start = _parse_date_time(data["startDate"]) if "startDate" in data else None
        expiry = _parse_date_time(data["expiryDate"]) if "expiryDate" in data else None
        referral = _Referral(
            next(self._ids), self._clock(), campaign.id, advocate, friend, start, expiry, self._new_code(),
            usage_limit=data.get("usageLimit", 0), attributes=copy.deepcopy(data.get("attributes", {})),
        )  # fmt: skip
        self._referrals[referral.code] = referral
        return 201, referral.to_json()

    def _new_code(self) -> str:
        while True:
            code = "REF-" + "".join(self._random.choice(_CODE_ALPHABET) for _ in range(6))
            if code not in self._referrals and code not in self._coupons:
                return code

    def _delete_customer_data(self, integration_id: str, _data: dict[str, Any]) -> tuple[int, Any]:
        profile = self._profiles.pop(integration_id, None)
        if profile is None:
            raise _not_found("Profile", "integrationId", integration_id)
        for session in self._sessions.values():
            if session.profile_id == integration_id:
                session.attributes = {}
                session.identifiers = None
                session.profile_id = ""  # history is kept but unlinked
        for event in self._events:
            if event.get("profileId") == integration_id:
                event["attributes"] = {}
                event["profileId"] = ""
        for coupon in self._coupons.values():
            if integration_id in coupon.reserved_by:
                coupon.reserved_by.remove(integration_id)
        return 204, None

    def _reservation_target(self, coupon_value: str, data: dict[str, Any]) -> tuple[_Coupon, list[str]]:
        ids: list[str] = data["integrationIDs"]
        if len(ids) > MAX_INTEGRATION_IDS:
            raise _refuse(
                "Invalid request body", f"At most {MAX_INTEGRATION_IDS} integration IDs", pointer="/integrationIDs"
            )
        coupon = self._coupons.get(coupon_value)
        if coupon is None:
            raise _not_found("Coupon", "couponValue", coupon_value)
        return coupon, ids

    def _create_coupon_reservation(self, coupon_value: str, data: dict[str, Any]) -> tuple[int, Any]:
        coupon, ids = self._reservation_target(coupon_value, data)
        if coupon.recipient is not None:
            raise _refuse(
                "Coupons created for one recipient cannot be reserved",
                f"Coupon {coupon_value!r} has a recipient",
                parameter="couponValue",
            )
        for integration_id in ids:
            self._get_or_create_profile(integration_id)
            if integration_id not in coupon.reserved_by:
                coupon.reserved_by.append(integration_id)
        return 201, coupon.to_json()

    def _delete_coupon_reservation(self, coupon_value: str, data: dict[str, Any]) -> tuple[int, Any]:
        coupon, ids = self._reservation_target(coupon_value, data)
        coupon.reserved_by = [i for i in coupon.reserved_by if i not in set(ids)]
        return 204, None

    def _get_reserved_customers(self, coupon_value: str, _data: dict[str, Any]) -> tuple[int, Any]:
        coupon = self._coupons.get(coupon_value)
        if coupon is None:
            raise _not_found("Coupon", "couponValue", coupon_value)
        data = [self._profiles[i].to_json() for i in coupon.reserved_by if i in self._profiles]
        return 200, {"totalResultSize": len(data), "data": data}

    def _get_reserved_coupons(self, integration_id: str, _data: dict[str, Any]) -> tuple[int, Any]:
        if integration_id not in self._profiles:
            raise _not_found("Profile", "integrationId", integration_id)
        probe = _Session("", self._clock(), profile_id=integration_id)
        data = [
            coupon.to_json()
            for coupon in self._coupons.values()
            if integration_id in coupon.reserved_by and self._coupon_problem(coupon, probe) is None
        ]
        return 200, {"totalResultSize": len(data), "data": data}


def _retry_after(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return str(int(value)) if float(value).is_integer() else str(value)
