"""The two Talon.One authentication schemes as ``httpx.Auth`` classes, and the one signing function.

- ``ApiKeyAuth``: ``Authorization: ApiKey-v1 <key>``.
- ``ContentSignatureAuth``: ``Content-Signature: signer=<application id>; signature=<hex HMAC-MD5>``
  over the exact bytes that go on the wire, keyed with the hex-decoded Application key. A request
  without a body signs the empty byte string (see API-FACTS.md).

Secrets are kept out of ``repr`` and never logged.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator

import httpx

from .errors import InvalidInputError

__all__ = ["ApiKeyAuth", "ContentSignatureAuth", "content_signature", "parse_application_key"]


def parse_application_key(application_key: str) -> bytes:
    """Decode a hex Application key (``fefecafedeadbeef``) to its bytes; refuse anything else."""
    if not isinstance(application_key, str) or not application_key:
        raise InvalidInputError("application_key must be a non-empty hex string")
    try:
        key = bytes.fromhex(application_key)
    except ValueError:
        raise InvalidInputError("application_key must be a hex string (e.g. 'fefecafedeadbeef')") from None
    if not key:
        raise InvalidInputError("application_key must be a non-empty hex string")
    return key


def content_signature(key: bytes, body: bytes) -> str:
    """The lowercase hex HMAC-MD5 of ``body`` keyed with ``key`` (the decoded Application key)."""
    return hmac.new(key, body, hashlib.md5).hexdigest()


class ApiKeyAuth(httpx.Auth):
    """Sends ``Authorization: ApiKey-v1 <key>`` on every request."""

    def __init__(self, api_key: str) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise InvalidInputError("api_key must be a non-empty string")
        if not api_key.isascii() or not api_key.isprintable():
            raise InvalidInputError("api_key must be printable ASCII (as Talon.One issues them)")
        self._header = f"ApiKey-v1 {api_key}"

    def fixed_headers(self) -> dict[str, str]:
        """The header every request carries (the clients send it with their defaults: no auth flow per call)."""
        return {"Authorization": self._header}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def secrets(self) -> tuple[str, ...]:
        """What must never be shown: the key (errors redact it from what a server echoes)."""
        return (self._header.removeprefix("ApiKey-v1 "),)

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=<redacted>)"


class ContentSignatureAuth(httpx.Auth):
    """Signs each request body with HMAC-MD5 (the older ``integration_auth`` scheme)."""

    requires_request_body = True

    def __init__(self, application_id: int, application_key: str) -> None:
        if isinstance(application_id, bool) or not isinstance(application_id, int) or application_id < 1:
            raise InvalidInputError("application_id must be a positive integer")
        self._signer = f"signer={application_id}; signature="
        self._key = parse_application_key(application_key)
        self.application_id = application_id

    def fixed_headers(self) -> dict[str, str]:
        """None: the signature depends on each body (``signature_header``)."""
        return {}

    def signature_header(self, body: bytes) -> str:
        """The ``Content-Signature`` value for exactly these bytes (``b""`` for a request without a body)."""
        return self._signer + content_signature(self._key, body)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Content-Signature"] = self.signature_header(request.content)
        yield request

    def secrets(self) -> tuple[str, ...]:
        """What must never be shown: the key, in hex (errors redact it from what a server echoes)."""
        return (self._key.hex(),)

    def __repr__(self) -> str:
        # getattr: a half-built one (a constructor that raised) has a repr too
        return (
            f"ContentSignatureAuth(application_id={getattr(self, 'application_id', None)}, application_key=<redacted>)"
        )
