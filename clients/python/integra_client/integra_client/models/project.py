from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project as the API shows it.

    Example:
        {'created_at': datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'ends_on': datetime.date(2027, 12, 31), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'name': 'Strengthening the
            Migration Division', 'objective': 'Returning migrants and immigrants are served by one division with trained
            staff', 'starts_on': datetime.date(2025, 1, 1), 'updated_at': datetime.datetime(2025, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        name (str):
        objective (str):
        starts_on (datetime.date):
        ends_on (datetime.date):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    name: str
    objective: str
    starts_on: datetime.date
    ends_on: datetime.date
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        objective = self.objective

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "objective": objective,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        objective = d.pop("objective")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        project = cls(
            id=id,
            name=name,
            objective=objective,
            starts_on=starts_on,
            ends_on=ends_on,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        project.additional_properties = d
        return project

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
