from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sector import Sector
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate import Certificate
    from ..models.education import Education
    from ..models.language_skill import LanguageSkill


T = TypeVar("T", bound="JobseekerPatch")


@_attrs_define
class JobseekerPatch:
    """A merge patch of a jobseeker profile: any subset of its fields; the
    optional ones may be cleared with `null`.

        Example:
            {'experience_months': 40, 'languages': [{'language': 'en', 'level': 'B2'}]}

        Attributes:
            education (Education | Unset): Education: the highest ISCED 2011 level attained (0 early childhood to 8
                doctoral) and its field. Example: {'field': 'Nursing assistance', 'isced_level': 3}.
            occupations (list[str] | None | Unset):
            skills (list[str] | None | Unset):
            languages (list[LanguageSkill] | None | Unset):
            certificates (list[Certificate] | None | Unset):
            experience_months (int | Unset):
            preferred_countries (list[str] | None | Unset):
            preferred_sectors (list[Sector] | None | Unset):
            close_relatives_in (list[str] | None | Unset):
            available_from (datetime.date | None | Unset):
            available_to (datetime.date | None | Unset):
            note (None | str | Unset):
    """

    education: Education | Unset = UNSET
    occupations: list[str] | None | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    languages: list[LanguageSkill] | None | Unset = UNSET
    certificates: list[Certificate] | None | Unset = UNSET
    experience_months: int | Unset = UNSET
    preferred_countries: list[str] | None | Unset = UNSET
    preferred_sectors: list[Sector] | None | Unset = UNSET
    close_relatives_in: list[str] | None | Unset = UNSET
    available_from: datetime.date | None | Unset = UNSET
    available_to: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        education: dict[str, Any] | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = self.education.to_dict()

        occupations: list[str] | None | Unset
        if isinstance(self.occupations, Unset):
            occupations = UNSET
        elif isinstance(self.occupations, list):
            occupations = self.occupations

        else:
            occupations = self.occupations

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills

        else:
            skills = self.skills

        languages: list[dict[str, Any]] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = []
            for languages_type_0_item_data in self.languages:
                languages_type_0_item = languages_type_0_item_data.to_dict()
                languages.append(languages_type_0_item)

        else:
            languages = self.languages

        certificates: list[dict[str, Any]] | None | Unset
        if isinstance(self.certificates, Unset):
            certificates = UNSET
        elif isinstance(self.certificates, list):
            certificates = []
            for certificates_type_0_item_data in self.certificates:
                certificates_type_0_item = certificates_type_0_item_data.to_dict()
                certificates.append(certificates_type_0_item)

        else:
            certificates = self.certificates

        experience_months = self.experience_months

        preferred_countries: list[str] | None | Unset
        if isinstance(self.preferred_countries, Unset):
            preferred_countries = UNSET
        elif isinstance(self.preferred_countries, list):
            preferred_countries = self.preferred_countries

        else:
            preferred_countries = self.preferred_countries

        preferred_sectors: list[str] | None | Unset
        if isinstance(self.preferred_sectors, Unset):
            preferred_sectors = UNSET
        elif isinstance(self.preferred_sectors, list):
            preferred_sectors = []
            for preferred_sectors_type_0_item_data in self.preferred_sectors:
                preferred_sectors_type_0_item = preferred_sectors_type_0_item_data.value
                preferred_sectors.append(preferred_sectors_type_0_item)

        else:
            preferred_sectors = self.preferred_sectors

        close_relatives_in: list[str] | None | Unset
        if isinstance(self.close_relatives_in, Unset):
            close_relatives_in = UNSET
        elif isinstance(self.close_relatives_in, list):
            close_relatives_in = self.close_relatives_in

        else:
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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if education is not UNSET:
            field_dict["education"] = education
        if occupations is not UNSET:
            field_dict["occupations"] = occupations
        if skills is not UNSET:
            field_dict["skills"] = skills
        if languages is not UNSET:
            field_dict["languages"] = languages
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if experience_months is not UNSET:
            field_dict["experience_months"] = experience_months
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
        _education = d.pop("education", UNSET)
        education: Education | Unset
        if isinstance(_education, Unset):
            education = UNSET
        else:
            education = Education.from_dict(_education)

        def _parse_occupations(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                occupations_type_0 = cast(list[str], data)

                return occupations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        occupations = _parse_occupations(d.pop("occupations", UNSET))

        def _parse_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = cast(list[str], data)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))

        def _parse_languages(data: object) -> list[LanguageSkill] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                languages_type_0 = []
                _languages_type_0 = data
                for languages_type_0_item_data in _languages_type_0:
                    languages_type_0_item = LanguageSkill.from_dict(languages_type_0_item_data)

                    languages_type_0.append(languages_type_0_item)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LanguageSkill] | None | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

        def _parse_certificates(data: object) -> list[Certificate] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                certificates_type_0 = []
                _certificates_type_0 = data
                for certificates_type_0_item_data in _certificates_type_0:
                    certificates_type_0_item = Certificate.from_dict(certificates_type_0_item_data)

                    certificates_type_0.append(certificates_type_0_item)

                return certificates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Certificate] | None | Unset, data)

        certificates = _parse_certificates(d.pop("certificates", UNSET))

        experience_months = d.pop("experience_months", UNSET)

        def _parse_preferred_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_countries_type_0 = cast(list[str], data)

                return preferred_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        preferred_countries = _parse_preferred_countries(d.pop("preferred_countries", UNSET))

        def _parse_preferred_sectors(data: object) -> list[Sector] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                preferred_sectors_type_0 = []
                _preferred_sectors_type_0 = data
                for preferred_sectors_type_0_item_data in _preferred_sectors_type_0:
                    preferred_sectors_type_0_item = Sector(preferred_sectors_type_0_item_data)

                    preferred_sectors_type_0.append(preferred_sectors_type_0_item)

                return preferred_sectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Sector] | None | Unset, data)

        preferred_sectors = _parse_preferred_sectors(d.pop("preferred_sectors", UNSET))

        def _parse_close_relatives_in(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                close_relatives_in_type_0 = cast(list[str], data)

                return close_relatives_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        close_relatives_in = _parse_close_relatives_in(d.pop("close_relatives_in", UNSET))

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

        jobseeker_patch = cls(
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
        )

        jobseeker_patch.additional_properties = d
        return jobseeker_patch

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
