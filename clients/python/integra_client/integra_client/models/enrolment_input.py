from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.enrolment_programme import EnrolmentProgramme
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrolmentInput")


@_attrs_define
class EnrolmentInput:
    """A beneficiary's enrolment as a client sends it.

    Example:
        {'completed_on': None, 'note': 'Works mornings in the bakery', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme': 'rehabilitation', 'started_on': datetime.date(2026, 1, 12)}

    Attributes:
        person_id (UUID): The person enrolled; an existing person.
        programme (EnrolmentProgramme): What a beneficiary is enrolled in at a social enterprise.
        started_on (datetime.date): Not in the future. Example: 2026-01-12.
        completed_on (datetime.date | None | Unset): Not before `started_on`, not in the future. Example: 2026-06-30.
        note (None | str | Unset): Free text about the beneficiary's enrolment (erased with the person's data). Example:
            Works mornings in the bakery.
    """

    person_id: UUID
    programme: EnrolmentProgramme
    started_on: datetime.date
    completed_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        programme = self.programme.value

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

        field_dict.update(
            {
                "person_id": person_id,
                "programme": programme,
                "started_on": started_on,
            }
        )
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        programme = EnrolmentProgramme(d.pop("programme"))

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

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

        enrolment_input = cls(
            person_id=person_id,
            programme=programme,
            started_on=started_on,
            completed_on=completed_on,
            note=note,
        )

        return enrolment_input
