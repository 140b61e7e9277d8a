"""CustomerAchievements: CustomerAchievements (Talon.One Integration API; SDK 9 model InlineResponse2001).

Generated from openapi.yaml by a custom template (``templates/model.py.jinja``); do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any, ClassVar, Self

import attrs

from .. import types as _t

__all__ = ["CustomerAchievements"]

_fromisoformat = datetime.datetime.fromisoformat


@attrs.define(kw_only=True, slots=True, eq=False, repr=False)  # repr: Model's, which a half-built one survives
class CustomerAchievements(_t.Model):
    """CustomerAchievements (Talon.One Integration API; SDK 9 model InlineResponse2001)."""

    total_result_size: int
    data: list[AchievementStatusEntry]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="additional_properties", repr=False)

    _wire_names: ClassVar[frozenset[str]] = frozenset(
        {
            "totalResultSize",
            "data",
        }
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build a CustomerAchievements from decoded JSON (left as it is); raises ``SchemaError`` naming the offending field."""
        return cls._parse(data, False)

    @classmethod
    def _parse(cls, data: dict[str, Any], consume: bool) -> Self:
        """``from_dict``; with ``consume``, ``data``'s lists and maps of objects get their models in place."""
        v: Any
        n = 2  # the keys of data accounted for: the required fields so far
        obj = _new(cls)  # slots filled one by one, without the keyword handling of the attrs __init__
        try:
            v = data["totalResultSize"]
            if type(v) is not int:
                try:
                    v = _t.integral(v)  # 1.0 is 1; anything else raises
                except _t.SchemaError as exc:
                    raise exc.at("totalResultSize") from None
            obj.total_result_size = v
            v = data["data"]
            if type(v) is not list:
                raise _t.expected("an array", v).at("data")
            if consume:
                i = 0
                try:
                    for x in v:
                        v[i] = _parse_AchievementStatusEntry(x, consume) if type(x) is dict else _t.not_an_object(x)
                        i += 1
                except _t.SchemaError as exc:
                    raise exc.at(i).at("data") from None  # the index of the item that failed
            else:
                items = []
                try:
                    for x in v:
                        items.append(
                            _parse_AchievementStatusEntry(x, consume) if type(x) is dict else _t.not_an_object(x)
                        )
                except _t.SchemaError as exc:
                    raise exc.at(len(items)).at("data") from None  # the index of the item that failed
                v = items
            obj.data = v
        except KeyError as exc:  # a required field is missing (only this object's own fields are read by subscript)
            raise _t.SchemaError("required field is missing").at(exc.args[0]) from None
        # Unknown fields, picked out now (the model does not hold on to data): none when every key was a field.
        obj._extra = None if len(data) == n else _t.unknown_fields(data, _WIRE_NAMES)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """This CustomerAchievements as JSON-ready data with the service's field names, unknown fields included."""
        out: dict[str, Any] = {}
        v: Any
        v = self.total_result_size
        if v is not None:
            out["totalResultSize"] = v

        v = self.data
        if v is not None:
            out["data"] = [x.to_dict() for x in v]

        extra = self.additional_properties
        if extra:
            out.update(extra)
        return out

    # A list result ({totalResultSize, data}): iterate over it and take its length like a list of its items.
    def __iter__(self) -> Iterator[AchievementStatusEntry]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


_new = object.__new__
_WIRE_NAMES = CustomerAchievements._wire_names

# Nested models, imported after the class so that models may refer to each other in any order.
from .achievement_status_entry import AchievementStatusEntry

CustomerAchievements.FIELDS = (
    _t.Field("total_result_size", "totalResultSize", "int", True),
    _t.Field("data", "data", "list", True, item_kind="model", model=AchievementStatusEntry),
)
_parse_AchievementStatusEntry = AchievementStatusEntry._parse
