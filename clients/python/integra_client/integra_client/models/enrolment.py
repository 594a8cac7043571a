from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrolment_programme import EnrolmentProgramme

T = TypeVar("T", bound="Enrolment")


@_attrs_define
class Enrolment:
    """A beneficiary of a social enterprise as the API shows it.

    Example:
        {'completed_on': None, 'created_at': datetime.datetime(2026, 1, 12, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60', 'note':
            'Works mornings in the bakery', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme': 'rehabilitation', 'recorded_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'social_enterprise_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50',
            'started_on': datetime.date(2026, 1, 12), 'updated_at': datetime.datetime(2026, 1, 12, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        social_enterprise_id (UUID):
        person_id (UUID):
        organisation_id (UUID): The organisation that recorded the enrolment: its staff see it.
        programme (EnrolmentProgramme): What a beneficiary is enrolled in at a social enterprise.
        started_on (datetime.date):
        completed_on (datetime.date | None):
        note (None | str):
        recorded_by (UUID):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    social_enterprise_id: UUID
    person_id: UUID
    organisation_id: UUID
    programme: EnrolmentProgramme
    started_on: datetime.date
    completed_on: datetime.date | None
    note: None | str
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        social_enterprise_id = str(self.social_enterprise_id)

        person_id = str(self.person_id)

        organisation_id = str(self.organisation_id)

        programme = self.programme.value

        started_on = self.started_on.isoformat()

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        note: None | str
        note = self.note

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "social_enterprise_id": social_enterprise_id,
                "person_id": person_id,
                "organisation_id": organisation_id,
                "programme": programme,
                "started_on": started_on,
                "completed_on": completed_on,
                "note": note,
                "recorded_by": recorded_by,
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

        social_enterprise_id = UUID(d.pop("social_enterprise_id"))

        person_id = UUID(d.pop("person_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        programme = EnrolmentProgramme(d.pop("programme"))

        started_on = datetime.date.fromisoformat(d.pop("started_on"))

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        enrolment = cls(
            id=id,
            social_enterprise_id=social_enterprise_id,
            person_id=person_id,
            organisation_id=organisation_id,
            programme=programme,
            started_on=started_on,
            completed_on=completed_on,
            note=note,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        enrolment.additional_properties = d
        return enrolment

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
