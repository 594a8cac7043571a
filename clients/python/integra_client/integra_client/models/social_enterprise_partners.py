from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.partner_organisation import PartnerOrganisation


T = TypeVar("T", bound="SocialEnterprisePartners")


@_attrs_define
class SocialEnterprisePartners:
    """The implementing partners of a social enterprise.

    Example:
        {'partners': [{'active': True, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'kind': 'ngo', 'name': 'Caritas
            Georgia'}], 'social_enterprise_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50', 'updated_at':
            datetime.datetime(2026, 2, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        social_enterprise_id (UUID):
        partners (list[PartnerOrganisation]): By name.
        version (int): The version of the set (also the `ETag`); 0 before partners were first set.
        updated_at (datetime.datetime | None): When the set was last changed; `null` before partners were first set.
    """

    social_enterprise_id: UUID
    partners: list[PartnerOrganisation]
    version: int
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        social_enterprise_id = str(self.social_enterprise_id)

        partners = []
        for partners_item_data in self.partners:
            partners_item = partners_item_data.to_dict()
            partners.append(partners_item)

        version = self.version

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "social_enterprise_id": social_enterprise_id,
                "partners": partners,
                "version": version,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_organisation import PartnerOrganisation  # noqa: PLC0415

        d = dict(src_dict)
        social_enterprise_id = UUID(d.pop("social_enterprise_id"))

        partners = []
        _partners = d.pop("partners")
        for partners_item_data in _partners:
            partners_item = PartnerOrganisation.from_dict(partners_item_data)

            partners.append(partners_item)

        version = d.pop("version")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        social_enterprise_partners = cls(
            social_enterprise_id=social_enterprise_id,
            partners=partners,
            version=version,
            updated_at=updated_at,
        )

        social_enterprise_partners.additional_properties = d
        return social_enterprise_partners

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
