from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrolment_programme import EnrolmentProgramme
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrolmentPatch")


@_attrs_define
class EnrolmentPatch:
    """A merge patch of a beneficiary's enrolment: any subset of its fields.

    Example:
        {'completed_on': datetime.date(2026, 6, 30)}

    Attributes:
        person_id (UUID | Unset):
        programme (EnrolmentProgramme | Unset): What a beneficiary is enrolled in at a social enterprise.
        started_on (datetime.date | Unset):
        completed_on (datetime.date | None | Unset):
        note (None | str | Unset):
    """

    person_id: UUID | Unset = UNSET
    programme: EnrolmentProgramme | Unset = UNSET
    started_on: datetime.date | Unset = UNSET
    completed_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id: str | Unset = UNSET
        if not isinstance(self.person_id, Unset):
            person_id = str(self.person_id)

        programme: str | Unset = UNSET
        if not isinstance(self.programme, Unset):
            programme = self.programme.value

        started_on: str | Unset = UNSET
        if not isinstance(self.started_on, Unset):
            started_on = self.started_on.isoformat()

        completed_on: None | str | Unset
        if isinstance(self.completed_on, Unset):
            completed_on = UNSET
        elif isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if programme is not UNSET:
            field_dict["programme"] = programme
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _person_id = d.pop("person_id", UNSET)
        person_id: UUID | Unset
        if isinstance(_person_id, Unset):
            person_id = UNSET
        else:
            person_id = UUID(_person_id)

        _programme = d.pop("programme", UNSET)
        programme: EnrolmentProgramme | Unset
        if isinstance(_programme, Unset):
            programme = UNSET
        else:
            programme = EnrolmentProgramme(_programme)

        _started_on = d.pop("started_on", UNSET)
        started_on: datetime.date | Unset
        if isinstance(_started_on, Unset):
            started_on = UNSET
        else:
            started_on = datetime.date.fromisoformat(_started_on)

        def _parse_completed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        completed_on = _parse_completed_on(d.pop("completed_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        enrolment_patch = cls(
            person_id=person_id,
            programme=programme,
            started_on=started_on,
            completed_on=completed_on,
            note=note,
        )

        enrolment_patch.additional_properties = d
        return enrolment_patch

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
