from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organisation_kind import OrganisationKind

T = TypeVar("T", bound="PartnerOrganisation")


@_attrs_define
class PartnerOrganisation:
    """A partner organisation, in brief.

    Example:
        {'active': True, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'kind': 'ngo', 'name': 'Caritas Georgia'}

    Attributes:
        id (UUID):
        name (str):
        kind (OrganisationKind): What kind of body an organisation is.
        active (bool):
    """

    id: UUID
    name: str
    kind: OrganisationKind
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        kind = self.kind.value

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        kind = OrganisationKind(d.pop("kind"))

        active = d.pop("active")

        partner_organisation = cls(
            id=id,
            name=name,
            kind=kind,
            active=active,
        )

        partner_organisation.additional_properties = d
        return partner_organisation

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
