from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_status import ActivityStatus

T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """An activity of the work plan as the API shows it.

    Example:
        {'actual_end': None, 'actual_start': datetime.date(2026, 2, 10), 'created_at': datetime.datetime(2026, 1, 20, 9,
            0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe1',
            'output_ids': ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2'], 'planned_end': datetime.date(2026, 4, 30),
            'planned_start': datetime.date(2026, 2, 1), 'project_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0',
            'responsible_organisation_id': '01900000-0000-7000-8000-000000000001', 'status': 'ongoing', 'title': "Train the
            division's counsellors in case management", 'updated_at': datetime.datetime(2026, 2, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        project_id (UUID):
        title (str):
        responsible_organisation_id (UUID):
        planned_start (datetime.date):
        planned_end (datetime.date):
        actual_start (datetime.date | None):
        actual_end (datetime.date | None):
        status (ActivityStatus): Where an activity stands.
        output_ids (list[UUID]):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    project_id: UUID
    title: str
    responsible_organisation_id: UUID
    planned_start: datetime.date
    planned_end: datetime.date
    actual_start: datetime.date | None
    actual_end: datetime.date | None
    status: ActivityStatus
    output_ids: list[UUID]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_id = str(self.project_id)

        title = self.title

        responsible_organisation_id = str(self.responsible_organisation_id)

        planned_start = self.planned_start.isoformat()

        planned_end = self.planned_end.isoformat()

        actual_start: None | str
        if isinstance(self.actual_start, datetime.date):
            actual_start = self.actual_start.isoformat()
        else:
            actual_start = self.actual_start

        actual_end: None | str
        if isinstance(self.actual_end, datetime.date):
            actual_end = self.actual_end.isoformat()
        else:
            actual_end = self.actual_end

        status = self.status.value

        output_ids = []
        for output_ids_item_data in self.output_ids:
            output_ids_item = str(output_ids_item_data)
            output_ids.append(output_ids_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "title": title,
                "responsible_organisation_id": responsible_organisation_id,
                "planned_start": planned_start,
                "planned_end": planned_end,
                "actual_start": actual_start,
                "actual_end": actual_end,
                "status": status,
                "output_ids": output_ids,
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

        project_id = UUID(d.pop("project_id"))

        title = d.pop("title")

        responsible_organisation_id = UUID(d.pop("responsible_organisation_id"))

        planned_start = datetime.date.fromisoformat(d.pop("planned_start"))

        planned_end = datetime.date.fromisoformat(d.pop("planned_end"))

        def _parse_actual_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_start_type_0 = datetime.date.fromisoformat(data)

                return actual_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        actual_start = _parse_actual_start(d.pop("actual_start"))

        def _parse_actual_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_end_type_0 = datetime.date.fromisoformat(data)

                return actual_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        actual_end = _parse_actual_end(d.pop("actual_end"))

        status = ActivityStatus(d.pop("status"))

        output_ids = []
        _output_ids = d.pop("output_ids")
        for output_ids_item_data in _output_ids:
            output_ids_item = UUID(output_ids_item_data)

            output_ids.append(output_ids_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        activity = cls(
            id=id,
            project_id=project_id,
            title=title,
            responsible_organisation_id=responsible_organisation_id,
            planned_start=planned_start,
            planned_end=planned_end,
            actual_start=actual_start,
            actual_end=actual_end,
            status=status,
            output_ids=output_ids,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        activity.additional_properties = d
        return activity

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
