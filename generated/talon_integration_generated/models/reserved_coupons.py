from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.coupon import Coupon


T = TypeVar("T", bound="ReservedCoupons")


@_attrs_define
class ReservedCoupons:
    """A profile's reserved coupons that are still usable."""

    total_result_size: int
    """ How many coupons in all. """
    data: list[Coupon]
    """ The coupons. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_result_size = self.total_result_size

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalResultSize": total_result_size,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.coupon import Coupon

        d = dict(src_dict)
        total_result_size = d.pop("totalResultSize")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Coupon.from_dict(data_item_data)

            data.append(data_item)

        reserved_coupons = cls(
            total_result_size=total_result_size,
            data=data,
        )

        reserved_coupons.additional_properties = d
        return reserved_coupons

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
