from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.residence_status import ResidenceStatus
from ..models.sex import Sex
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="PersonInput")


@_attrs_define
class PersonInput:
    """The writable fields of a person, as a client sends them (create, replace, merge-patch).

    Example:
        {'citizenship': 'GE', 'date_of_birth': datetime.date(1988, 4, 12), 'external_ids': [{'system': 'readmission-db',
            'value': 'RA-2015-0042'}], 'family_name': 'Beridze', 'given_name': 'Nino', 'personal_number': '01001012345',
            'phone': '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female'}

    Attributes:
        given_name (str):  Example: Nino.
        family_name (str):  Example: Beridze.
        personal_number (None | str | Unset): Georgian personal number: 11 digits, unique. Absent for many foreigners
            and stateless persons. Example: 01001012345.
        date_of_birth (datetime.date | None | Unset): Not in the future. Example: 1988-04-12.
        sex (None | Sex | Unset):
        citizenship (None | str | Unset): ISO 3166-1 alpha-2 country code, or `stateless`. Example: GE.
        residence_status (None | ResidenceStatus | Unset):
        region (None | str | Unset): ISO 3166-2:GE region of residence. Example: GE-IM.
        phone (None | str | Unset): Digits with optional leading `+`, spaces, dashes and parentheses; 5 to 15 digits.
            Example: +995 555 12 34 56.
        external_ids (list[ExternalId] | Unset): Ids in other systems; one per system.
    """

    given_name: str
    family_name: str
    personal_number: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    sex: None | Sex | Unset = UNSET
    citizenship: None | str | Unset = UNSET
    residence_status: None | ResidenceStatus | Unset = UNSET
    region: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        given_name = self.given_name

        family_name = self.family_name

        personal_number: None | str | Unset
        if isinstance(self.personal_number, Unset):
            personal_number = UNSET
        else:
            personal_number = self.personal_number

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex

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

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "given_name": given_name,
                "family_name": family_name,
            }
        )
        if personal_number is not UNSET:
            field_dict["personal_number"] = personal_number
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if sex is not UNSET:
            field_dict["sex"] = sex
        if citizenship is not UNSET:
            field_dict["citizenship"] = citizenship
        if residence_status is not UNSET:
            field_dict["residence_status"] = residence_status
        if region is not UNSET:
            field_dict["region"] = region
        if phone is not UNSET:
            field_dict["phone"] = phone
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        given_name = d.pop("given_name")

        family_name = d.pop("family_name")

        def _parse_personal_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_number = _parse_personal_number(d.pop("personal_number", UNSET))

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

        def _parse_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_1 = Sex(data)

                return sex_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

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

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        person_input = cls(
            given_name=given_name,
            family_name=family_name,
            personal_number=personal_number,
            date_of_birth=date_of_birth,
            sex=sex,
            citizenship=citizenship,
            residence_status=residence_status,
            region=region,
            phone=phone,
            external_ids=external_ids,
        )

        return person_input
