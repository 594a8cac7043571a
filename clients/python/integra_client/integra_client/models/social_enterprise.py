from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.partner_organisation import PartnerOrganisation


T = TypeVar("T", bound="SocialEnterprise")


@_attrs_define
class SocialEnterprise:
    """A social enterprise with its partners.

    Example:
        {'active': True, 'country': 'GE', 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50', 'name': 'Bakery of Hope',
            'partners': [{'active': True, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'kind': 'ngo', 'name': 'Caritas
            Georgia'}], 'partners_version': 1}

    Attributes:
        id (UUID):
        name (str):
        country (str):
        active (bool):
        partners (list[PartnerOrganisation]):
        partners_version (int): The version of the partner set (`ETag` of `/social-enterprises/{id}/partners`).
    """

    id: UUID
    name: str
    country: str
    active: bool
    partners: list[PartnerOrganisation]
    partners_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        country = self.country

        active = self.active

        partners = []
        for partners_item_data in self.partners:
            partners_item = partners_item_data.to_dict()
            partners.append(partners_item)

        partners_version = self.partners_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "country": country,
                "active": active,
                "partners": partners,
                "partners_version": partners_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_organisation import PartnerOrganisation  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        country = d.pop("country")

        active = d.pop("active")

        partners = []
        _partners = d.pop("partners")
        for partners_item_data in _partners:
            partners_item = PartnerOrganisation.from_dict(partners_item_data)

            partners.append(partners_item)

        partners_version = d.pop("partners_version")

        social_enterprise = cls(
            id=id,
            name=name,
            country=country,
            active=active,
            partners=partners,
            partners_version=partners_version,
        )

        social_enterprise.additional_properties = d
        return social_enterprise

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
