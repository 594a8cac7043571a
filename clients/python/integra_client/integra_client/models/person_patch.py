from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.residence_status import ResidenceStatus
from ..models.sex import Sex
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="PersonPatch")


@_attrs_define
class PersonPatch:
    """A merge patch of a person: any subset of the writable fields.

    Example:
        {'phone': '+995 599 11 22 33', 'region': 'GE-TB'}

    Attributes:
        personal_number (None | str | Unset):
        given_name (str | Unset):
        family_name (str | Unset):
        date_of_birth (datetime.date | None | Unset):
        sex (None | Sex | Unset):
        citizenship (None | str | Unset):
        residence_status (None | ResidenceStatus | Unset):
        region (None | str | Unset):
        phone (None | str | Unset):
        external_ids (list[ExternalId] | None | Unset):
    """

    personal_number: None | str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    sex: None | Sex | Unset = UNSET
    citizenship: None | str | Unset = UNSET
    residence_status: None | ResidenceStatus | Unset = UNSET
    region: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    external_ids: list[ExternalId] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        personal_number: None | str | Unset
        if isinstance(self.personal_number, Unset):
            personal_number = UNSET
        else:
            personal_number = self.personal_number

        given_name = self.given_name

        family_name = self.family_name

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

        external_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_ids, Unset):
            external_ids = UNSET
        elif isinstance(self.external_ids, list):
            external_ids = []
            for external_ids_type_0_item_data in self.external_ids:
                external_ids_type_0_item = external_ids_type_0_item_data.to_dict()
                external_ids.append(external_ids_type_0_item)

        else:
            external_ids = self.external_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if personal_number is not UNSET:
            field_dict["personal_number"] = personal_number
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
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

        def _parse_personal_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_number = _parse_personal_number(d.pop("personal_number", UNSET))

        given_name = d.pop("given_name", UNSET)

        family_name = d.pop("family_name", UNSET)

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

        def _parse_external_ids(data: object) -> list[ExternalId] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                external_ids_type_0 = []
                _external_ids_type_0 = data
                for external_ids_type_0_item_data in _external_ids_type_0:
                    external_ids_type_0_item = ExternalId.from_dict(external_ids_type_0_item_data)

                    external_ids_type_0.append(external_ids_type_0_item)

                return external_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExternalId] | None | Unset, data)

        external_ids = _parse_external_ids(d.pop("external_ids", UNSET))

        person_patch = cls(
            personal_number=personal_number,
            given_name=given_name,
            family_name=family_name,
            date_of_birth=date_of_birth,
            sex=sex,
            citizenship=citizenship,
            residence_status=residence_status,
            region=region,
            phone=phone,
            external_ids=external_ids,
        )

        person_patch.additional_properties = d
        return person_patch

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
