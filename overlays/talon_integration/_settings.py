"""Settings of a client and of one call, resolved and checked: defaults, credentials, timeouts, headers.

Everything here turns what a caller passed (or the ``TALON_*`` environment) into checked values, or raises
``ConfigurationError`` (constructor) / ``InvalidInputError`` (per call) naming the setting. No I/O.
"""

from __future__ import annotations

import math
import platform
import re
from collections.abc import Mapping
from typing import Any

import httpx

from talon_integration_generated import types as _t
from talon_integration_generated.types import RequestOptions

from ._version import __version__
from .auth import ApiKeyAuth, ContentSignatureAuth
from .errors import ConfigurationError, InvalidInputError

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "OPTIONS",
]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_DEADLINE = 60.0
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
_HEADER_VALUE = re.compile(r"[\x20-\x7e]*")  # printable ASCII: what every HTTP stack sends as is
OPTIONS = frozenset(RequestOptions.__annotations__)


class _NotGiven:
    """Sentinel for "argument not passed" where ``None`` has a meaning of its own."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def user_agent() -> str:
    return f"talon-integration-client/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


# The longest wait a timeout or deadline may ask for: beyond ~9.2e9 s the socket and thread waits raise
# OverflowError; a billion seconds (31 years) is "no limit" in all but name (pass None for that).
_MAX_SECONDS = 1e9
_MAX_RESPONSE_BYTES = 2**62  # zlib and the buffers take sizes that fit a C ssize_t


def _seconds(value: Any) -> bool:
    """True for a number of seconds a socket can wait: 0 < value <= 1e9 (never NaN, infinite or a bool)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return 0 < value <= _MAX_SECONDS  # False for NaN; an int of any size compares without overflow


def resolve_timeout(timeout: Any, error: type[Exception] = ConfigurationError) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            value = getattr(timeout, part)
            if value is not None and not _seconds(value):
                raise error(
                    f"timeout.{part} must be a positive number of seconds up to {_MAX_SECONDS:.0e} or None "
                    f"(no limit), got {value!r}"
                )
        return timeout
    if not _seconds(timeout):
        raise error(
            f"timeout must be a positive number of seconds up to {_MAX_SECONDS:.0e} or an httpx.Timeout, "
            f"got {_short(timeout)}"
        )
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def resolve_deadline(deadline: Any, error: type[Exception] = ConfigurationError) -> float | None:
    if deadline is None:
        return None
    if not _seconds(deadline):
        raise error(
            f"deadline must be a positive number of seconds up to {_MAX_SECONDS:.0e} or None, got {_short(deadline)}"
        )
    return float(deadline)


def _short(value: Any) -> str:
    """A value for an error message: its repr, cut short (an int of 400 digits stays readable)."""
    try:
        text = repr(value)
    except Exception:  # a repr that fails (or an int too long to print): its type says enough
        return f"a {type(value).__name__}"
    return text if len(text) <= 60 else text[:57] + "..."


def resolve_max_retries(max_retries: Any) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {_short(max_retries)}")
    return max_retries


def resolve_max_response_bytes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_RESPONSE_BYTES:
        raise ConfigurationError(f"max_response_bytes must be a positive integer up to 2**62, got {_short(value)}")
    return value


def resolve_strict(value: Any) -> bool:
    if type(value) is not bool:
        raise ConfigurationError(f"strict_response_validation must be True or False, got {type(value).__name__}")
    return value


def resolve_base_url(base_url: str | None, environ: Mapping[str, str]) -> str:
    value = base_url if base_url is not None else environ.get("TALON_BASE_URL")
    if not value:
        raise ConfigurationError("base_url is missing: pass base_url=... or set TALON_BASE_URL")
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError, ValueError):  # ValueError: UnicodeError (a lone surrogate, bad IDNA)
        raise ConfigurationError("base_url (or TALON_BASE_URL) is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            "base_url (or TALON_BASE_URL) must be an http(s) URL such as https://mycompany.talon.one"
        )
    if url.query or url.fragment or url.userinfo:
        raise ConfigurationError("base_url (or TALON_BASE_URL) must not carry credentials, a query or a fragment")
    return str(url.copy_with(query=None)).rstrip("/")


def resolve_auth(
    api_key: str | None, application_id: int | str | None, application_key: str | None, environ: Mapping[str, str]
) -> ApiKeyAuth | ContentSignatureAuth:
    # Arguments win; a missing one comes from its env var, but only for the credential form the
    # arguments chose (an explicit api_key is never combined with an application key from the env).
    if api_key is None:
        if application_id is None and application_key is None:
            api_key = environ.get("TALON_API_KEY") or None
        if application_id is None:
            application_id = environ.get("TALON_APPLICATION_ID") or None
        if application_key is None:
            application_key = environ.get("TALON_APPLICATION_KEY") or None
    if api_key is not None and (application_id is not None or application_key is not None):
        raise ConfigurationError(
            "pass either api_key (TALON_API_KEY) or application_id + application_key "
            "(TALON_APPLICATION_ID, TALON_APPLICATION_KEY), not both"
        )
    if api_key is not None:
        try:
            return ApiKeyAuth(api_key)
        except InvalidInputError as exc:
            raise ConfigurationError(f"api_key (TALON_API_KEY): {exc}") from None
    if application_id is None and application_key is None:
        raise ConfigurationError(
            "credentials are missing: pass api_key=... (or set TALON_API_KEY), or application_id=... and "
            "application_key=... (or set TALON_APPLICATION_ID and TALON_APPLICATION_KEY)"
        )
    if application_id is None or application_key is None:
        missing = (
            "application_id (TALON_APPLICATION_ID)"
            if application_id is None
            else "application_key (TALON_APPLICATION_KEY)"
        )
        raise ConfigurationError(f"{missing} is missing: HMAC signing needs both application_id and application_key")
    if (
        isinstance(application_id, str)
        and application_id.strip().isdecimal()
        and application_id.strip().isascii()
        and len(application_id.strip()) <= 19
    ):
        application_id = int(application_id)
    if isinstance(application_id, bool) or not isinstance(application_id, int) or not 1 <= application_id < 2**63:
        raise ConfigurationError("application_id (TALON_APPLICATION_ID) must be a positive integer")
    try:
        return ContentSignatureAuth(application_id, application_key)
    except InvalidInputError as exc:
        raise ConfigurationError(f"application_key (TALON_APPLICATION_KEY): {exc}") from None


# Headers that frame the message or route it: httpx sets them from the request itself, and one given by hand
# would contradict the bytes sent (a Content-Length of 1 on a longer body) or send them elsewhere.
_FRAMING_HEADERS = frozenset(
    {"content-length", "transfer-encoding", "host", "connection", "keep-alive", "te", "trailer", "upgrade",
     "expect", "proxy-connection"}
)  # fmt: skip
_CREDENTIAL_HEADERS = frozenset({"authorization", "content-signature", "proxy-authorization"})


def check_headers(headers: Any, what: str, error: type[Exception]) -> dict[str, str]:
    """Header names must be tokens and values printable ASCII; credentials and framing never come this way.

    The mapping is read through its keys (``m[k]`` for each ``k in m``), and what is checked is what is copied:
    a mapping whose ``items()`` says something else cannot slip a header past the checks.
    """
    if not isinstance(headers, Mapping):
        raise error(f"{what} must be a mapping of header names to values")
    out: dict[str, str] = {}
    for name in headers:
        value = headers[name]
        if not isinstance(name, str) or not isinstance(value, str):
            raise error(f"{what} names and values must be strings, got {_short(name)}")
        if not _HEADER_NAME.fullmatch(name) or not _HEADER_VALUE.fullmatch(value):
            raise error(f"{what}[{name!r}]: header names must be tokens and values printable ASCII")
        lower = name.lower()
        if lower in _CREDENTIAL_HEADERS:
            raise error(f"{what} must not set {name}: pass credentials to the client instead")
        if lower in _FRAMING_HEADERS:
            raise error(f"{what} must not set {name}: the client frames and addresses each request itself")
        out[name] = value
    return out


def check_extra_body(op: _t.Operation[Any], extra: Any) -> dict[str, Any]:
    """``extra_body``: fields the spec does not have yet, copied through its keys; never a field the spec defines
    (that would replace the checked value), and only for an operation that has a JSON body."""
    if not isinstance(extra, Mapping):
        raise InvalidInputError("extra_body must be a mapping of field names to values", parameter="extra_body")
    if op.body is None:
        raise InvalidInputError(
            f"{op.name}() sends no JSON body: extra_body cannot be sent with it", parameter="extra_body"
        )
    out: dict[str, Any] = {}
    for key in extra:
        if not isinstance(key, str):
            raise InvalidInputError("extra_body must be a mapping of field names to values", parameter="extra_body")
        out[key] = extra[key]
    known = op.body._wire_names.intersection(out)
    if known:
        raise InvalidInputError(
            f"extra_body must not set fields that {op.name}() defines ({', '.join(sorted(known))}): pass them as "
            "arguments, where they are checked; extra_body is for fields the spec does not have yet",
            parameter="extra_body",
        )
    return out


def longest(timeout: httpx.Timeout) -> float:
    """The longest wait a timeout allows (infinite when one of its parts is unbounded)."""
    longest = 0.0
    for part in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        if part is None:
            return math.inf
        longest = max(longest, part)
    return longest
