from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.loyalty_programs import LoyaltyPrograms


T = TypeVar("T", bound="Loyalty")


@_attrs_define
class Loyalty:
    """The profile's loyalty balances."""

    programs: LoyaltyPrograms
    """ Each loyalty program's ledgers, by program ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        programs = self.programs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programs": programs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_programs import LoyaltyPrograms

        d = dict(src_dict)
        programs = LoyaltyPrograms.from_dict(d.pop("programs"))

        loyalty = cls(
            programs=programs,
        )

        loyalty.additional_properties = d
        return loyalty

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
