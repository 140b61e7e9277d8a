"""Run-time support of the generated layer: model base, errors, request checks, operation records.

Written by a custom template (``templates/types.py.jinja``), not by hand. The generated models and operations
import this module; ``talon_integration`` (the overlay) builds on it. Nothing here does I/O.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, Self, TypedDict, TypeVar, runtime_checkable
from urllib.parse import quote

import attrs

if TYPE_CHECKING:
    import httpx

__all__ = [
    "Field",
    "InputError",
    "Model",
    "Operation",
    "Parameter",
    "RawResponse",
    "RequestOptions",
    "SchemaError",
]

T = TypeVar("T")
_M = TypeVar("_M", bound="Model")


# ---- errors ------------------------------------------------------------------------------------------------------


class SchemaError(ValueError):
    """A response body does not match its schema. The message starts with the path of the offending field."""

    def __init__(self, message: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.problem = message
        self.path = path

    def at(self, segment: str | int) -> SchemaError:
        """The same error one level up: ``segment`` is the field name (or list index) it happened in."""
        return SchemaError(self.problem, (segment, *self.path))

    def __str__(self) -> str:
        where = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in self.path)
        return f"{where}: {self.problem}" if where else self.problem


def expected(what: str, value: Any) -> SchemaError:
    """The error for a value of the wrong JSON type (``None``: a required field that is missing)."""
    if value is None:
        return SchemaError("required field is missing")
    return SchemaError(f"expected {what}, got {type(value).__name__}")


class InputError(ValueError):
    """An argument the spec does not allow. ``name`` is the argument's path in Python names
    (``cart_items[0].quantity``), ``pointer`` the same place as a JSON pointer into the body (``/cartItems/0/quantity``)."""

    def __init__(self, problem: str, name: str = "", pointer: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.name = name
        self.pointer = pointer

    def at(self, name: str | int, wire: str | int) -> InputError:
        """The same error one level up, in the field ``name`` (wire name ``wire``) or the list item at that index."""
        inner = self.name if not self.name or self.name.startswith("[") else f".{self.name}"
        if isinstance(name, int):
            joined = f"[{name}]{inner}"
        else:
            joined = f"{name}{inner}"
        return InputError(self.problem, joined, f"/{_escape(str(wire))}{self.pointer}")

    def __str__(self) -> str:
        return f"{self.name} {self.problem}" if self.name else self.problem


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


# ---- models ------------------------------------------------------------------------------------------------------


@attrs.frozen
class Field:
    """One property of a schema: Python name, JSON name, kind (``str``, ``int``, ``float``, ``bool``, ``datetime``,
    ``date``, ``enum``, ``object``, ``model``, ``list``, ``map``, ``any``), whether it is required, the kind of its
    items (lists and maps), the model class (models, lists and maps of models), the enum's values, its description,
    whether ``null`` is a value it may take (parsers read a ``null`` of an optional field as absent) and, for such a
    nullable field, whether the key must be present all the same (``required`` is false for nullable fields)."""

    name: str
    wire: str
    kind: str
    required: bool
    item_kind: str | None = None
    model: type[Model] | None = None
    choices: tuple[str, ...] = ()
    description: str = ""
    nullable: bool = False
    present: bool = False


_NOT_SET = object()


class Model:
    """Base of every generated model: unknown fields kept, equality over all fields, ``None`` for absent ones.

    Subclasses are slotted attrs classes with one private slot, ``_extra`` (constructor argument
    ``additional_properties``): the unknown fields, picked out as the model is parsed (``None``: there were none),
    so a model never holds on to the JSON object it came from. The client parses the JSON it decoded itself
    with ``_parse(data, consume=True)``, which replaces the items of its lists (and maps) of objects by their
    models as it goes and keeps those containers: a 1000-profile answer's JSON objects are freed while their
    models are made, instead of living on beside them, which spares the garbage collector a second tree.
    ``from_dict`` leaves its argument as it is. ``attrs.evolve`` copies the slot. No ``__getattr__``: it would
    slow down every attribute access.

    The ``_problems`` slot is set only on the root of an answer that ``parse_tolerant`` built (see there): what
    did not match the schema, as ``(JSON pointer, message)`` pairs. Unset everywhere else.
    """

    __slots__ = ("_problems",)
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset()
    _extra: dict[str, Any] | None
    _problems: tuple[Any, ...]

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the service sent that this model does not know (yet): kept, and written back by ``to_dict()``."""
        extra = self._extra
        if extra is None:  # none were sent (or given)
            extra = self._extra = {}  # type: ignore[misc]  # the slot is the subclass's
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value  # type: ignore[misc]  # the slot is the subclass's

    def __eq__(self, other: object) -> bool:
        """Equal when of the same class with equal fields, unknown fields included."""
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in self.FIELDS) and (
            self.additional_properties == other.additional_properties
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the JSON objects it mirrors

    def __repr__(self) -> str:
        """``Name(field=value, ...)`` as attrs writes it; a field not set yet (``object.__new__``, a traceback's
        locals while a model is built) shows as ``<not set>`` instead of raising ``AttributeError``."""
        parts = []
        for f in attrs.fields(type(self)):
            if f.repr:
                value = getattr(self, f.name, _NOT_SET)
                parts.append(f"{f.name}={'<not set>' if value is _NOT_SET else repr(value)}")
        return f"{type(self).__qualname__}({', '.join(parts)})"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build the model from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        raise NotImplementedError

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data with the service's field names, unknown fields included."""
        raise NotImplementedError

    @classmethod
    def to_request(cls, value: Any) -> dict[str, Any]:
        """The JSON of a request part of this schema, checked as the spec states (models that requests reach)."""
        raise NotImplementedError(f"{cls.__name__} is not part of any request body")


def unknown_fields(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any] | None:
    """The fields of a JSON object that its schema does not name (None: there are none)."""
    return {k: v for k, v in data.items() if k not in known} or None


def not_an_object(value: Any) -> Any:
    """Raise the error for a list item that should be an object (an expression, for the generated list loops)."""
    raise expected("an object", value)


def parse_model_map(value: Any, parse: Callable[[dict[str, Any], bool], T], consume: bool) -> dict[str, T]:
    """An object whose values are objects of one schema (consuming: their models replace them in ``value``)."""
    if type(value) is not dict:
        raise expected("an object", value)
    out = value if consume else {}
    for key, item in value.items():  # replacing a value while iterating is safe: the keys do not change
        try:
            if type(item) is not dict:
                raise expected("an object", item)
            out[key] = parse(item, consume)
        except SchemaError as exc:
            raise exc.at(key) from None
    return out


_PLAIN_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "str": (lambda v: type(v) is str, "a string"),
    "int": (lambda v: type(v) is int, "an integer"),
    "float": (lambda v: (type(v) is float or type(v) is int) and not v - v, "a finite number"),
    "bool": (lambda v: type(v) is bool, "a boolean"),
    "object": (lambda v: type(v) is dict, "an object"),
    "list": (lambda v: type(v) is list, "an array"),
    "any": (lambda v: True, "anything"),
}


def parse_plain_list(value: Any, kind: str) -> list[Any]:
    """A list of plain JSON values of one kind (``str``, ``int``, ``float``, ``bool``, ``object``, ``list``, ``any``)."""
    if type(value) is not list:
        raise expected("an array", value)
    check, what = _PLAIN_CHECKS[kind]
    for i, item in enumerate(value):
        if not check(item):
            if kind == "int" and type(item) is float and item.is_integer():
                return _integers(value, range(len(value)))
            raise expected(what, item).at(i)
    return value


def parse_plain_map(value: Any, kind: str) -> dict[str, Any]:
    """An object whose values are plain JSON values of one kind."""
    if type(value) is not dict:
        raise expected("an object", value)
    check, what = _PLAIN_CHECKS[kind]
    for key, item in value.items():
        if not check(item):
            if kind == "int" and type(item) is float and item.is_integer():
                return _integers(value, value)
            raise expected(what, item).at(key)
    return value


def _integers(value: Any, keys: Iterable[Any]) -> Any:
    """A copy of a list or map of integers in which integral floats (``1.0``) became ints; else a ``SchemaError``."""
    out = value.copy()
    for key in keys:
        if type(out[key]) is not int:
            try:
                out[key] = integral(out[key])
            except SchemaError as exc:
                raise exc.at(key) from None
    return out


def parse_datetime_list(value: Any) -> list[datetime.datetime]:
    if type(value) is not list:
        raise expected("an array", value)
    out = []
    for i, item in enumerate(value):
        try:
            out.append(parse_datetime(item))
        except SchemaError as exc:
            raise exc.at(i) from None
    return out


# The date-times of answers are RFC 3339 (``2026-01-31T12:00:00Z``, ``...T12:00:00.5+01:00``), and
# ``datetime.fromisoformat`` alone is not enough to read them: it also takes ISO 8601 forms that would be silently
# wrong here (a date alone or no zone: a naive datetime; week dates, the basic format, hours alone, comma fractions,
# offsets without a colon or with seconds). So the models' parsers read a date-time with ``fromisoformat`` only when
# its shape is known, and everything else goes to ``parse_datetime``, which is exact:
# - Inline in each model (a call would cost more than the check): the service's own form, UTC with or without a
#   fraction. The characters at 4, 7, 10, 13, 16 and 19 (``v[4:20:3]``) are ``--T::Z``, or ``--T::.`` with a
#   ``Z`` at the end. That fixes the extended date, the ``T``, hours, minutes and seconds, and a ``Z`` zone; what
#   may sit between (digits only, a fraction of digits only) ``fromisoformat`` checks, refusing anything else.
# - In ``parse_datetime``: the other forms with ``rfc3339``'s shape (an offset ``+HH:MM``), then the full grammar
#   (a lowercase ``t``/``z``, a space for the ``T`` as RFC 3339 allows, a leap second), else a ``SchemaError``.
# tests/test_tolerant_responses.py checks the inline path against ``parse_datetime`` on generated strings.
rfc3339 = re.compile(r"....-..-..T..:..:..(?:\.[0-9]+)?(?:Z|[+-]..:..)\Z", re.DOTALL).match
_RFC3339_ANY = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ]([0-9]{2}:[0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})", re.ASCII
).fullmatch
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII).fullmatch


def parse_datetime(value: Any) -> datetime.datetime:
    """An RFC 3339 date-time, always timezone-aware; raises ``SchemaError`` for any other value.

    A leap second (``23:59:60``), which ``datetime`` cannot hold, is clamped to ``23:59:59.999999``.
    """
    if type(value) is not str:
        raise expected("a date-time string", value)
    if rfc3339(value) is not None:  # the usual shape: fromisoformat reads it exactly
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass  # a leap second, or no such day or time: judged below
    match = _RFC3339_ANY(value)
    if match is None:
        raise SchemaError("expected an RFC 3339 date-time string (such as 2026-01-31T12:00:00Z)")
    day, hour_minute, second, fraction, zone = match.groups()
    leap = second == "60"
    text = f"{day}T{hour_minute}:{'59' if leap else second}{fraction or ''}{'+00:00' if zone in 'Zz' else zone}"
    try:
        when = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise SchemaError("expected an RFC 3339 date-time string, got an impossible date or time") from None
    return when.replace(microsecond=999999) if leap else when


def parse_date(value: Any) -> datetime.date:
    """An RFC 3339 full-date (``2026-01-31``); raises ``SchemaError`` for any other value."""
    if type(value) is not str:
        raise expected("a date string", value)
    if _FULL_DATE(value) is None:
        raise SchemaError("expected an RFC 3339 date string (such as 2026-01-31)")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise SchemaError("expected an RFC 3339 date string, got an impossible date") from None


def integral(value: Any) -> int:
    """An integer field's value that is not an ``int``: a float with an integral value (``1.0``) is that integer
    (JSON does not tell them apart); anything else is a ``SchemaError``."""
    if type(value) is float and value.is_integer():
        return int(value)
    raise expected("an integer", value)


def not_a_finite_number(value: Any) -> SchemaError:
    """The error for a number field holding anything but a finite number (``NaN``, ``Infinity``, ``1e400``)."""
    if type(value) is float:
        return SchemaError(f"expected a finite number, got {value}")
    return expected("a number", value)


# ---- tolerant parsing --------------------------------------------------------------------------------------------
# The generated ``_parse`` methods are the fast path: they check every JSON type and raise at the first mismatch.
# When one raises, the client parses the answer again here, slowly and without raising: an answer is never thrown
# away because one field somewhere does not match the schema. Driven by each model's ``FIELDS`` (generated from the
# spec), so it knows what ``_parse`` knows and judges each value alike (the kinds' checks are the same functions).


def parse_tolerant(cls: type[_M], data: dict[str, Any], problems: list[tuple[str, str]], pointer: str = "") -> _M:
    """``cls`` from a decoded JSON object, whatever the object holds; never raises (``data`` is left as it is).

    A field that is missing though required, or whose value does not match its schema, is ``None``; its wire value
    goes into the model's unknown fields, so that ``to_dict()`` gives back what was sent. A list or map keeps its
    matching items typed and leaves out the others (the wire value is kept the same way). Each mismatch is
    appended to ``problems`` as ``(JSON pointer from the body's root, what was expected)``; messages never hold
    the values themselves.
    """
    variant = getattr(cls, "_variant", None)  # a model whose data selects a subclass (x-talon-effect-props)
    if variant is not None:
        cls = variant(data)
    obj = object.__new__(cls)
    kept: dict[str, Any] = {}
    for field in cls.FIELDS:
        wire = field.wire
        value = data.get(wire)
        typed = None
        if value is None:
            if wire not in data:
                if field.required or field.present:
                    problems.append((f"{pointer}/{_escape(wire)}", "required field is missing"))
            elif field.required:  # (a null of an optional field means absent, as in _parse)
                problems.append((f"{pointer}/{_escape(wire)}", "required field is null"))
                kept[wire] = None  # what was sent: to_dict() writes it back
        else:
            ok, typed = _tolerant(
                field.kind, field.item_kind, field.model, value, problems, f"{pointer}/{_escape(wire)}"
            )
            if not ok:
                kept[wire] = value
        object.__setattr__(obj, field.name, typed)
    unknown = unknown_fields(data, cls._wire_names)
    if unknown:
        kept = {**unknown, **kept}
    object.__setattr__(obj, "_extra", kept or None)
    return obj


def _tolerant(
    kind: str, item_kind: str | None, model: type[Model] | None, value: Any, problems: list[tuple[str, str]], here: str
) -> tuple[bool, Any]:
    """One value (not ``None``) of a field or item: ``(True, typed)``, or ``(False, what to keep typed)`` after
    recording the problems: ``None`` for a value of the wrong kind, the matching items for a list or map."""
    try:
        if kind == "model" and model is not None:
            if type(value) is not dict:
                raise expected("an object", value)
            return True, parse_tolerant(model, value, problems, here)
        if kind == "list" or kind == "map":
            if kind == "list" and type(value) is not list:
                raise expected("an array", value)
            if kind == "map" and type(value) is not dict:
                raise expected("an object", value)
            return _tolerant_items(kind, item_kind or "any", model, value, problems, here)
        return True, _PLAIN_PARSERS.get(kind, _any)(value)
    except SchemaError as exc:
        problems.append((here, exc.problem))
        return False, None


def _tolerant_items(
    kind: str, item_kind: str, model: type[Model] | None, value: Any, problems: list[tuple[str, str]], here: str
) -> tuple[bool, Any]:
    pairs = enumerate(value) if kind == "list" else value.items()
    if kind == "list" and item_kind in ("list", "map"):
        item_kind = "any"  # as in _parse: the items of a list of lists (the effects' 4-tuples) are not checked
    good: list[tuple[Any, Any]] = []
    for key, item in pairs:
        where = f"{here}/{_escape(str(key))}"
        if item is None and item_kind != "any":
            problems.append((where, "expected a value, got null"))
            continue
        ok, typed = _tolerant(item_kind, None, model, item, problems, where)
        if ok:
            good.append((key, typed))
    complete = len(good) == len(value)
    return complete, [x for _, x in good] if kind == "list" else dict(good)


def _any(value: Any) -> Any:
    return value


def _checked(kind: str) -> Callable[[Any], Any]:
    check, what = _PLAIN_CHECKS[kind]

    def parse(value: Any) -> Any:
        if check(value):
            return value
        if kind == "int":
            return integral(value)
        if kind == "float" and type(value) is float:
            raise not_a_finite_number(value)
        raise expected(what, value)

    return parse


_PLAIN_PARSERS: dict[str, Callable[[Any], Any]] = {
    **{kind: _checked(kind) for kind in ("str", "int", "float", "bool", "object", "list")},
    "enum": _checked("str"),
    "datetime": parse_datetime,
    "date": parse_date,
}


# ---- request values ----------------------------------------------------------------------------------------------
# The slow paths of the generated request checks: called only when the inline check of a value failed, to
# convert what may be converted (a Decimal amount, a datetime, a tuple) or to say what is wrong.


def _missing(value: Any, required: bool) -> None:
    if value is None and required:
        raise InputError("is required")


def input_text(value: Any, required: bool, min_length: int = 0, max_length: int | None = None) -> str:
    _missing(value, required)
    if not isinstance(value, str):
        raise InputError(f"must be a string, got {type(value).__name__}")
    if len(value) < min_length:
        raise InputError("must not be empty" if min_length == 1 else f"must be at least {min_length} characters long")
    if max_length is not None and len(value) > max_length:
        raise InputError(f"must be at most {max_length} characters long")
    return value


def input_integer(value: Any, required: bool, minimum: float | None = None, maximum: float | None = None) -> int:
    _missing(value, required)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"must be an integer, got {type(value).__name__}")
    _bounds(value, minimum, maximum)
    return int(value)


def input_number(value: Any, required: bool, minimum: float | None = None, maximum: float | None = None) -> float:
    """A finite number: int, float or ``Decimal`` (sent as a JSON number); booleans are refused."""
    _missing(value, required)
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InputError(f"must be a number, got {type(value).__name__}")
    try:
        finite = math.isfinite(value)  # also refuses Decimal NaN/sNaN/Infinity and ints beyond a float
        if finite and isinstance(value, Decimal):
            value = float(value)  # money is often a Decimal; JSON carries it as a number either way
    except (ValueError, OverflowError):
        finite = False
    if not finite:
        raise InputError(f"must be a finite number a float can hold, got {value!r}")
    _bounds(value, minimum, maximum)
    number: float = value
    return number


def _bounds(value: float, minimum: float | None, maximum: float | None) -> None:
    if minimum is not None and value < minimum:
        raise InputError(f"must be at least {minimum:g}, got {value}")
    if maximum is not None and value > maximum:
        raise InputError(f"must be at most {maximum:g}, got {value}")


def input_boolean(value: Any, required: bool) -> bool:
    _missing(value, required)
    if not isinstance(value, bool):
        raise InputError(f"must be a boolean, got {type(value).__name__}")
    return value


def input_enum(value: Any, required: bool, choices: Iterable[str]) -> str:
    _missing(value, required)
    allowed = sorted(choices)
    if not isinstance(value, str) or value not in allowed:
        raise InputError(f"must be one of {', '.join(allowed)}; got {value!r}")
    return value


def input_datetime(value: Any, required: bool) -> str:
    """A date-time as RFC 3339: a timezone-aware ``datetime`` or an ISO 8601 string with an offset."""
    _missing(value, required)
    when: datetime.datetime
    if isinstance(value, str):
        try:
            when = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise InputError(f"must be an ISO 8601 date-time, got {value!r}") from None
    elif isinstance(value, datetime.datetime):
        when = value
    else:
        raise InputError(f"must be a datetime or an ISO 8601 string, got {type(value).__name__}")
    offset = when.utcoffset()
    if offset is None:  # outside the try: InputError is a ValueError, and this message is the one that helps
        raise InputError(f"must carry a timezone (e.g. datetime.now(timezone.utc)), got {value!r}")
    try:
        utc = when.astimezone(datetime.UTC)  # the instant must exist in UTC too: the service compares instants
        if offset.seconds % 60 or offset.microseconds:  # RFC 3339 offsets have whole minutes: send UTC
            when = utc
        return when.isoformat()
    except (OverflowError, ValueError):  # near the calendar's ends, the instant in UTC falls outside years 1-9999
        raise InputError(f"is outside the range of dates that can be sent, got {value!r}") from None


def input_date(value: Any, required: bool) -> str:
    """A calendar date: a ``date`` or an ISO 8601 date string."""
    _missing(value, required)
    if isinstance(value, datetime.datetime):
        raise InputError(f"must be a date, not a datetime, got {value!r}")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            raise InputError(f"must be an ISO 8601 date, got {value!r}") from None
    raise InputError(f"must be a date or an ISO 8601 string, got {type(value).__name__}")


def plain_object(value: Any) -> bool:
    """True for a dict with non-empty string keys: the free-form objects everybody passes, sent as they are."""
    if type(value) is not dict:
        return False
    for key in value:
        if type(key) is not str or not key:
            return False
    return True


def input_object(value: Any, required: bool) -> dict[str, Any]:
    """A free-form object: a mapping with non-empty string keys (sent as it is, not copied)."""
    _missing(value, required)
    if plain_object(value):
        result: dict[str, Any] = value
        return result
    if not isinstance(value, Mapping):
        raise InputError(f"must be a mapping of names to values, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str) or not key:
            raise InputError(f"keys must be non-empty strings, got {key!r}")
    return dict(value)


def input_list(value: Any, required: bool, min_items: int = 0, max_items: int | None = None) -> list[Any]:
    """A list (any iterable but a string, bytes or a mapping) with the spec's item counts."""
    _missing(value, required)
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InputError(f"must be a list, got {type(value).__name__}")
    items = value if type(value) is list else list(value)
    if len(items) < min_items:
        raise InputError("must not be empty" if min_items == 1 else f"must have at least {min_items} entries")
    if max_items is not None and len(items) > max_items:
        raise InputError(f"takes at most {max_items} entries, got {len(items)}")
    return items


def input_items(items: list[Any], check: Callable[[Any], T]) -> list[T]:
    """Each item of a list through ``check``; a failure names its index."""
    out = []
    for i, item in enumerate(items):
        try:
            out.append(check(item))
        except InputError as exc:
            raise exc.at(i, i) from None
    return out


def input_map(value: Any, required: bool, check: Callable[[Any], T]) -> dict[str, T]:
    """An object whose values all go through ``check``."""
    _missing(value, required)
    if not isinstance(value, Mapping):
        raise InputError(f"must be a mapping, got {type(value).__name__}")
    out = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise InputError(f"keys must be non-empty strings, got {key!r}")
        try:
            out[key] = check(item)
        except InputError as exc:
            raise exc.at(key, key) from None
    return out


def item_check(kind: str, **limits: Any) -> Callable[[Any], Any]:
    """The check of one list item of a plain kind, as a function (the slow path, and maps)."""
    checks: dict[str, Callable[..., Any]] = {
        "str": input_text,
        "int": input_integer,
        "float": input_number,
        "bool": input_boolean,
        "datetime": input_datetime,
        "date": input_date,
        "object": input_object,
        "enum": input_enum,
        "any": lambda v, required: v,
    }
    check = checks[kind]
    return lambda value: check(value, True, **limits)


def unknown_keys(value: Mapping[Any, Any], names: frozenset[str], what: str) -> InputError:
    """The error for a mapping with keys that are not the attribute names of ``what``."""
    unknown = sorted(str(k) for k in value if k not in names)
    return InputError(f"has unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                      f"{what} takes {', '.join(sorted(names))}")  # fmt: skip


def not_a_model(value: Any, what: str) -> InputError:
    return InputError(f"must be a {what} or a mapping of its attribute names, got {type(value).__name__}")


def path_segment(name: str, value: Any) -> str:
    """A path parameter as one percent-encoded segment (``A/B 10%?#`` stays one segment).

    ``.`` and ``..`` are encoded too: left as they are, URL normalisation would climb the path.
    """
    if not isinstance(value, str) or not value:
        raise InputError(f"must be a non-empty string, got {value!r}", name)
    try:
        segment = quote(value, safe="")
    except UnicodeEncodeError:
        raise InputError(f"is not valid Unicode text (lone surrogate?): {value!r}", name) from None
    if segment in (".", ".."):
        segment = segment.replace(".", "%2E")
    return segment


_PARAMETER_CHECKS: dict[str, Callable[..., Any]] = {
    "str": input_text,
    "int": input_integer,
    "float": input_number,
    "bool": input_boolean,
    "datetime": input_datetime,
    "date": input_date,
}


def input_parameter(name: str, value: Any, kind: str, limits: Mapping[str, Any], choices: tuple[str, ...] = ()) -> Any:
    """A path or query parameter checked as the spec states (kind, ``minLength``/``maxLength``,
    ``minimum``/``maximum``, enum ``choices``), before any I/O; an error names the parameter.

    ``limits`` is the parameter's entry in ``parameter_limits.LIMITS`` (written from openapi.yaml).
    """
    if type(value) is str and kind == "str" and not limits:
        return value  # the common case (free-text IDs, no constraints) at no cost; path_segment refuses ""
    try:
        if kind == "enum":
            return input_enum(value, True, choices)
        return _PARAMETER_CHECKS.get(kind, input_text)(value, True, **limits)
    except InputError as exc:
        raise InputError(exc.problem, name) from None


def input_parameter_list(name: str, value: Any, limits: Mapping[str, Any]) -> list[Any]:
    """A list-valued query parameter with the spec's ``minItems``/``maxItems``; an error names the parameter."""
    try:
        return input_list(value, True, limits.get("min_items", 0), limits.get("max_items"))
    except InputError as exc:
        raise InputError(exc.problem, name) from None


def query_value(name: str, value: Any, kind: str, limits: Mapping[str, Any], choices: tuple[str, ...] = ()) -> str:
    """A query parameter's text, checked as the spec states (``input_parameter``)."""
    checked = input_parameter(name, value, kind, limits, choices)
    if kind == "bool":
        return "true" if checked else "false"
    return str(checked)


# ---- operations --------------------------------------------------------------------------------------------------


@attrs.frozen
class Parameter:
    """One argument of an operation: where it goes (``path``, ``query`` or ``body``), its names and its kind."""

    name: str
    wire: str
    location: Literal["path", "query", "body"]
    kind: str
    required: bool
    item_kind: str | None = None
    model: type[Model] | None = None
    choices: tuple[str, ...] = ()
    description: str = ""


@attrs.frozen
class Operation(Generic[T]):
    """One operation of openapi.yaml, as the clients, the sandbox and the command line need it.

    ``path`` is the spec's path template (``/v1/customer_sessions/{customerSessionId}``); ``parse`` turns the
    decoded success body into ``result`` (``None`` for an operation that answers without a body).
    ``idempotent`` is the HTTP method's meaning unless the success response says otherwise
    (``x-talon-idempotent``); ``signed_empty_body``: the body is optional and has no fields, so ``{}`` is sent
    only where the request is signed.
    """

    operation_id: str
    name: str
    method: str
    path: str
    path_parameter: str | None
    result: type[Any] | None
    parse: Callable[[dict[str, Any]], T] | None
    success_status: int
    idempotent: bool
    body: type[Model] | None
    signed_empty_body: bool
    parameters: tuple[Parameter, ...]
    summary: str = ""
    description: str = ""
    # Every path parameter's wire name, in path order (``path_parameter`` is the first, or ``None``).
    path_parameters: tuple[str, ...] = ()
    # The spec also declares a 204 without a body (``silent=yes``): that answer's result is ``None``.
    empty_success: bool = False
    # A paged operation (``pageSize`` and ``skip``, a ``data`` list in the result): the clients' method that walks
    # every page (``iter_...``); "" for the others.
    iterator: str = ""
    # ``deprecated: true`` in the spec: the warning the clients give when it is called (it names the successor the
    # description names; tools/deprecations.py writes it), else ``None``.
    deprecated: str | None = None


# ---- what the generated method signatures name, and the overlay implements ---------------------------------------
# The per-call options and the raw answer are the overlay's ideas (it reads the options, sends, and builds the raw
# answers); the generated methods only have to name their types, so these are declarations without behaviour.


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation method takes, as keywords (``talon_integration`` gives them meaning).

    ``timeout``: seconds or an ``httpx.Timeout`` for each attempt; ``deadline``: seconds for the whole call, all
    attempts and waits included (``None``: no deadline); ``extra_headers``: headers added to this request (never
    credentials); ``extra_body``: fields the spec does not have yet, merged into the JSON body before it is signed.
    """

    timeout: float | httpx.Timeout
    deadline: float | None
    extra_headers: Mapping[str, str]
    extra_body: Mapping[str, Any]


T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class RawResponse(Protocol[T_co]):
    """What ``client.with_raw_response.<operation>(...)`` returns: the HTTP answer, parsed only on ``parse()``.

    ``http_response`` is the ``httpx.Response`` (body read); ``status_code``, ``headers``, ``request_id`` (from
    ``x-request-id``) and ``elapsed`` (seconds for the whole call, retries included) come from it. The call
    raises as the plain method does (error statuses, connection errors); only parsing waits for ``parse()``.
    The clients build these (``talon_integration``'s implementation); annotate with ``RawResponse[T]``.

    Example:
        ```python
        raw = client.with_raw_response.get_reserved_coupons("user-42")
        print(raw.status_code, raw.request_id, raw.headers.get("x-ratelimit-remaining"))
        coupons = raw.parse()  # the ReservedCoupons the plain method returns
        ```
    """

    @property
    def http_response(self) -> httpx.Response:
        """The ``httpx.Response`` of the final attempt, its body read."""
        ...

    @property
    def elapsed(self) -> float:
        """Seconds for the whole call, retries and waits included."""
        ...

    @property
    def status_code(self) -> int:
        """The HTTP status of the final attempt (a success: an error status raises instead)."""
        ...

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive), e.g. ``x-ratelimit-remaining``."""
        ...

    @property
    def request_id(self) -> str | None:
        """The service's ``x-request-id`` header (quote it to Talon.One support), or ``None``."""
        ...

    def parse(self) -> T_co:
        """The typed result, as the plain method returns it (parsed anew on every call).

        Raises:
            APIResponseValidationError: The body is not JSON or does not match the schema.
        """
        ...
