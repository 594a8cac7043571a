from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.residence_status import ResidenceStatus
from ..models.sex import Sex

if TYPE_CHECKING:
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """A person as the API shows it.

    Example:
        {'citizenship': 'GE', 'created_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'date_of_birth': datetime.date(1988, 4, 12),
            'external_ids': [{'system': 'readmission-db', 'value': 'RA-2015-0042'}], 'family_name': 'Beridze', 'given_name':
            'Nino', 'household_id': None, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'personal_number': '01001012345',
            'phone': '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female', 'updated_at':
            datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        personal_number (None | str):
        given_name (str):
        family_name (str):
        date_of_birth (datetime.date | None):
        sex (None | Sex):
        citizenship (None | str):
        residence_status (None | ResidenceStatus):
        region (None | str):
        phone (None | str):
        household_id (None | UUID):
        external_ids (list[ExternalId]):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    personal_number: None | str
    given_name: str
    family_name: str
    date_of_birth: datetime.date | None
    sex: None | Sex
    citizenship: None | str
    residence_status: None | ResidenceStatus
    region: None | str
    phone: None | str
    household_id: None | UUID
    external_ids: list[ExternalId]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        personal_number: None | str
        personal_number = self.personal_number

        given_name = self.given_name

        family_name = self.family_name

        date_of_birth: None | str
        if isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        sex: None | str
        if isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex

        citizenship: None | str
        citizenship = self.citizenship

        residence_status: None | str
        if isinstance(self.residence_status, ResidenceStatus):
            residence_status = self.residence_status.value
        else:
            residence_status = self.residence_status

        region: None | str
        region = self.region

        phone: None | str
        phone = self.phone

        household_id: None | str
        if isinstance(self.household_id, UUID):
            household_id = str(self.household_id)
        else:
            household_id = self.household_id

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "personal_number": personal_number,
                "given_name": given_name,
                "family_name": family_name,
                "date_of_birth": date_of_birth,
                "sex": sex,
                "citizenship": citizenship,
                "residence_status": residence_status,
                "region": region,
                "phone": phone,
                "household_id": household_id,
                "external_ids": external_ids,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_personal_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        personal_number = _parse_personal_number(d.pop("personal_number"))

        given_name = d.pop("given_name")

        family_name = d.pop("family_name")

        def _parse_date_of_birth(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth"))

        def _parse_sex(data: object) -> None | Sex:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_1 = Sex(data)

                return sex_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex, data)

        sex = _parse_sex(d.pop("sex"))

        def _parse_citizenship(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        citizenship = _parse_citizenship(d.pop("citizenship"))

        def _parse_residence_status(data: object) -> None | ResidenceStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                residence_status_type_1 = ResidenceStatus(data)

                return residence_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResidenceStatus, data)

        residence_status = _parse_residence_status(d.pop("residence_status"))

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_household_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                household_id_type_0 = UUID(data)

                return household_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        household_id = _parse_household_id(d.pop("household_id"))

        external_ids = []
        _external_ids = d.pop("external_ids")
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalId.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        person = cls(
            id=id,
            personal_number=personal_number,
            given_name=given_name,
            family_name=family_name,
            date_of_birth=date_of_birth,
            sex=sex,
            citizenship=citizenship,
            residence_status=residence_status,
            region=region,
            phone=phone,
            household_id=household_id,
            external_ids=external_ids,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        person.additional_properties = d
        return person

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
