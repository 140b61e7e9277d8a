"""Checks and conversions of user arguments, before any I/O: the one place input is validated.

Everything the service would refuse (an empty ID, a cart line with quantity 0, an unknown session
state, ...) raises ``InvalidInputError`` naming the argument. Values are turned into the JSON the
service expects; ``None`` always means "not sent".
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, cast
from urllib.parse import quote

import attrs

from .errors import InvalidInputError
from .models import CartItem, CartItemAdjustment

SESSION_STATES = ("open", "closed", "cancelled")
MAX_INTEGRATION_IDS = 1000
_ADJUSTMENT_KEYS = frozenset(a.alias for a in attrs.fields(cast(Any, CartItemAdjustment)) if a.init) - {
    "additional_properties"
}


def path_segment(name: str, value: Any) -> str:
    """A path parameter as one percent-encoded segment (``A/B 10%?#`` stays one segment).

    ``.`` and ``..`` are encoded too: left as they are, URL normalisation would climb the path.
    """
    if not isinstance(value, str) or not value:
        raise InvalidInputError(f"{name} must be a non-empty string, got {value!r}")
    try:
        segment = quote(value, safe="")
    except UnicodeEncodeError:
        raise InvalidInputError(f"{name} is not valid Unicode text (lone surrogate?): {value!r}") from None
    if segment in (".", ".."):
        segment = segment.replace(".", "%2E")
    return segment


def text(name: str, value: Any, *, allow_empty: bool = True) -> str:
    """A string argument."""
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a string, got {type(value).__name__}")
    if not allow_empty and not value:
        raise InvalidInputError(f"{name} must not be empty")
    return value


def integer(name: str, value: Any, *, minimum: int | None = None) -> int:
    """An integer argument (booleans are refused)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{name} must be an integer, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise InvalidInputError(f"{name} must be at least {minimum}, got {value}")
    return value


def number(name: str, value: Any, *, minimum: float | None = None) -> float:
    """A finite number argument: int, float or ``Decimal`` (sent as a JSON number); booleans are refused."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InvalidInputError(f"{name} must be a number, got {type(value).__name__}")
    try:
        finite = math.isfinite(value)  # also refuses Decimal NaN/sNaN/Infinity and ints beyond a float
        if finite and isinstance(value, Decimal):
            value = float(value)  # money is often a Decimal; JSON carries it as a number either way
    except (ValueError, OverflowError):
        finite = False
    if not finite:
        raise InvalidInputError(f"{name} must be a finite number a float can hold, got {value!r}")
    if minimum is not None and value < minimum:
        raise InvalidInputError(f"{name} must be at least {minimum}, got {value}")
    checked: float = value
    return checked


def attributes(name: str, value: Any) -> dict[str, Any]:
    """A free-form attributes object: a mapping with non-empty string keys (sent as it is, not copied)."""
    if _plain_attributes(value):
        return value  # type: ignore[no-any-return]
    if not isinstance(value, Mapping):
        raise InvalidInputError(f"{name} must be a mapping of attribute names to values, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str) or not key:
            raise InvalidInputError(f"{name} keys must be non-empty strings, got {key!r}")
    return dict(value)


def string_list(name: str, value: Any, *, allow_empty_list: bool = True, maximum: int | None = None) -> list[str]:
    """A list of non-empty strings."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidInputError(f"{name} must be a list of strings, got {type(value).__name__}")
    items = list(value)
    if not items and not allow_empty_list:
        raise InvalidInputError(f"{name} must not be empty")
    if maximum is not None and len(items) > maximum:
        raise InvalidInputError(f"{name} takes at most {maximum} entries, got {len(items)}")
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item:
            raise InvalidInputError(f"{name}[{i}] must be a non-empty string, got {item!r}")
    return items


def session_state(value: Any) -> str:
    """One of the session states the service accepts."""
    if value not in SESSION_STATES or not isinstance(value, str):
        raise InvalidInputError(f"state must be one of {', '.join(SESSION_STATES)}; got {value!r}")
    return value


def timestamp(name: str, value: Any) -> str:
    """A date-time as RFC 3339: a timezone-aware ``datetime`` or an ISO 8601 string with an offset."""
    when: _dt.datetime
    if isinstance(value, str):
        try:
            when = _dt.datetime.fromisoformat(value)
        except ValueError:
            raise InvalidInputError(f"{name} must be an ISO 8601 date-time, got {value!r}") from None
    elif isinstance(value, _dt.datetime):
        when = value
    else:
        raise InvalidInputError(f"{name} must be a datetime or an ISO 8601 string, got {type(value).__name__}")
    offset = when.utcoffset()
    if offset is None:
        raise InvalidInputError(f"{name} must carry a timezone (e.g. datetime.now(timezone.utc)), got {value!r}")
    if offset.seconds % 60 or offset.microseconds:  # RFC 3339 offsets have whole minutes: send UTC
        when = when.astimezone(_dt.UTC)
    return when.isoformat()


def _from_mapping(name: str, value: Mapping[str, Any], cls: type[Any], keys: frozenset[str]) -> Any:
    unknown = sorted(str(k) for k in value if k not in keys)
    if unknown:
        raise InvalidInputError(f"{name} has unknown keys {unknown}; use {sorted(keys)}")
    try:
        return cls(**value)
    except TypeError as exc:
        raise InvalidInputError(f"{name} is incomplete: {exc}") from None


def _adjustment(name: str, value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        value = _from_mapping(name, value, CartItemAdjustment, _ADJUSTMENT_KEYS)
    if not isinstance(value, CartItemAdjustment):
        raise InvalidInputError(f"{name} must be a CartItemAdjustment or a mapping, got {type(value).__name__}")
    integer(f"{name}.pay_from_loyalty_program", value.pay_from_loyalty_program)
    integer(f"{name}.point_payment", value.point_payment, minimum=1)
    if value.remaining_price is not None:
        number(f"{name}.remaining_price", value.remaining_price, minimum=0)
    return value.to_dict()


_CART_WIRE = {attr: wire for attr, wire, *_ in CartItem._fields}
_CART_REQUIRED = ("sku", "name", "quantity", "price")
_CART_NUMBERS = ("weight", "height", "width", "length", "position")


def _is_number(v: Any) -> bool:
    return type(v) is int or (type(v) is float and math.isfinite(v))


def _plain_attributes(value: Any) -> bool:
    """True for a dict with non-empty string keys: the attributes everybody passes, sent as they are."""
    if type(value) is not dict:
        return False
    for key in value:  # noqa: SIM110 - a plain loop: all() over a generator costs more, per cart line
        if type(key) is not str or not key:
            return False
    return True


def cart_item(index: int, value: Any) -> dict[str, Any]:
    """Line ``index`` of a cart (``CartItem`` or a mapping of its field names) as the JSON the service takes.

    Runs for every line of every cart, so the common, valid case is checked inline; the detailed
    checks (and the ``cart_items[i]`` names in their messages) only run to explain what is wrong.
    """
    adjustment: Any = None
    payload: dict[str, Any]
    if isinstance(value, CartItem):
        if not isinstance(value.additional_properties, dict):
            raise InvalidInputError(f"{_line(index)}.additional_properties must be a dict")
        adjustment = value.adjustment
        if adjustment is not None:  # checked on its own below, whatever type the caller put there
            value = attrs.evolve(value, adjustment=None, additional_properties=value.additional_properties)
        payload = value.to_dict()
    elif isinstance(value, Mapping):
        payload = {}
        for key, item in value.items():
            wire = _CART_WIRE.get(key)
            if wire is None:
                raise InvalidInputError(f"{_line(index)} has unknown key {key!r}; use {sorted(_CART_WIRE)}")
            if item is not None:
                payload[wire] = item
        adjustment = payload.pop("adjustment", None)
    else:
        raise InvalidInputError(f"{_line(index)} must be a CartItem or a mapping, got {type(value).__name__}")
    sku, label, quantity, price = payload.get("sku"), payload.get("name"), payload.get("quantity"), payload.get("price")
    if not (
        type(sku) is str
        and sku
        and type(label) is str
        and label
        and type(quantity) is int
        and quantity >= 1
        and _is_number(price)
    ):
        name = _line(index)
        missing = [key for key in _CART_REQUIRED if payload.get(key) is None]
        if missing:
            raise InvalidInputError(f"{name} is missing {', '.join(missing)}")
        text(f"{name}.sku", sku, allow_empty=False)
        text(f"{name}.name", label, allow_empty=False)
        integer(f"{name}.quantity", quantity, minimum=1)
        payload["price"] = number(f"{name}.price", price)  # a Decimal becomes a float here
    if len(payload) > 4:  # optional fields present
        for field in _CART_NUMBERS:
            if field in payload and not _is_number(payload[field]):
                payload[field] = number(f"{_line(index)}.{field}", payload[field])
        category = payload.get("category")
        if category is not None and type(category) is not str:
            text(f"{_line(index)}.category", category)
        item_attributes = payload.get("attributes")
        if item_attributes is not None and not _plain_attributes(item_attributes):
            payload["attributes"] = attributes(f"{_line(index)}.attributes", item_attributes)
    if adjustment is not None:
        payload["adjustment"] = _adjustment(f"{_line(index)}.adjustment", adjustment)
    return payload


def _line(index: int) -> str:
    return f"cart_items[{index}]"


def cart_items(value: Any) -> list[dict[str, Any]]:
    """The full cart."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidInputError(f"cart_items must be a list of CartItem or mappings, got {type(value).__name__}")
    return [cart_item(i, item) for i, item in enumerate(value)]


def _json_default(value: Any) -> Any:
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def encode(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes sent: compact UTF-8 JSON; values JSON cannot carry raise InvalidInputError."""
    try:
        text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default)
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidInputError(f"request body cannot be sent as JSON: {exc}") from None
    try:
        return text.encode()
    except UnicodeEncodeError:
        raise InvalidInputError("request body is not valid Unicode text (lone surrogate?)") from None
