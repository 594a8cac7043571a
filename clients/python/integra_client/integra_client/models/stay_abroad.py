from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_status import LegalStatus
from ..models.return_type import ReturnType

T = TypeVar("T", bound="StayAbroad")


@_attrs_define
class StayAbroad:
    """A stay abroad as the API shows it.

    Example:
        {'country': 'DE', 'created_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'end_date': datetime.date(2024, 5, 20), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e60', 'legal_status': 'irregular', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'return_type': 'assisted_voluntary_return', 'start_date':
            datetime.date(2019, 3, 1), 'updated_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        person_id (UUID):
        country (str):
        start_date (datetime.date):
        end_date (datetime.date | None):
        legal_status (LegalStatus): The person's legal status in the country of stay.
        return_type (None | ReturnType):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    country: str
    start_date: datetime.date
    end_date: datetime.date | None
    legal_status: LegalStatus
    return_type: None | ReturnType
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        country = self.country

        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        legal_status = self.legal_status.value

        return_type: None | str
        if isinstance(self.return_type, ReturnType):
            return_type = self.return_type.value
        else:
            return_type = self.return_type

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "person_id": person_id,
                "country": country,
                "start_date": start_date,
                "end_date": end_date,
                "legal_status": legal_status,
                "return_type": return_type,
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

        country = d.pop("country")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        legal_status = LegalStatus(d.pop("legal_status"))

        def _parse_return_type(data: object) -> None | ReturnType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return_type_type_1 = ReturnType(data)

                return return_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReturnType, data)

        return_type = _parse_return_type(d.pop("return_type"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        stay_abroad = cls(
            id=id,
            person_id=person_id,
            country=country,
            start_date=start_date,
            end_date=end_date,
            legal_status=legal_status,
            return_type=return_type,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        stay_abroad.additional_properties = d
        return stay_abroad

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
