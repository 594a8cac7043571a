from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sector import Sector

if TYPE_CHECKING:
    from ..models.certificate import Certificate
    from ..models.education import Education
    from ..models.language_skill import LanguageSkill


T = TypeVar("T", bound="Jobseeker")


@_attrs_define
class Jobseeker:
    """A jobseeker profile as the API shows it.

    Example:
        {'available_from': datetime.date(2026, 3, 1), 'available_to': None, 'certificates': [{'expires_on':
            datetime.date(2028, 6, 30), 'name': 'caregiver'}], 'close_relatives_in': [], 'created_at':
            datetime.datetime(2026, 2, 11, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'education':
            {'field': 'Nursing assistance', 'isced_level': 3}, 'experience_months': 36, 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0', 'languages': [{'language': 'en', 'level': 'B1'}, {'language': 'ru',
            'level': 'B2'}], 'note': None, 'occupations': ['5322'], 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'preferred_countries': ['IL', 'DE'], 'preferred_sectors': ['care'], 'registered_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'skills': ['elderly care', 'cooking'], 'updated_at':
            datetime.datetime(2026, 2, 11, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        person_id (UUID):
        organisation_id (UUID): The organisation that registered the profile.
        education (Education): Education: the highest ISCED 2011 level attained (0 early childhood to 8
            doctoral) and its field. Example: {'field': 'Nursing assistance', 'isced_level': 3}.
        occupations (list[str]):
        skills (list[str]):
        languages (list[LanguageSkill]):
        certificates (list[Certificate]):
        experience_months (int):
        preferred_countries (list[str]):
        preferred_sectors (list[Sector]):
        close_relatives_in (list[str]):
        available_from (datetime.date | None):
        available_to (datetime.date | None):
        note (None | str):
        registered_by (UUID): The user who registered it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    organisation_id: UUID
    education: Education
    occupations: list[str]
    skills: list[str]
    languages: list[LanguageSkill]
    certificates: list[Certificate]
    experience_months: int
    preferred_countries: list[str]
    preferred_sectors: list[Sector]
    close_relatives_in: list[str]
    available_from: datetime.date | None
    available_to: datetime.date | None
    note: None | str
    registered_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        organisation_id = str(self.organisation_id)

        education = self.education.to_dict()

        occupations = self.occupations

        skills = self.skills

        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)

        certificates = []
        for certificates_item_data in self.certificates:
            certificates_item = certificates_item_data.to_dict()
            certificates.append(certificates_item)

        experience_months = self.experience_months

        preferred_countries = self.preferred_countries

        preferred_sectors = []
        for preferred_sectors_item_data in self.preferred_sectors:
            preferred_sectors_item = preferred_sectors_item_data.value
            preferred_sectors.append(preferred_sectors_item)

        close_relatives_in = self.close_relatives_in

        available_from: None | str
        if isinstance(self.available_from, datetime.date):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

        available_to: None | str
        if isinstance(self.available_to, datetime.date):
            available_to = self.available_to.isoformat()
        else:
            available_to = self.available_to

        note: None | str
        note = self.note

        registered_by = str(self.registered_by)

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
                "education": education,
                "occupations": occupations,
                "skills": skills,
                "languages": languages,
                "certificates": certificates,
                "experience_months": experience_months,
                "preferred_countries": preferred_countries,
                "preferred_sectors": preferred_sectors,
                "close_relatives_in": close_relatives_in,
                "available_from": available_from,
                "available_to": available_to,
                "note": note,
                "registered_by": registered_by,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate import Certificate  # noqa: PLC0415
        from ..models.education import Education  # noqa: PLC0415
        from ..models.language_skill import LanguageSkill  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("person_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        education = Education.from_dict(d.pop("education"))

        occupations = cast(list[str], d.pop("occupations"))

        skills = cast(list[str], d.pop("skills"))

        languages = []
        _languages = d.pop("languages")
        for languages_item_data in _languages:
            languages_item = LanguageSkill.from_dict(languages_item_data)

            languages.append(languages_item)

        certificates = []
        _certificates = d.pop("certificates")
        for certificates_item_data in _certificates:
            certificates_item = Certificate.from_dict(certificates_item_data)

            certificates.append(certificates_item)

        experience_months = d.pop("experience_months")

        preferred_countries = cast(list[str], d.pop("preferred_countries"))

        preferred_sectors = []
        _preferred_sectors = d.pop("preferred_sectors")
        for preferred_sectors_item_data in _preferred_sectors:
            preferred_sectors_item = Sector(preferred_sectors_item_data)

            preferred_sectors.append(preferred_sectors_item)

        close_relatives_in = cast(list[str], d.pop("close_relatives_in"))

        def _parse_available_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.date.fromisoformat(data)

                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        available_from = _parse_available_from(d.pop("available_from"))

        def _parse_available_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_to_type_0 = datetime.date.fromisoformat(data)

                return available_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        available_to = _parse_available_to(d.pop("available_to"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        registered_by = UUID(d.pop("registered_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        jobseeker = cls(
            id=id,
            person_id=person_id,
            organisation_id=organisation_id,
            education=education,
            occupations=occupations,
            skills=skills,
            languages=languages,
            certificates=certificates,
            experience_months=experience_months,
            preferred_countries=preferred_countries,
            preferred_sectors=preferred_sectors,
            close_relatives_in=close_relatives_in,
            available_from=available_from,
            available_to=available_to,
            note=note,
            registered_by=registered_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        jobseeker.additional_properties = d
        return jobseeker

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
