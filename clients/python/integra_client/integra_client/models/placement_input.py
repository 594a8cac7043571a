from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.employment_term import EmploymentTerm
from ..models.placement_location import PlacementLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacementInput")


@_attrs_define
class PlacementInput:
    """A placement as a client sends it.

    Example:
        {'country': 'DE', 'employer_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'ends_on':
            datetime.date(2026, 5, 31), 'location': 'abroad', 'note': 'Seasonal harvest work', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id': None, 'starts_on': datetime.date(2026, 3, 1), 'term':
            'temporary'}

    Attributes:
        person_id (UUID): The person placed; an existing person.
        location (PlacementLocation): Where the job is.
        employer_organisation_id (UUID): The employer; an existing organisation.
        term (EmploymentTerm): The term of a job (a placement, or a job place a social enterprise created).
        starts_on (datetime.date): The first day of work; not in the future. Example: 2026-03-01.
        country (None | str | Unset): ISO 3166-1 alpha-2 country of the job, not GE: required when `abroad`,
            absent when `domestic`. Example: DE.
        ends_on (datetime.date | None | Unset): The last day of work (planned or actual); not before `starts_on`.
            Example: 2026-05-31.
        programme_id (None | Unset | UUID): The programme the placement was made under, if any.
        note (None | str | Unset): Free text about the placement (erased with the person's data). Example: Seasonal
            harvest work.
    """

    person_id: UUID
    location: PlacementLocation
    employer_organisation_id: UUID
    term: EmploymentTerm
    starts_on: datetime.date
    country: None | str | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    programme_id: None | Unset | UUID = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        location = self.location.value

        employer_organisation_id = str(self.employer_organisation_id)

        term = self.term.value

        starts_on = self.starts_on.isoformat()

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        programme_id: None | str | Unset
        if isinstance(self.programme_id, Unset):
            programme_id = UNSET
        elif isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "location": location,
                "employer_organisation_id": employer_organisation_id,
                "term": term,
                "starts_on": starts_on,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        location = PlacementLocation(d.pop("location"))

        employer_organisation_id = UUID(d.pop("employer_organisation_id"))

        term = EmploymentTerm(d.pop("term"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_programme_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                programme_id_type_0 = UUID(data)

                return programme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        programme_id = _parse_programme_id(d.pop("programme_id", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        placement_input = cls(
            person_id=person_id,
            location=location,
            employer_organisation_id=employer_organisation_id,
            term=term,
            starts_on=starts_on,
            country=country,
            ends_on=ends_on,
            programme_id=programme_id,
            note=note,
        )

        return placement_input
