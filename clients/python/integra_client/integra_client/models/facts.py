from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.residence_status import ResidenceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_fact import CertificateFact
    from ..models.language_fact import LanguageFact
    from ..models.stay_fact import StayFact


T = TypeVar("T", bound="Facts")


@_attrs_define
class Facts:
    """What is known about a person; every field may be absent (unknown).

    Example:
        {'application_date': datetime.date(2026, 1, 31), 'citizenship': 'GE', 'date_of_birth': datetime.date(1988, 4,
            12), 'grants_received': 0, 'residence_status': 'citizen', 'stays_abroad': [{'country': 'DE', 'end_date':
            datetime.date(2025, 5, 20), 'legal_status': 'irregular', 'start_date': datetime.date(2019, 3, 1)}]}

    Attributes:
        citizenship (None | str | Unset): ISO 3166-1 alpha-2 code (`GE`) or `stateless`. Example: GE.
        residence_status (None | ResidenceStatus | Unset):
        date_of_birth (datetime.date | None | Unset):  Example: 1988-04-12.
        stays_abroad (list[StayFact] | None | Unset): The stays abroad; absent when unknown, empty when known to be
            none.
        application_date (datetime.date | None | Unset): The date the rules are evaluated on. Example: 2026-01-31.
        grants_received (int | None | Unset): Grants already delivered to the person by this programme. Example: 0.
        isced_level (int | None | Unset): The highest ISCED 2011 level attained (0 to 8). Example: 3.
        experience_months (int | None | Unset): Months of work experience. Example: 36.
        languages (list[LanguageFact] | None | Unset): Languages spoken, with CEFR levels.
        certificates (list[CertificateFact] | None | Unset): Certificates held (lower-case names), with their expiry.
        close_relatives_in (list[str] | None | Unset): Countries (ISO 3166-1 alpha-2) where close relatives live.
            Example: [].
        occupations (list[str] | None | Unset): Occupations (ISCO-08 unit groups). Example: ['5322'].
    """

    citizenship: None | str | Unset = UNSET
    residence_status: None | ResidenceStatus | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    stays_abroad: list[StayFact] | None | Unset = UNSET
    application_date: datetime.date | None | Unset = UNSET
    grants_received: int | None | Unset = UNSET
    isced_level: int | None | Unset = UNSET
    experience_months: int | None | Unset = UNSET
    languages: list[LanguageFact] | None | Unset = UNSET
    certificates: list[CertificateFact] | None | Unset = UNSET
    close_relatives_in: list[str] | None | Unset = UNSET
    occupations: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        citizenship: None | str | Unset
        if isinstance(self.citizenship, Unset):
            citizenship = UNSET
        else:
            citizenship = self.citizenship

        residence_status: None | str | Unset
        if isinstance(self.residence_status, Unset):
            residence_status = UNSET
        elif isinstance(self.residence_status, ResidenceStatus):
            residence_status = self.residence_status.value
        else:
            residence_status = self.residence_status

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        stays_abroad: list[dict[str, Any]] | None | Unset
        if isinstance(self.stays_abroad, Unset):
            stays_abroad = UNSET
        elif isinstance(self.stays_abroad, list):
            stays_abroad = []
            for stays_abroad_type_0_item_data in self.stays_abroad:
                stays_abroad_type_0_item = stays_abroad_type_0_item_data.to_dict()
                stays_abroad.append(stays_abroad_type_0_item)

        else:
            stays_abroad = self.stays_abroad

        application_date: None | str | Unset
        if isinstance(self.application_date, Unset):
            application_date = UNSET
        elif isinstance(self.application_date, datetime.date):
            application_date = self.application_date.isoformat()
        else:
            application_date = self.application_date

        grants_received: int | None | Unset
        if isinstance(self.grants_received, Unset):
            grants_received = UNSET
        else:
            grants_received = self.grants_received

        isced_level: int | None | Unset
        if isinstance(self.isced_level, Unset):
            isced_level = UNSET
        else:
            isced_level = self.isced_level

        experience_months: int | None | Unset
        if isinstance(self.experience_months, Unset):
            experience_months = UNSET
        else:
            experience_months = self.experience_months

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

        close_relatives_in: list[str] | None | Unset
        if isinstance(self.close_relatives_in, Unset):
            close_relatives_in = UNSET
        elif isinstance(self.close_relatives_in, list):
            close_relatives_in = self.close_relatives_in

        else:
            close_relatives_in = self.close_relatives_in

        occupations: list[str] | None | Unset
        if isinstance(self.occupations, Unset):
            occupations = UNSET
        elif isinstance(self.occupations, list):
            occupations = self.occupations

        else:
            occupations = self.occupations

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if citizenship is not UNSET:
            field_dict["citizenship"] = citizenship
        if residence_status is not UNSET:
            field_dict["residence_status"] = residence_status
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if stays_abroad is not UNSET:
            field_dict["stays_abroad"] = stays_abroad
        if application_date is not UNSET:
            field_dict["application_date"] = application_date
        if grants_received is not UNSET:
            field_dict["grants_received"] = grants_received
        if isced_level is not UNSET:
            field_dict["isced_level"] = isced_level
        if experience_months is not UNSET:
            field_dict["experience_months"] = experience_months
        if languages is not UNSET:
            field_dict["languages"] = languages
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if close_relatives_in is not UNSET:
            field_dict["close_relatives_in"] = close_relatives_in
        if occupations is not UNSET:
            field_dict["occupations"] = occupations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate_fact import CertificateFact  # noqa: PLC0415
        from ..models.language_fact import LanguageFact  # noqa: PLC0415
        from ..models.stay_fact import StayFact  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_citizenship(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        citizenship = _parse_citizenship(d.pop("citizenship", UNSET))

        def _parse_residence_status(data: object) -> None | ResidenceStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                residence_status_type_1 = ResidenceStatus(data)

                return residence_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResidenceStatus | Unset, data)

        residence_status = _parse_residence_status(d.pop("residence_status", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        def _parse_stays_abroad(data: object) -> list[StayFact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stays_abroad_type_0 = []
                _stays_abroad_type_0 = data
                for stays_abroad_type_0_item_data in _stays_abroad_type_0:
                    stays_abroad_type_0_item = StayFact.from_dict(stays_abroad_type_0_item_data)

                    stays_abroad_type_0.append(stays_abroad_type_0_item)

                return stays_abroad_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StayFact] | None | Unset, data)

        stays_abroad = _parse_stays_abroad(d.pop("stays_abroad", UNSET))

        def _parse_application_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_date_type_0 = datetime.date.fromisoformat(data)

                return application_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        application_date = _parse_application_date(d.pop("application_date", UNSET))

        def _parse_grants_received(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grants_received = _parse_grants_received(d.pop("grants_received", UNSET))

        def _parse_isced_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        isced_level = _parse_isced_level(d.pop("isced_level", UNSET))

        def _parse_experience_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        experience_months = _parse_experience_months(d.pop("experience_months", UNSET))

        def _parse_languages(data: object) -> list[LanguageFact] | None | Unset:
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
                    languages_type_0_item = LanguageFact.from_dict(languages_type_0_item_data)

                    languages_type_0.append(languages_type_0_item)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LanguageFact] | None | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

        def _parse_certificates(data: object) -> list[CertificateFact] | None | Unset:
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
                    certificates_type_0_item = CertificateFact.from_dict(certificates_type_0_item_data)

                    certificates_type_0.append(certificates_type_0_item)

                return certificates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CertificateFact] | None | Unset, data)

        certificates = _parse_certificates(d.pop("certificates", UNSET))

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

        facts = cls(
            citizenship=citizenship,
            residence_status=residence_status,
            date_of_birth=date_of_birth,
            stays_abroad=stays_abroad,
            application_date=application_date,
            grants_received=grants_received,
            isced_level=isced_level,
            experience_months=experience_months,
            languages=languages,
            certificates=certificates,
            close_relatives_in=close_relatives_in,
            occupations=occupations,
        )

        return facts
