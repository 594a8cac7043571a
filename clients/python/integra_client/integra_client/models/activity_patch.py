from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_status import ActivityStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityPatch")


@_attrs_define
class ActivityPatch:
    """A merge patch of an activity: any subset of its writable fields.

    Example:
        {'actual_end': datetime.date(2026, 5, 6), 'status': 'completed'}

    Attributes:
        title (str | Unset):
        responsible_organisation_id (UUID | Unset):
        planned_start (datetime.date | Unset):
        planned_end (datetime.date | Unset):
        actual_start (datetime.date | None | Unset):
        actual_end (datetime.date | None | Unset):
        status (ActivityStatus | Unset): Where an activity stands.
        output_ids (list[str] | None | Unset):
    """

    title: str | Unset = UNSET
    responsible_organisation_id: UUID | Unset = UNSET
    planned_start: datetime.date | Unset = UNSET
    planned_end: datetime.date | Unset = UNSET
    actual_start: datetime.date | None | Unset = UNSET
    actual_end: datetime.date | None | Unset = UNSET
    status: ActivityStatus | Unset = UNSET
    output_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        responsible_organisation_id: str | Unset = UNSET
        if not isinstance(self.responsible_organisation_id, Unset):
            responsible_organisation_id = str(self.responsible_organisation_id)

        planned_start: str | Unset = UNSET
        if not isinstance(self.planned_start, Unset):
            planned_start = self.planned_start.isoformat()

        planned_end: str | Unset = UNSET
        if not isinstance(self.planned_end, Unset):
            planned_end = self.planned_end.isoformat()

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        output_ids: list[str] | None | Unset
        if isinstance(self.output_ids, Unset):
            output_ids = UNSET
        elif isinstance(self.output_ids, list):
            output_ids = self.output_ids

        else:
            output_ids = self.output_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if responsible_organisation_id is not UNSET:
            field_dict["responsible_organisation_id"] = responsible_organisation_id
        if planned_start is not UNSET:
            field_dict["planned_start"] = planned_start
        if planned_end is not UNSET:
            field_dict["planned_end"] = planned_end
        if actual_start is not UNSET:
            field_dict["actual_start"] = actual_start
        if actual_end is not UNSET:
            field_dict["actual_end"] = actual_end
        if status is not UNSET:
            field_dict["status"] = status
        if output_ids is not UNSET:
            field_dict["output_ids"] = output_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _responsible_organisation_id = d.pop("responsible_organisation_id", UNSET)
        responsible_organisation_id: UUID | Unset
        if isinstance(_responsible_organisation_id, Unset):
            responsible_organisation_id = UNSET
        else:
            responsible_organisation_id = UUID(_responsible_organisation_id)

        _planned_start = d.pop("planned_start", UNSET)
        planned_start: datetime.date | Unset
        if isinstance(_planned_start, Unset):
            planned_start = UNSET
        else:
            planned_start = datetime.date.fromisoformat(_planned_start)

        _planned_end = d.pop("planned_end", UNSET)
        planned_end: datetime.date | Unset
        if isinstance(_planned_end, Unset):
            planned_end = UNSET
        else:
            planned_end = datetime.date.fromisoformat(_planned_end)

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

        _status = d.pop("status", UNSET)
        status: ActivityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActivityStatus(_status)

        def _parse_output_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_ids_type_0 = cast(list[str], data)

                return output_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        output_ids = _parse_output_ids(d.pop("output_ids", UNSET))

        activity_patch = cls(
            title=title,
            responsible_organisation_id=responsible_organisation_id,
            planned_start=planned_start,
            planned_end=planned_end,
            actual_start=actual_start,
            actual_end=actual_end,
            status=status,
            output_ids=output_ids,
        )

        activity_patch.additional_properties = d
        return activity_patch

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
