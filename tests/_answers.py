"""Answers built from the generated models' field tables, their mutations, and a walk that checks what came back.

Not a test module: ``test_tolerant_responses.py`` uses it. Everything here is derived from the ``FIELDS`` the
generator writes from openapi.yaml, so a field or schema added to the spec is covered with no edit here.

- ``full_body(cls)``: a valid JSON body for a model, every field present; ``required_only`` keeps only what a
  predicate calls required (the 2019 floor passes the facts' required flags).
- ``places(cls, body)``: every place in a body, with what the schema says may stand there.
- ``mutations(cls, body)``: each single change of one place (drop it, null it, give it another JSON type, add a
  junk item to a list or map), with the pointers a tolerant parse must report for it.
- ``check_typed(result, body, problems)``: every place of ``body`` not reported is typed on ``result`` and equal
  to what was sent; every reported one is ``None`` (or, for a list or map, holds only the matching items).
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from talon_integration_generated.types import Field, Model

DATETIME = "2026-01-31T12:30:00.250000+00:00"  # written back by to_dict() exactly so
DATE = "2026-01-31"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def sample(kind: str, field: Field | None, item: bool = False, depth: int = 0, **kw: Any) -> Any:
    """A valid JSON value of a kind (``item``: the kind of a list's or map's items)."""
    if kind == "str":
        return "text"
    if kind == "enum":
        return field.choices[0] if field is not None and field.choices else "text"
    if kind == "int":
        return 7
    if kind == "float":
        return 2.5
    if kind == "bool":
        return True
    if kind == "datetime":
        return DATETIME
    if kind == "date":
        return DATE
    if kind == "object":
        return {"free": "form"}
    if kind == "model":
        assert field is not None and field.model is not None
        return full_body(field.model, depth + 1, **kw)
    if kind in ("list", "map") and not item:
        assert field is not None
        value = sample(field.item_kind or "any", field, True, depth, **kw)
        return [value] if kind == "list" else {"key-1": value}
    if kind == "list":  # a list of lists (the effects' 4-tuples): the inner items are untyped
        return [1, 2, 0, ["acceptCoupon", "XMAS-2026"]]
    return "anything"


def full_body(
    cls: type[Model], depth: int = 0, required_only: Callable[[type[Model], Field], bool] | None = None
) -> Any:
    """A valid body for ``cls``: every field (or, with ``required_only``, the fields it calls required)."""
    body: dict[str, Any] = {}
    for field in cls.FIELDS:
        if required_only is not None and not required_only(cls, field):
            continue
        if depth > 6 and not field.required:
            continue  # recursive schemas end here
        body[field.wire] = sample(field.kind, field, False, depth, required_only=required_only)
    return body


@dataclass(frozen=True)
class Place:
    """One place in a body: its pointer and path, the field it is (or whose item it is) and that value's kind."""

    pointer: str
    path: tuple[str | int, ...]
    field: Field | None  # None for the body's root
    kind: str
    item: bool  # an item of a list or map (its field is the list's or map's)


def places(cls: type[Model], body: Any, pointer: str = "", path: tuple[str | int, ...] = ()) -> Iterator[Place]:
    """Every place below a model's JSON object (not inside free-form objects: the schema says nothing there)."""
    for field in cls.FIELDS:
        if field.wire not in body:
            continue
        here, at = f"{pointer}/{_escape(field.wire)}", (*path, field.wire)
        yield Place(here, at, field, field.kind, False)
        yield from _below(field, field.kind, body[field.wire], here, at)


def _below(
    field: Field, kind: str, value: Any, pointer: str, path: tuple[str | int, ...], item: bool = False
) -> Iterator[Place]:
    if kind == "model" and field.model is not None and type(value) is dict:
        yield from places(field.model, value, pointer, path)
    elif kind in ("list", "map") and not item:  # the items of a list of lists are untyped
        pairs = enumerate(value) if type(value) is list else value.items() if type(value) is dict else ()
        item_kind = _item_kind(field, kind)
        for key, item in pairs:
            here, at = f"{pointer}/{_escape(str(key))}", (*path, key)
            yield Place(here, at, field, item_kind, True)
            yield from _below(field, item_kind, item, here, at, True)


def _item_kind(field: Field, kind: str) -> str:
    """The kind of a list's or map's items as the parsers check them: a list of lists leaves its items unchecked."""
    item_kind = field.item_kind or "any"
    return "any" if kind == "list" and item_kind in ("list", "map") else item_kind


# A value of another JSON type for each kind (one no check of that kind accepts); "any" takes everything.
_WRONG = {
    "str": 12345, "enum": 12345, "int": "seven", "float": "2.5", "bool": "yes", "datetime": 20260131,
    "date": 20260131, "object": [1, 2], "model": "not an object", "list": {"not": "a list"}, "map": [1, 2],
}  # fmt: skip


@dataclass(frozen=True)
class Mutation:
    """One change to a valid body and the problems (pointers) a tolerant parse must report for it."""

    name: str
    place: Place
    body: Any
    expected: frozenset[str]
    # The body a tolerant result's to_dict() gives back: the mutated one, but a null of an optional field is
    # read as absent (documented: null means absent), so it is not written back.
    round_trip: Any


def _parent(body: Any, path: tuple[str | int, ...]) -> Any:
    node = body
    for key in path[:-1]:
        node = node[key]
    return node


def mutations(body: Any, all_places: list[Place]) -> Iterator[Mutation]:
    """Every single mutation of every place: drop, null, another JSON type, a junk item in a list or map."""
    for place in all_places:
        field = place.field
        assert field is not None
        typed = place.kind != "any"
        if not place.item:
            required = field.required or field.present
            changed = copy.deepcopy(body)
            del _parent(changed, place.path)[place.path[-1]]
            yield Mutation("drop", place, changed, frozenset({place.pointer} if required else ()), changed)
            changed = copy.deepcopy(body)
            _parent(changed, place.path)[place.path[-1]] = None
            back = changed
            if not field.required:
                back = copy.deepcopy(changed)
                del _parent(back, place.path)[place.path[-1]]
            yield Mutation("null", place, changed, frozenset({place.pointer} if field.required else ()), back)
        else:
            changed = copy.deepcopy(body)
            _parent(changed, place.path)[place.path[-1]] = None
            yield Mutation("null item", place, changed, frozenset({place.pointer} if typed else ()), changed)
        if typed:
            changed = copy.deepcopy(body)
            _parent(changed, place.path)[place.path[-1]] = _WRONG[place.kind]
            yield Mutation("retype", place, changed, frozenset({place.pointer}), changed)
        if place.kind in ("list", "map") and not place.item:
            item_kind = _item_kind(field, place.kind)
            junk = _WRONG.get(item_kind, "junk")
            changed = copy.deepcopy(body)
            container = _parent(changed, place.path)[place.path[-1]]
            if place.kind == "list":
                container.append(junk)
                where = f"{place.pointer}/{len(container) - 1}"
            else:
                container["junk~/key"] = junk
                where = f"{place.pointer}/junk~0~1key"
            expected = frozenset({where} if item_kind != "any" else ())
            yield Mutation("junk item", place, changed, expected, changed)


def check_typed(cls: type[Model], result: Any, body: Any, problems: frozenset[str], pointer: str = "") -> None:
    """``result`` (a model built from ``body``) holds every field of ``body`` typed and equal to what was sent,
    except where ``problems`` point: there the attribute is ``None`` (lists and maps: only the matching items)."""
    assert isinstance(result, cls), (pointer, type(result))
    for field in cls.FIELDS:
        here = f"{pointer}/{_escape(field.wire)}"
        value = getattr(result, field.name)
        if field.wire not in body or body[field.wire] is None:
            assert value is None, here
            continue
        if here in problems and (field.kind not in ("list", "map") or not isinstance(value, list | dict)):
            assert value is None, here
            continue
        _check_value(field, field.kind, value, body[field.wire], problems, here)


def _check_value(
    field: Field, kind: str, value: Any, sent: Any, problems: frozenset[str], here: str, item: bool = False
) -> None:
    if kind == "model":
        assert field.model is not None
        check_typed(field.model, value, sent, problems, here)
    elif kind in ("list", "map") and item:  # a list of lists: the inner items are untyped
        assert type(value) is type(sent) and value == sent, here
    elif kind in ("list", "map"):
        item_kind = _item_kind(field, kind)
        pairs = list(enumerate(sent)) if kind == "list" else list(sent.items())
        kept = [(key, item) for key, item in pairs if f"{here}/{_escape(str(key))}" not in problems]
        if kind == "list":
            assert isinstance(value, list) and len(value) == len(kept), here
            typed_items = list(zip(kept, value, strict=True))
        else:
            assert isinstance(value, dict) and list(value) == [key for key, _ in kept], here
            typed_items = [((key, item), value[key]) for key, item in kept]
        for (key, item), typed_item in typed_items:
            _check_value(field, item_kind, typed_item, item, problems, f"{here}/{_escape(str(key))}", True)
    elif kind == "datetime":
        assert isinstance(value, datetime.datetime) and value.tzinfo is not None, here
        assert value == datetime.datetime.fromisoformat(sent), here
    elif kind == "date":
        assert isinstance(value, datetime.date) and value.isoformat() == sent, here
    elif kind == "float":
        assert type(value) in (int, float) and value == sent, here
    else:
        expected_type = {"str": str, "enum": str, "int": int, "bool": bool, "object": dict}.get(kind)
        if expected_type is not None:
            assert type(value) is expected_type, (here, value)
        assert value == sent, here
