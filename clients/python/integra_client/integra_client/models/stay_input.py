from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.legal_status import LegalStatus
from ..models.return_type import ReturnType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StayInput")


@_attrs_define
class StayInput:
    """A stay abroad as a client sends it; `end_date` is the return date, absent while still abroad.

    Example:
        {'country': 'DE', 'end_date': datetime.date(2024, 5, 20), 'legal_status': 'irregular', 'return_type':
            'assisted_voluntary_return', 'start_date': datetime.date(2019, 3, 1)}

    Attributes:
        country (str): ISO 3166-1 alpha-2 code of the country of stay; not GE. Example: DE.
        start_date (datetime.date):  Example: 2019-03-01.
        legal_status (LegalStatus): The person's legal status in the country of stay.
        end_date (datetime.date | None | Unset): The return date; not before `start_date`, not in the future. Example:
            2024-05-20.
        return_type (None | ReturnType | Unset):
    """

    country: str
    start_date: datetime.date
    legal_status: LegalStatus
    end_date: datetime.date | None | Unset = UNSET
    return_type: None | ReturnType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        start_date = self.start_date.isoformat()

        legal_status = self.legal_status.value

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        return_type: None | str | Unset
        if isinstance(self.return_type, Unset):
            return_type = UNSET
        elif isinstance(self.return_type, ReturnType):
            return_type = self.return_type.value
        else:
            return_type = self.return_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country": country,
                "start_date": start_date,
                "legal_status": legal_status,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if return_type is not UNSET:
            field_dict["return_type"] = return_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        legal_status = LegalStatus(d.pop("legal_status"))

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

        stay_input = cls(
            country=country,
            start_date=start_date,
            legal_status=legal_status,
            end_date=end_date,
            return_type=return_type,
        )

        return stay_input
