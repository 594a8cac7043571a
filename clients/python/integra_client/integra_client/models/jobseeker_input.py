from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.sector import Sector
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate import Certificate
    from ..models.education import Education
    from ..models.language_skill import LanguageSkill


T = TypeVar("T", bound="JobseekerInput")


@_attrs_define
class JobseekerInput:
    """A jobseeker profile as a client sends it.

    Example:
        {'available_from': datetime.date(2026, 3, 1), 'available_to': None, 'certificates': [{'expires_on':
            datetime.date(2028, 6, 30), 'name': 'caregiver'}], 'close_relatives_in': [], 'education': {'field': 'Nursing
            assistance', 'isced_level': 3}, 'experience_months': 36, 'languages': [{'language': 'en', 'level': 'B1'},
            {'language': 'ru', 'level': 'B2'}], 'note': None, 'occupations': ['5322'], 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'preferred_countries': ['IL', 'DE'], 'preferred_sectors': ['care'],
            'skills': ['elderly care', 'cooking']}

    Attributes:
        person_id (UUID): The person; an existing person, with no profile yet.
        education (Education): Education: the highest ISCED 2011 level attained (0 early childhood to 8
            doctoral) and its field. Example: {'field': 'Nursing assistance', 'isced_level': 3}.
        experience_months (int):  Example: 36.
        occupations (list[str] | Unset): ISCO-08 unit groups (four digits), each once. Example: ['5322'].
        skills (list[str] | Unset):
        languages (list[LanguageSkill] | Unset): Each language once.
        certificates (list[Certificate] | Unset):
        preferred_countries (list[str] | Unset): ISO 3166-1 alpha-2 codes, each once (GE for work at home). Example:
            ['IL', 'DE'].
        preferred_sectors (list[Sector] | Unset):
        close_relatives_in (list[str] | Unset): Countries (ISO 3166-1 alpha-2) where close relatives live (some
            schemes exclude those with relatives in the destination). Example: [].
        available_from (datetime.date | None | Unset): Available to start from this day; absent: now. Example:
            2026-03-01.
        available_to (datetime.date | None | Unset): Available until this day; absent: open.
        note (None | str | Unset): Free text (erased with the person's data).
    """

    person_id: UUID
    education: Education
    experience_months: int
    occupations: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    languages: list[LanguageSkill] | Unset = UNSET
    certificates: list[Certificate] | Unset = UNSET
    preferred_countries: list[str] | Unset = UNSET
    preferred_sectors: list[Sector] | Unset = UNSET
    close_relatives_in: list[str] | Unset = UNSET
    available_from: datetime.date | None | Unset = UNSET
    available_to: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        education = self.education.to_dict()

        experience_months = self.experience_months

        occupations: list[str] | Unset = UNSET
        if not isinstance(self.occupations, Unset):
            occupations = self.occupations

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certificates, Unset):
            certificates = []
            for certificates_item_data in self.certificates:
                certificates_item = certificates_item_data.to_dict()
                certificates.append(certificates_item)

        preferred_countries: list[str] | Unset = UNSET
        if not isinstance(self.preferred_countries, Unset):
            preferred_countries = self.preferred_countries

        preferred_sectors: list[str] | Unset = UNSET
        if not isinstance(self.preferred_sectors, Unset):
            preferred_sectors = []
            for preferred_sectors_item_data in self.preferred_sectors:
                preferred_sectors_item = preferred_sectors_item_data.value
                preferred_sectors.append(preferred_sectors_item)

        close_relatives_in: list[str] | Unset = UNSET
        if not isinstance(self.close_relatives_in, Unset):
            close_relatives_in = self.close_relatives_in

        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        elif isinstance(self.available_from, datetime.date):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        available_to: None | str | Unset
        if isinstance(self.available_to, Unset):
            available_to = UNSET
        elif isinstance(self.available_to, datetime.date):
            available_to = self.available_to.isoformat()
        else:
            available_to = self.available_to

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "education": education,
                "experience_months": experience_months,
            }
        )
        if occupations is not UNSET:
            field_dict["occupations"] = occupations
        if skills is not UNSET:
            field_dict["skills"] = skills
        if languages is not UNSET:
            field_dict["languages"] = languages
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if preferred_countries is not UNSET:
            field_dict["preferred_countries"] = preferred_countries
        if preferred_sectors is not UNSET:
            field_dict["preferred_sectors"] = preferred_sectors
        if close_relatives_in is not UNSET:
            field_dict["close_relatives_in"] = close_relatives_in
        if available_from is not UNSET:
            field_dict["available_from"] = available_from
        if available_to is not UNSET:
            field_dict["available_to"] = available_to
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate import Certificate  # noqa: PLC0415
        from ..models.education import Education  # noqa: PLC0415
        from ..models.language_skill import LanguageSkill  # noqa: PLC0415

        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        education = Education.from_dict(d.pop("education"))

        experience_months = d.pop("experience_months")

        occupations = cast(list[str], d.pop("occupations", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        _languages = d.pop("languages", UNSET)
        languages: list[LanguageSkill] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:
                languages_item = LanguageSkill.from_dict(languages_item_data)

                languages.append(languages_item)

        _certificates = d.pop("certificates", UNSET)
        certificates: list[Certificate] | Unset = UNSET
        if _certificates is not UNSET:
            certificates = []
            for certificates_item_data in _certificates:
                certificates_item = Certificate.from_dict(certificates_item_data)

                certificates.append(certificates_item)

        preferred_countries = cast(list[str], d.pop("preferred_countries", UNSET))

        _preferred_sectors = d.pop("preferred_sectors", UNSET)
        preferred_sectors: list[Sector] | Unset = UNSET
        if _preferred_sectors is not UNSET:
            preferred_sectors = []
            for preferred_sectors_item_data in _preferred_sectors:
                preferred_sectors_item = Sector(preferred_sectors_item_data)

                preferred_sectors.append(preferred_sectors_item)

        close_relatives_in = cast(list[str], d.pop("close_relatives_in", UNSET))

        def _parse_available_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.date.fromisoformat(data)

                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        available_from = _parse_available_from(d.pop("available_from", UNSET))

        def _parse_available_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_to_type_0 = datetime.date.fromisoformat(data)

                return available_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        available_to = _parse_available_to(d.pop("available_to", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        jobseeker_input = cls(
            person_id=person_id,
            education=education,
            experience_months=experience_months,
            occupations=occupations,
            skills=skills,
            languages=languages,
            certificates=certificates,
            preferred_countries=preferred_countries,
            preferred_sectors=preferred_sectors,
            close_relatives_in=close_relatives_in,
            available_from=available_from,
            available_to=available_to,
            note=note,
        )

        return jobseeker_input
