from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.loyalty_program_balance import LoyaltyProgramBalance
    from ..models.loyalty_program_ledgers_sub_ledgers import LoyaltyProgramLedgersSubLedgers


T = TypeVar("T", bound="LoyaltyProgramLedgers")


@_attrs_define
class LoyaltyProgramLedgers:
    """A loyalty program's ledgers for one profile."""

    title: str
    """ The program's display title. """
    name: str
    """ The program's name. """
    ledger: LoyaltyProgramBalance
    """ A loyalty balance. """
    sub_ledgers: LoyaltyProgramLedgersSubLedgers | Unset = UNSET
    """ Balances of the program's sub-ledgers, by sub-ledger ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        name = self.name

        ledger = self.ledger.to_dict()

        sub_ledgers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_ledgers, Unset):
            sub_ledgers = self.sub_ledgers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "name": name,
                "ledger": ledger,
            }
        )
        if sub_ledgers is not UNSET:
            field_dict["subLedgers"] = sub_ledgers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.loyalty_program_balance import LoyaltyProgramBalance
        from ..models.loyalty_program_ledgers_sub_ledgers import LoyaltyProgramLedgersSubLedgers

        d = dict(src_dict)
        title = d.pop("title")

        name = d.pop("name")

        ledger = LoyaltyProgramBalance.from_dict(d.pop("ledger"))

        _sub_ledgers = d.pop("subLedgers", UNSET)
        sub_ledgers: LoyaltyProgramLedgersSubLedgers | Unset
        if isinstance(_sub_ledgers, Unset):
            sub_ledgers = UNSET
        else:
            sub_ledgers = LoyaltyProgramLedgersSubLedgers.from_dict(_sub_ledgers)

        loyalty_program_ledgers = cls(
            title=title,
            name=name,
            ledger=ledger,
            sub_ledgers=sub_ledgers,
        )

        loyalty_program_ledgers.additional_properties = d
        return loyalty_program_ledgers

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
