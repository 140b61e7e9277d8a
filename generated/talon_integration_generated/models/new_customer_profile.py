from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_customer_profile_attributes import NewCustomerProfileAttributes


T = TypeVar("T", bound="NewCustomerProfile")


@_attrs_define
class NewCustomerProfile:
    """The attributes to merge into a customer profile."""

    attributes: NewCustomerProfileAttributes | Unset = UNSET
    """ Profile attributes defined in the Application, by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_customer_profile_attributes import NewCustomerProfileAttributes

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: NewCustomerProfileAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = NewCustomerProfileAttributes.from_dict(_attributes)

        new_customer_profile = cls(
            attributes=attributes,
        )

        new_customer_profile.additional_properties = d
        return new_customer_profile

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
