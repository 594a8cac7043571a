from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_status import LegalStatus
from ..models.return_type import ReturnType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StayPatch")


@_attrs_define
class StayPatch:
    """A merge patch of a stay abroad: any subset of its fields.

    Example:
        {'end_date': datetime.date(2024, 6, 1), 'return_type': 'spontaneous'}

    Attributes:
        country (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | None | Unset):
        legal_status (LegalStatus | Unset): The person's legal status in the country of stay.
        return_type (None | ReturnType | Unset):
    """

    country: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    legal_status: LegalStatus | Unset = UNSET
    return_type: None | ReturnType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        legal_status: str | Unset = UNSET
        if not isinstance(self.legal_status, Unset):
            legal_status = self.legal_status.value

        return_type: None | str | Unset
        if isinstance(self.return_type, Unset):
            return_type = UNSET
        elif isinstance(self.return_type, ReturnType):
            return_type = self.return_type.value
        else:
            return_type = self.return_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if legal_status is not UNSET:
            field_dict["legal_status"] = legal_status
        if return_type is not UNSET:
            field_dict["return_type"] = return_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        _legal_status = d.pop("legal_status", UNSET)
        legal_status: LegalStatus | Unset
        if isinstance(_legal_status, Unset):
            legal_status = UNSET
        else:
            legal_status = LegalStatus(_legal_status)

        def _parse_return_type(data: object) -> None | ReturnType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                return_type_type_1 = ReturnType(data)

                return return_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReturnType | Unset, data)

        return_type = _parse_return_type(d.pop("return_type", UNSET))

        stay_patch = cls(
            country=country,
            start_date=start_date,
            end_date=end_date,
            legal_status=legal_status,
            return_type=return_type,
        )

        stay_patch.additional_properties = d
        return stay_patch

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
