from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.activity_status import ActivityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityInput")


@_attrs_define
class ActivityInput:
    """An activity as a client records it.

    Example:
        {'actual_end': None, 'actual_start': datetime.date(2026, 2, 10), 'output_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2'], 'planned_end': datetime.date(2026, 4, 30), 'planned_start':
            datetime.date(2026, 2, 1), 'responsible_organisation_id': '01900000-0000-7000-8000-000000000001', 'status':
            'ongoing', 'title': "Train the division's counsellors in case management"}

    Attributes:
        title (str):
        responsible_organisation_id (UUID): An existing organisation.
        planned_start (datetime.date):
        planned_end (datetime.date): Not before `planned_start`.
        status (ActivityStatus): Where an activity stands.
        actual_start (datetime.date | None | Unset): Not in the future.
        actual_end (datetime.date | None | Unset): Not before `actual_start` (which it needs), not in the future.
        output_ids (list[UUID] | Unset): Outputs of the project's logic it serves (at most 50).
    """

    title: str
    responsible_organisation_id: UUID
    planned_start: datetime.date
    planned_end: datetime.date
    status: ActivityStatus
    actual_start: datetime.date | None | Unset = UNSET
    actual_end: datetime.date | None | Unset = UNSET
    output_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        responsible_organisation_id = str(self.responsible_organisation_id)

        planned_start = self.planned_start.isoformat()

        planned_end = self.planned_end.isoformat()

        status = self.status.value

        actual_start: None | str | Unset
        if isinstance(self.actual_start, Unset):
            actual_start = UNSET
        elif isinstance(self.actual_start, datetime.date):
            actual_start = self.actual_start.isoformat()
        else:
            actual_start = self.actual_start

        actual_end: None | str | Unset
        if isinstance(self.actual_end, Unset):
            actual_end = UNSET
        elif isinstance(self.actual_end, datetime.date):
            actual_end = self.actual_end.isoformat()
        else:
            actual_end = self.actual_end

        output_ids: list[str] | Unset = UNSET
        if not isinstance(self.output_ids, Unset):
            output_ids = []
            for output_ids_item_data in self.output_ids:
                output_ids_item = str(output_ids_item_data)
                output_ids.append(output_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "responsible_organisation_id": responsible_organisation_id,
                "planned_start": planned_start,
                "planned_end": planned_end,
                "status": status,
            }
        )
        if actual_start is not UNSET:
            field_dict["actual_start"] = actual_start
        if actual_end is not UNSET:
            field_dict["actual_end"] = actual_end
        if output_ids is not UNSET:
            field_dict["output_ids"] = output_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        responsible_organisation_id = UUID(d.pop("responsible_organisation_id"))

        planned_start = datetime.date.fromisoformat(d.pop("planned_start"))

        planned_end = datetime.date.fromisoformat(d.pop("planned_end"))

        status = ActivityStatus(d.pop("status"))

        def _parse_actual_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_start_type_0 = datetime.date.fromisoformat(data)

                return actual_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_start = _parse_actual_start(d.pop("actual_start", UNSET))

        def _parse_actual_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actual_end_type_0 = datetime.date.fromisoformat(data)

                return actual_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        actual_end = _parse_actual_end(d.pop("actual_end", UNSET))

        _output_ids = d.pop("output_ids", UNSET)
        output_ids: list[UUID] | Unset = UNSET
        if _output_ids is not UNSET:
            output_ids = []
            for output_ids_item_data in _output_ids:
                output_ids_item = UUID(output_ids_item_data)

                output_ids.append(output_ids_item)

        activity_input = cls(
            title=title,
            responsible_organisation_id=responsible_organisation_id,
            planned_start=planned_start,
            planned_end=planned_end,
            status=status,
            actual_start=actual_start,
            actual_end=actual_end,
            output_ids=output_ids,
        )

        return activity_input
