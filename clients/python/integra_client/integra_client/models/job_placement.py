from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_term import EmploymentTerm
from ..models.placement_location import PlacementLocation

T = TypeVar("T", bound="JobPlacement")


@_attrs_define
class JobPlacement:
    """A job placement as the API shows it.

    Example:
        {'country': 'DE', 'created_at': datetime.datetime(2026, 3, 2, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'employer_organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'ends_on': datetime.date(2026, 5, 31), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40', 'location': 'abroad', 'note': 'Seasonal harvest work',
            'organisation_id': '01900000-0000-7000-8000-000000000001', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'programme_id': None, 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'starts_on': datetime.date(2026, 3,
            1), 'term': 'temporary', 'updated_at': datetime.datetime(2026, 3, 2, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        person_id (UUID):
        organisation_id (UUID): The organisation that recorded the placement: its staff see it.
        location (PlacementLocation): Where the job is.
        country (None | str):
        employer_organisation_id (UUID):
        term (EmploymentTerm): The term of a job (a placement, or a job place a social enterprise created).
        starts_on (datetime.date):
        ends_on (datetime.date | None):
        programme_id (None | UUID):
        note (None | str):
        recorded_by (UUID): The user who recorded it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    organisation_id: UUID
    location: PlacementLocation
    country: None | str
    employer_organisation_id: UUID
    term: EmploymentTerm
    starts_on: datetime.date
    ends_on: datetime.date | None
    programme_id: None | UUID
    note: None | str
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        organisation_id = str(self.organisation_id)

        location = self.location.value

        country: None | str
        country = self.country

        employer_organisation_id = str(self.employer_organisation_id)

        term = self.term.value

        starts_on = self.starts_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        programme_id: None | str
        if isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

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
                "person_id": person_id,
                "organisation_id": organisation_id,
                "location": location,
                "country": country,
                "employer_organisation_id": employer_organisation_id,
                "term": term,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "programme_id": programme_id,
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

        person_id = UUID(d.pop("person_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        location = PlacementLocation(d.pop("location"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        employer_organisation_id = UUID(d.pop("employer_organisation_id"))

        term = EmploymentTerm(d.pop("term"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        def _parse_programme_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                programme_id_type_0 = UUID(data)

                return programme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        programme_id = _parse_programme_id(d.pop("programme_id"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        job_placement = cls(
            id=id,
            person_id=person_id,
            organisation_id=organisation_id,
            location=location,
            country=country,
            employer_organisation_id=employer_organisation_id,
            term=term,
            starts_on=starts_on,
            ends_on=ends_on,
            programme_id=programme_id,
            note=note,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        job_placement.additional_properties = d
        return job_placement

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
