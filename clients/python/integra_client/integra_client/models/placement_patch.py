from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_term import EmploymentTerm
from ..models.placement_location import PlacementLocation
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacementPatch")


@_attrs_define
class PlacementPatch:
    """A merge patch of a job placement: any subset of its fields.

    Example:
        {'ends_on': datetime.date(2026, 6, 15)}

    Attributes:
        person_id (UUID | Unset):
        location (PlacementLocation | Unset): Where the job is.
        country (None | str | Unset):
        employer_organisation_id (UUID | Unset):
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social enterprise created).
        starts_on (datetime.date | Unset):
        ends_on (datetime.date | None | Unset):
        programme_id (None | Unset | UUID):
        note (None | str | Unset):
    """

    person_id: UUID | Unset = UNSET
    location: PlacementLocation | Unset = UNSET
    country: None | str | Unset = UNSET
    employer_organisation_id: UUID | Unset = UNSET
    term: EmploymentTerm | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    programme_id: None | Unset | UUID = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id: str | Unset = UNSET
        if not isinstance(self.person_id, Unset):
            person_id = str(self.person_id)

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.value

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        employer_organisation_id: str | Unset = UNSET
        if not isinstance(self.employer_organisation_id, Unset):
            employer_organisation_id = str(self.employer_organisation_id)

        term: str | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.value

        starts_on: str | Unset = UNSET
        if not isinstance(self.starts_on, Unset):
            starts_on = self.starts_on.isoformat()

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if location is not UNSET:
            field_dict["location"] = location
        if country is not UNSET:
            field_dict["country"] = country
        if employer_organisation_id is not UNSET:
            field_dict["employer_organisation_id"] = employer_organisation_id
        if term is not UNSET:
            field_dict["term"] = term
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
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
        _person_id = d.pop("person_id", UNSET)
        person_id: UUID | Unset
        if isinstance(_person_id, Unset):
            person_id = UNSET
        else:
            person_id = UUID(_person_id)

        _location = d.pop("location", UNSET)
        location: PlacementLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = PlacementLocation(_location)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _employer_organisation_id = d.pop("employer_organisation_id", UNSET)
        employer_organisation_id: UUID | Unset
        if isinstance(_employer_organisation_id, Unset):
            employer_organisation_id = UNSET
        else:
            employer_organisation_id = UUID(_employer_organisation_id)

        _term = d.pop("term", UNSET)
        term: EmploymentTerm | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = EmploymentTerm(_term)

        _starts_on = d.pop("starts_on", UNSET)
        starts_on: datetime.date | Unset
        if isinstance(_starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = datetime.date.fromisoformat(_starts_on)

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

        placement_patch = cls(
            person_id=person_id,
            location=location,
            country=country,
            employer_organisation_id=employer_organisation_id,
            term=term,
            starts_on=starts_on,
            ends_on=ends_on,
            programme_id=programme_id,
            note=note,
        )

        placement_patch.additional_properties = d
        return placement_patch

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
