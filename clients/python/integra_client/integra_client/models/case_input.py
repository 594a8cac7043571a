from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseInput")


@_attrs_define
class CaseInput:
    """A case as a client opens it.

    Example:
        {'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80',
            'registered_on': datetime.date(2026, 1, 31)}

    Attributes:
        person_id (UUID):
        programme_id (UUID):
        registered_on (datetime.date | None | Unset): The application date: today by default; past dates allowed
            (records first kept on paper), never a future one. Example: 2026-01-31.
    """

    person_id: UUID
    programme_id: UUID
    registered_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        programme_id = str(self.programme_id)

        registered_on: None | str | Unset
        if isinstance(self.registered_on, Unset):
            registered_on = UNSET
        elif isinstance(self.registered_on, datetime.date):
            registered_on = self.registered_on.isoformat()
        else:
            registered_on = self.registered_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "programme_id": programme_id,
            }
        )
        if registered_on is not UNSET:
            field_dict["registered_on"] = registered_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        programme_id = UUID(d.pop("programme_id"))

        def _parse_registered_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registered_on_type_0 = datetime.date.fromisoformat(data)

                return registered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        registered_on = _parse_registered_on(d.pop("registered_on", UNSET))

        case_input = cls(
            person_id=person_id,
            programme_id=programme_id,
            registered_on=registered_on,
        )

        return case_input
