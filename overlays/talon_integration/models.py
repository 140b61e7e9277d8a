"""The results users touch: plain typed models, ``None`` for absent optional fields, no ``Unset``.

Each model mirrors a schema of ``openapi.yaml`` field for field (a test checks them against the
generated models, so a spec change that removes a field fails ``make test``). Parsing is a direct,
checked walk over the decoded JSON: a missing required field or a value of the wrong type raises
``ResponseShapeError`` naming the field's path. Unknown fields are kept in ``additional_properties``
and written back by ``to_dict()``, so nothing the service sends is lost.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, TypeVar, cast

import attrs

from .effects import Effect, parse_effects

__all__ = [
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
    "ResponseShapeError",
]


class ResponseShapeError(ValueError):
    """A response body does not match its schema (the client turns it into APIResponseValidationError)."""


_M = TypeVar("_M", bound="_Model")
_Parse = Callable[[Any], Any]
_Dump = Callable[[Any], Any]


def _fail(expected: str, value: Any) -> ResponseShapeError:
    return ResponseShapeError(f"expected {expected}, got {type(value).__name__}")


def _str(v: Any) -> str:
    if type(v) is str:
        return v
    raise _fail("a string", v)


def _int(v: Any) -> int:
    if type(v) is int:
        return v
    raise _fail("an integer", v)


def _num(v: Any) -> float:
    if type(v) is float or type(v) is int:
        return v
    raise _fail("a number", v)


def _bool(v: Any) -> bool:
    if type(v) is bool:
        return v
    raise _fail("a boolean", v)


def _datetime(v: Any) -> _dt.datetime:
    if type(v) is not str:
        raise _fail("a date-time string", v)
    try:
        return _dt.datetime.fromisoformat(v)
    except ValueError:
        raise ResponseShapeError(f"expected a date-time string, got {v!r}") from None


def _obj(v: Any) -> dict[str, Any]:
    if type(v) is dict:
        return v
    raise _fail("an object", v)


def _str_list(v: Any) -> list[str]:
    if type(v) is not list:
        raise _fail("an array", v)
    for item in v:
        _str(item)
    return v


def _num_map(v: Any) -> dict[str, float]:
    for item in _obj(v).values():
        _num(item)
    return v  # type: ignore[no-any-return]


def _raw_list(v: Any) -> list[Any]:
    if type(v) is list:
        return v
    raise _fail("an array", v)


def _model_of(cls: type[_Model]) -> _Parse:
    def parse(v: Any) -> Any:
        return cls.from_dict(_obj(v))

    parse.item_class = cls  # type: ignore[attr-defined]  # read by _compile to inline the call
    return parse


def _list_of(cls: type[_Model]) -> _Parse:
    def parse(v: Any) -> list[Any]:
        if type(v) is not list:
            raise _fail("an array", v)
        out = []
        for i, item in enumerate(v):
            try:
                out.append(cls.from_dict(_obj(item)))
            except ResponseShapeError as exc:
                raise ResponseShapeError(f"[{i}]{_join(exc)}") from None
        return out

    parse.list_item_class = cls  # type: ignore[attr-defined]  # read by _compile to inline the loop
    return parse


def _map_of(cls: type[_Model]) -> _Parse:
    def parse(v: Any) -> dict[str, Any]:
        out = {}
        for key, item in _obj(v).items():
            try:
                out[key] = cls.from_dict(_obj(item))
            except ResponseShapeError as exc:
                raise ResponseShapeError(f".{key}{_join(exc)}") from None
        return out

    return parse


def _join(exc: ResponseShapeError) -> str:
    text = str(exc)
    return text if text.startswith((".", "[")) else f": {text}"


def _same(v: Any) -> Any:
    return v


def _dump_datetime(v: _dt.datetime) -> str:
    return v.isoformat()


def _dump_model(v: _Model) -> dict[str, Any]:
    return v.to_dict()


def _dump_list(v: list[_Model]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in v]


def _dump_map(v: dict[str, _Model]) -> dict[str, dict[str, Any]]:
    return {key: item.to_dict() for key, item in v.items()}


def _wire(name: str, parse: _Parse, dump: _Dump = _same) -> dict[str, Any]:
    """Field metadata: the JSON name, how to check/convert the value in, and how to write it out."""
    return {"wire": name, "parse": parse, "dump": dump}


class _Model:
    """Base of the models below; ``from_dict``/``to_dict`` are compiled per class by ``_finish``."""

    # (attribute name, JSON name, parse, dump, required), filled in by _finish() below.
    _fields: ClassVar[tuple[tuple[str, str, _Parse, _Dump, bool], ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset()
    _compiled: ClassVar[bool]
    __slots__ = ()
    _extra: dict[str, Any] | None
    # The parsed JSON object; a (private) constructor argument so that attrs.evolve() keeps it.
    _source: dict[str, Any] | None

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the service sent that this model does not know (yet): kept, and written back by to_dict().

        Worked out on first access from the parsed JSON object: most callers never look, and a
        1000-profile list would otherwise pay for a thousand dictionary scans up front.
        """
        extra = self._extra
        if extra is None:
            # _source stays set: a thread racing this first access then computes the same extras from
            # it, instead of finding it gone and taking "no extras".
            source, names = self._source, self._wire_names
            if source is None or names.issuperset(source):
                extra = {}
            else:
                extra = {key: value for key, value in source.items() if key not in names}
            self._extra = extra  # type: ignore[misc]  # the slots are the subclasses'
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra, self._source = value, None  # type: ignore[misc]  # the slots are the subclasses'

    def __eq__(self, other: object) -> bool:
        """Equal when of the same model with equal fields, unknown fields included."""
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Model)
        return all(getattr(self, f[0]) == getattr(other, f[0]) for f in self._fields) and (
            self.additional_properties == other.additional_properties
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dicts it mirrors

    @classmethod
    def from_dict(cls: type[_M], data: dict[str, Any]) -> _M:
        """Build the model from decoded JSON; raises ResponseShapeError naming the offending field."""
        raise NotImplementedError  # replaced per class by _finish()

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data with the service's field names, unknown fields included."""
        raise NotImplementedError  # replaced per class by _finish()

    def to_generated(self) -> Any:
        """The same data as the generated package's model of this schema (``Unset`` and all).

        For code written against ``talon_integration_generated``; loads that package on first use.
        """
        import talon_integration_generated.models as generated

        return getattr(generated, type(self).__name__).from_dict(self.to_dict())


# Checks of plain JSON values, inlined into the compiled parsers (a function call per field costs more
# than the check itself, and these run for every cart line and every profile of a 1000-profile list).
_INLINE_CHECKS: dict[_Parse, tuple[str, str]] = {
    _str: ("type(v) is str", "a string"),
    _int: ("type(v) is int", "an integer"),
    _num: ("type(v) is float or type(v) is int", "a number"),
    _bool: ("type(v) is bool", "a boolean"),
    _obj: ("type(v) is dict", "an object"),
    _raw_list: ("type(v) is list", "an array"),
}


def _not_an_object(v: Any) -> Any:
    raise _fail("an object", v)


def _compile(cls: type[_Model]) -> None:
    """Write straight-line ``from_dict``/``to_dict`` for one model, as attrs does for ``__init__``.

    The generated code does exactly what a loop over ``cls._fields`` would do: take each field by its
    JSON name, check or convert it, fail with the field's path, keep unknown keys; and the reverse.
    Plain values, date-times, nested models and lists of models are handled inline (a function call per
    field costs more than the check itself, and this runs for every cart line and every profile of a
    1000-profile list); a list that fails is parsed again by its checked parser, which names the index.
    The object is filled slot by slot, skipping the keyword handling of the attrs ``__init__``.
    """
    namespace: dict[str, Any] = {
        "ResponseShapeError": ResponseShapeError,
        "_fail": _fail,
        "_join": _join,
        "_not_an_object": _not_an_object,
        "fromisoformat": _dt.datetime.fromisoformat,
        "names": cls._wire_names,
        "new": object.__new__,
    }
    parse_lines = ["def from_dict(cls, data):", "    w = ''", "    try:"]
    dump_lines = ["def to_dict(self):", "    out = {}"]
    for i, (attr, wire, parse, dump, required) in enumerate(cls._fields):
        parse_lines += [f"        w = {wire!r}", f"        v = data.get({wire!r})"]
        body: list[str] = []
        inline = _INLINE_CHECKS.get(parse)
        item_class = getattr(parse, "item_class", None)
        list_item_class = getattr(parse, "list_item_class", None)
        if inline is not None:
            body.append(f"if not ({inline[0]}): raise _fail({inline[1]!r}, v)")
        elif parse is _datetime:
            body += [
                "if type(v) is not str: raise _fail('a date-time string', v)",
                "try: v = fromisoformat(v)",
                "except ValueError: raise ResponseShapeError(f'expected a date-time string, got {v!r}') from None",
            ]
        elif item_class is not None:
            _ensure_compiled(item_class)  # capture the real parser, not the first-use stub
            namespace[f"item_{i}"] = item_class.from_dict
            body += ["if type(v) is not dict: raise _fail('an object', v)", f"v = item_{i}(v)"]
        elif list_item_class is not None:
            _ensure_compiled(list_item_class)
            namespace[f"item_{i}"] = list_item_class.from_dict
            namespace[f"parse_{i}"] = parse
            body += [
                "if type(v) is not list: raise _fail('an array', v)",
                f"try: v = [item_{i}(x) if type(x) is dict else _not_an_object(x) for x in v]",
                f"except ResponseShapeError: v = parse_{i}(v)  # again, to name the failing index",
            ]
        else:
            namespace[f"parse_{i}"] = parse
            body.append(f"v = parse_{i}(v)")
        if required:
            parse_lines.append("        if v is None: raise ResponseShapeError('required field is missing')")
            parse_lines += [f"        {line}" for line in body]
        else:
            parse_lines.append("        if v is not None:")
            parse_lines += [f"            {line}" for line in body]
        parse_lines.append(f"        a{i} = v")
        dump_lines += [f"    v = self.{attr}", "    if v is not None:"]
        if dump is _same:
            dump_lines.append(f"        out[{wire!r}] = v")
        else:
            namespace[f"dump_{i}"] = dump
            dump_lines.append(f"        out[{wire!r}] = dump_{i}(v)")
    parse_lines += [
        "    except ResponseShapeError as exc:",
        "        raise ResponseShapeError('.' + w + _join(exc)) from None",
        "    obj = new(cls)",
        *[f"    obj.{attr} = a{i}" for i, (attr, *_rest) in enumerate(cls._fields)],
    ]
    # Attributes that are not on the wire (e.g. IntegrationState's effects cache) get their defaults.
    for j, field in enumerate(attrs.fields(cast(Any, cls))):
        if "wire" in field.metadata or field.name in ("_extra", "_source"):
            continue
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            namespace[f"factory_{j}"] = default.factory
            parse_lines.append(f"    obj.{field.name} = factory_{j}()")
        else:
            namespace[f"default_{j}"] = default
            parse_lines.append(f"    obj.{field.name} = default_{j}")
    parse_lines += [
        "    obj._extra = None",
        "    obj._source = data  # unknown fields are picked out of it on first access",
        "    return obj",
    ]
    dump_lines += [
        "    extra = self.additional_properties",
        "    if extra:",
        "        out.update(extra)",
        "    return out",
    ]
    source = "\n".join(parse_lines) + "\n\n" + "\n".join(dump_lines) + "\n"
    exec(compile(source, f"<talon_integration.models.{cls.__name__}>", "exec"), namespace)
    from_dict = namespace["from_dict"]
    from_dict.__doc__ = _Model.from_dict.__doc__
    to_dict = namespace["to_dict"]
    to_dict.__doc__ = _Model.to_dict.__doc__
    cls.from_dict = classmethod(from_dict)  # type: ignore[method-assign,assignment]
    cls.to_dict = to_dict  # type: ignore[method-assign]


def _finish(cls: type[_M]) -> type[_M]:
    """Record the wire metadata of an attrs model class and compile its parser (once, at class creation)."""
    fields = tuple(
        (f.name, f.metadata["wire"], f.metadata["parse"], f.metadata["dump"], f.default is attrs.NOTHING)
        for f in attrs.fields(cast(Any, cls))
        if "wire" in f.metadata
    )
    cls._fields = fields
    cls._wire_names = frozenset(f[1] for f in fields)
    _compile_on_first_use(cls)
    return cls


def _compile_on_first_use(cls: type[_Model]) -> None:
    """Install stubs that compile the real ``from_dict``/``to_dict`` when first called.

    Compiling all models at import would cost every ``import talon_integration`` several
    milliseconds for parsers of operations the program may never call.
    """

    def from_dict(owner: type[_Model], data: dict[str, Any]) -> Any:
        _ensure_compiled(cls)
        return cls.from_dict(data)

    def to_dict(self: _Model) -> dict[str, Any]:
        _ensure_compiled(cls)
        return cls.to_dict(self)

    from_dict.__doc__ = _Model.from_dict.__doc__
    to_dict.__doc__ = _Model.to_dict.__doc__
    cls.from_dict = classmethod(from_dict)  # type: ignore[method-assign,assignment]
    cls.to_dict = to_dict  # type: ignore[method-assign]


def _ensure_compiled(cls: type[_Model]) -> None:
    if "_compiled" not in cls.__dict__:
        _compile(cls)
        cls._compiled = True


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class CartItemAdjustment(_Model):
    """Part of a cart line paid with loyalty points."""

    pay_from_loyalty_program: int = attrs.field(metadata=_wire("payFromLoyaltyProgram", _int))
    point_payment: int = attrs.field(metadata=_wire("pointPayment", _int))
    remaining_price: float | None = attrs.field(default=None, metadata=_wire("remainingPrice", _num))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class CartItem(_Model):
    """One line of a cart; pass these (or plain dicts with the same keys) as ``cart_items``."""

    sku: str = attrs.field(metadata=_wire("sku", _str))
    name: str = attrs.field(metadata=_wire("name", _str))
    quantity: int = attrs.field(metadata=_wire("quantity", _int))
    price: float = attrs.field(metadata=_wire("price", _num))
    category: str | None = attrs.field(default=None, metadata=_wire("category", _str))
    weight: float | None = attrs.field(default=None, metadata=_wire("weight", _num))
    height: float | None = attrs.field(default=None, metadata=_wire("height", _num))
    width: float | None = attrs.field(default=None, metadata=_wire("width", _num))
    length: float | None = attrs.field(default=None, metadata=_wire("length", _num))
    position: float | None = attrs.field(default=None, metadata=_wire("position", _num))
    attributes: dict[str, Any] | None = attrs.field(default=None, metadata=_wire("attributes", _obj))
    adjustment: CartItemAdjustment | None = attrs.field(
        default=None, metadata=_wire("adjustment", _model_of(CartItemAdjustment), _dump_model)
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class CustomerSession(_Model):
    """A customer session as the service stores it. ``state`` is a string: known or newer states."""

    integration_id: str = attrs.field(metadata=_wire("integrationId", _str))
    created: _dt.datetime = attrs.field(metadata=_wire("created", _datetime, _dump_datetime))
    application_id: int = attrs.field(metadata=_wire("applicationId", _int))
    profile_id: str = attrs.field(metadata=_wire("profileId", _str))
    coupon: str = attrs.field(metadata=_wire("coupon", _str))
    referral: str = attrs.field(metadata=_wire("referral", _str))
    state: str = attrs.field(metadata=_wire("state", _str))
    cart_items: list[CartItem] = attrs.field(metadata=_wire("cartItems", _list_of(CartItem), _dump_list))
    total: float = attrs.field(metadata=_wire("total", _num))
    attributes: dict[str, Any] = attrs.field(metadata=_wire("attributes", _obj))
    first_session: bool = attrs.field(metadata=_wire("firstSession", _bool))
    discounts: dict[str, float] = attrs.field(metadata=_wire("discounts", _num_map))
    identifiers: list[str] | None = attrs.field(default=None, metadata=_wire("identifiers", _str_list))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class LoyaltyMembership(_Model):
    """Membership of a profile in a loyalty program."""

    loyalty_program_id: int = attrs.field(metadata=_wire("loyaltyProgramId", _int))
    joined: _dt.datetime | None = attrs.field(default=None, metadata=_wire("joined", _datetime, _dump_datetime))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class CustomerProfile(_Model):
    """A customer profile as the service stores it."""

    integration_id: str = attrs.field(metadata=_wire("integrationId", _str))
    created: _dt.datetime = attrs.field(metadata=_wire("created", _datetime, _dump_datetime))
    attributes: dict[str, Any] = attrs.field(metadata=_wire("attributes", _obj))
    account_id: int = attrs.field(metadata=_wire("accountId", _int))
    closed_sessions: int = attrs.field(metadata=_wire("closedSessions", _int))
    total_sales: float = attrs.field(metadata=_wire("totalSales", _num))
    loyalty_memberships: list[LoyaltyMembership] = attrs.field(
        metadata=_wire("loyaltyMemberships", _list_of(LoyaltyMembership), _dump_list)
    )
    last_activity: _dt.datetime = attrs.field(metadata=_wire("lastActivity", _datetime, _dump_datetime))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class CouponRejectionReason(_Model):
    """Why a coupon was rejected. ``reason`` is a string: a known reason or one the service added later."""

    campaign_id: int = attrs.field(metadata=_wire("campaignId", _int))
    coupon_id: int = attrs.field(metadata=_wire("couponId", _int))
    reason: str = attrs.field(metadata=_wire("reason", _str))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class Meta(_Model):
    """Details of the rule evaluation."""

    campaigns: dict[str, Any] | None = attrs.field(default=None, metadata=_wire("campaigns", _obj))
    coupons: dict[str, Any] | None = attrs.field(default=None, metadata=_wire("coupons", _obj))
    coupon_rejection_reason: CouponRejectionReason | None = attrs.field(
        default=None, metadata=_wire("couponRejectionReason", _model_of(CouponRejectionReason), _dump_model)
    )
    warnings: dict[str, Any] | None = attrs.field(default=None, metadata=_wire("warnings", _obj))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class LedgerEntry(_Model):
    """A change of a profile's loyalty balance."""

    id: int = attrs.field(metadata=_wire("id", _int))
    created: _dt.datetime = attrs.field(metadata=_wire("created", _datetime, _dump_datetime))
    profile_id: str = attrs.field(metadata=_wire("profileId", _str))
    account_id: int = attrs.field(metadata=_wire("accountId", _int))
    loyalty_program_id: int = attrs.field(metadata=_wire("loyaltyProgramId", _int))
    event_id: int = attrs.field(metadata=_wire("eventId", _int))
    amount: int = attrs.field(metadata=_wire("amount", _int))
    reason: str = attrs.field(metadata=_wire("reason", _str))
    expiry_date: _dt.datetime = attrs.field(metadata=_wire("expiryDate", _datetime, _dump_datetime))
    reference_id: int | None = attrs.field(default=None, metadata=_wire("referenceId", _int))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class Event(_Model):
    """The event an update recorded. ``effects`` holds the raw entries; use ``IntegrationState.effects``."""

    id: int = attrs.field(metadata=_wire("id", _int))
    created: _dt.datetime = attrs.field(metadata=_wire("created", _datetime, _dump_datetime))
    application_id: int = attrs.field(metadata=_wire("applicationId", _int))
    session_id: str = attrs.field(metadata=_wire("sessionId", _str))
    type: str = attrs.field(metadata=_wire("type", _str))
    attributes: dict[str, Any] = attrs.field(metadata=_wire("attributes", _obj))
    effects: list[Any] = attrs.field(metadata=_wire("effects", _raw_list))
    ledger_entries: list[LedgerEntry] = attrs.field(metadata=_wire("ledgerEntries", _list_of(LedgerEntry), _dump_list))
    profile_id: str | None = attrs.field(default=None, metadata=_wire("profileId", _str))
    meta: Meta | None = attrs.field(default=None, metadata=_wire("meta", _model_of(Meta), _dump_model))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class LoyaltyProgramBalance(_Model):
    """A loyalty balance."""

    current_balance: float = attrs.field(metadata=_wire("currentBalance", _num))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class LoyaltyProgramLedgers(_Model):
    """A loyalty program's ledgers for one profile."""

    title: str = attrs.field(metadata=_wire("title", _str))
    name: str = attrs.field(metadata=_wire("name", _str))
    ledger: LoyaltyProgramBalance = attrs.field(metadata=_wire("ledger", _model_of(LoyaltyProgramBalance), _dump_model))
    sub_ledgers: dict[str, LoyaltyProgramBalance] | None = attrs.field(
        default=None, metadata=_wire("subLedgers", _map_of(LoyaltyProgramBalance), _dump_map)
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class Loyalty(_Model):
    """The profile's loyalty balances, by program ID."""

    programs: dict[str, LoyaltyProgramLedgers] = attrs.field(
        metadata=_wire("programs", _map_of(LoyaltyProgramLedgers), _dump_map)
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class IntegrationState(_Model):
    """What the service knows after an update, and what its rules decided (``effects``)."""

    session: CustomerSession = attrs.field(metadata=_wire("session", _model_of(CustomerSession), _dump_model))
    profile: CustomerProfile = attrs.field(metadata=_wire("profile", _model_of(CustomerProfile), _dump_model))
    event: Event = attrs.field(metadata=_wire("event", _model_of(Event), _dump_model))
    loyalty: Loyalty | None = attrs.field(default=None, metadata=_wire("loyalty", _model_of(Loyalty), _dump_model))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)
    _effects: tuple[Effect, ...] | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @property
    def effects(self) -> tuple[Effect, ...]:
        """The typed effects of ``event.effects``, in server order, none dropped."""
        if self._effects is None:
            self._effects = parse_effects(self.event.effects)
        return self._effects

    @property
    def coupon_rejection_reason(self) -> CouponRejectionReason | None:
        """``event.meta.couponRejectionReason``: why the coupon was rejected, or None."""
        meta = self.event.meta
        return meta.coupon_rejection_reason if meta is not None else None


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class Referral(_Model):
    """A referral code and its limits."""

    id: int = attrs.field(metadata=_wire("id", _int))
    created: _dt.datetime = attrs.field(metadata=_wire("created", _datetime, _dump_datetime))
    campaign_id: int = attrs.field(metadata=_wire("campaignId", _int))
    advocate_profile_integration_id: str = attrs.field(metadata=_wire("advocateProfileIntegrationId", _str))
    code: str = attrs.field(metadata=_wire("code", _str))
    usage_counter: int = attrs.field(metadata=_wire("usageCounter", _int))
    usage_limit: int = attrs.field(metadata=_wire("usageLimit", _int))
    friend_profile_integration_id: str | None = attrs.field(
        default=None, metadata=_wire("friendProfileIntegrationId", _str)
    )
    start_date: _dt.datetime | None = attrs.field(default=None, metadata=_wire("startDate", _datetime, _dump_datetime))
    expiry_date: _dt.datetime | None = attrs.field(
        default=None, metadata=_wire("expiryDate", _datetime, _dump_datetime)
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class Coupon(_Model):
    """A coupon code and its limits."""

    id: int = attrs.field(metadata=_wire("id", _int))
    created: _dt.datetime = attrs.field(metadata=_wire("created", _datetime, _dump_datetime))
    campaign_id: int = attrs.field(metadata=_wire("campaignId", _int))
    value: str = attrs.field(metadata=_wire("value", _str))
    usage_limit: int = attrs.field(metadata=_wire("usageLimit", _int))
    usage_counter: int = attrs.field(metadata=_wire("usageCounter", _int))
    start_date: _dt.datetime | None = attrs.field(default=None, metadata=_wire("startDate", _datetime, _dump_datetime))
    expiry_date: _dt.datetime | None = attrs.field(
        default=None, metadata=_wire("expiryDate", _datetime, _dump_datetime)
    )
    attributes: dict[str, Any] | None = attrs.field(default=None, metadata=_wire("attributes", _obj))
    referral_id: int | None = attrs.field(default=None, metadata=_wire("referralId", _int))
    recipient_integration_id: str | None = attrs.field(default=None, metadata=_wire("recipientIntegrationId", _str))
    import_id: int | None = attrs.field(default=None, metadata=_wire("importId", _int))
    reservation: bool | None = attrs.field(default=None, metadata=_wire("reservation", _bool))
    batch_id: str | None = attrs.field(default=None, metadata=_wire("batchId", _str))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)


class _ListResult(_Model):
    """Iteration and length over ``data`` for the list results."""

    __slots__ = ()
    data: list[Any]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class ReservedCustomers(_ListResult):
    """The profiles that reserved a coupon: ``data`` and ``total_result_size``."""

    total_result_size: int = attrs.field(metadata=_wire("totalResultSize", _int))
    data: list[CustomerProfile] = attrs.field(metadata=_wire("data", _list_of(CustomerProfile), _dump_list))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)

    def __iter__(self) -> Iterator[CustomerProfile]:
        return iter(self.data)


@_finish
@attrs.define(kw_only=True, slots=True, eq=False)
class ReservedCoupons(_ListResult):
    """A profile's reserved, still usable coupons: ``data`` and ``total_result_size``."""

    total_result_size: int = attrs.field(metadata=_wire("totalResultSize", _int))
    data: list[Coupon] = attrs.field(metadata=_wire("data", _list_of(Coupon), _dump_list))
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False, eq=False)
    _source: dict[str, Any] | None = attrs.field(default=None, alias="_source", repr=False, eq=False)

    def __iter__(self) -> Iterator[Coupon]:
        return iter(self.data)
