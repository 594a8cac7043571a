from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecordRef")


@_attrs_define
class RecordRef:
    """One record behind a figure.

    Example:
        {'href': '/api/v1/persons/0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f'}

    Attributes:
        id (UUID):
        href (str): Its path in the API.
    """

    id: UUID
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        href = d.pop("href")

        record_ref = cls(
            id=id,
            href=href,
        )

        record_ref.additional_properties = d
        return record_ref

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
