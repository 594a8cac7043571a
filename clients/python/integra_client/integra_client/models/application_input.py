from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationInput")


@_attrs_define
class ApplicationInput:
    """An application as a client sends it.

    Example:
        {'applied_on': datetime.date(2026, 12, 1), 'jobseeker_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0', 'note': None,
            'scheme_id': '00000000-0000-7000-8000-000000000402', 'vacancy_id': None}

    Attributes:
        jobseeker_id (UUID): The jobseeker applying; an existing profile.
        scheme_id (UUID): The scheme applied to; it must take applications on `applied_on`.
        vacancy_id (None | Unset | UUID): A vacancy abroad under the scheme, if the application is for one; it
            must be open.
        applied_on (datetime.date | None | Unset): The day of the application; not in the future; today when absent.
            Example: 2026-12-01.
        note (None | str | Unset): Free text (erased with the person's data).
    """

    jobseeker_id: UUID
    scheme_id: UUID
    vacancy_id: None | Unset | UUID = UNSET
    applied_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        jobseeker_id = str(self.jobseeker_id)

        scheme_id = str(self.scheme_id)

        vacancy_id: None | str | Unset
        if isinstance(self.vacancy_id, Unset):
            vacancy_id = UNSET
        elif isinstance(self.vacancy_id, UUID):
            vacancy_id = str(self.vacancy_id)
        else:
            vacancy_id = self.vacancy_id

        applied_on: None | str | Unset
        if isinstance(self.applied_on, Unset):
            applied_on = UNSET
        elif isinstance(self.applied_on, datetime.date):
            applied_on = self.applied_on.isoformat()
        else:
            applied_on = self.applied_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobseeker_id": jobseeker_id,
                "scheme_id": scheme_id,
            }
        )
        if vacancy_id is not UNSET:
            field_dict["vacancy_id"] = vacancy_id
        if applied_on is not UNSET:
            field_dict["applied_on"] = applied_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jobseeker_id = UUID(d.pop("jobseeker_id"))

        scheme_id = UUID(d.pop("scheme_id"))

        def _parse_vacancy_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vacancy_id_type_0 = UUID(data)

                return vacancy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        vacancy_id = _parse_vacancy_id(d.pop("vacancy_id", UNSET))

        def _parse_applied_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applied_on_type_0 = datetime.date.fromisoformat(data)

                return applied_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        applied_on = _parse_applied_on(d.pop("applied_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        application_input = cls(
            jobseeker_id=jobseeker_id,
            scheme_id=scheme_id,
            vacancy_id=vacancy_id,
            applied_on=applied_on,
            note=note,
        )

        return application_input
