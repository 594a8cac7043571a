from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.version_summary import VersionSummary


T = TypeVar("T", bound="RuleSetView")


@_attrs_define
class RuleSetView:
    """A rule set with its versions.

    Example:
        {'created_at': datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'latest_published_version': 1, 'name': 'State reintegration programme
            rules', 'updated_at': datetime.datetime(2026, 1, 31, 9, 5, tzinfo=datetime.timezone(datetime.timedelta(0),
            'Z')), 'version': 2, 'versions': [{'created_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'number': 1, 'published_at': datetime.datetime(2026, 1,
            31, 9, 5, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'status': 'published'}]}

    Attributes:
        id (UUID):
        name (str):
        latest_published_version (int | None): The highest published version, which programmes apply by default.
        versions (list[VersionSummary]):
        version (int): Changes with every new, changed or published version (the ETag).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    name: str
    latest_published_version: int | None
    versions: list[VersionSummary]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        latest_published_version: int | None
        latest_published_version = self.latest_published_version

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "latest_published_version": latest_published_version,
                "versions": versions,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.version_summary import VersionSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_latest_published_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latest_published_version = _parse_latest_published_version(d.pop("latest_published_version"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = VersionSummary.from_dict(versions_item_data)

            versions.append(versions_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        rule_set_view = cls(
            id=id,
            name=name,
            latest_published_version=latest_published_version,
            versions=versions,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        rule_set_view.additional_properties = d
        return rule_set_view

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
