from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.permit_type import PermitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PermitInput")


@_attrs_define
class PermitInput:
    """A residence permit as a client sends it.

    Example:
        {'issued_on': datetime.date(2025, 3, 1), 'issuing_authority': 'Public Service Development Agency', 'note': None,
            'number': 'RP-2025-004211', 'type': 'work', 'valid_until': datetime.date(2026, 2, 28)}

    Attributes:
        type_ (PermitType): The grounds of a residence permit.
        number (str): The permit's number as printed on it. Example: RP-2025-004211.
        issued_on (datetime.date): The day it was issued; not in the future. Example: 2025-03-01.
        issuing_authority (str):  Example: Public Service Development Agency.
        valid_until (datetime.date | None | Unset): The last day it is valid; not before `issued_on`. Required except
            for a
            `permanent` permit, which may have no end. Example: 2026-02-28.
        note (None | str | Unset): Free text about the permit (erased with the person's data).
    """

    type_: PermitType
    number: str
    issued_on: datetime.date
    issuing_authority: str
    valid_until: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        number = self.number

        issued_on = self.issued_on.isoformat()

        issuing_authority = self.issuing_authority

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "number": number,
                "issued_on": issued_on,
                "issuing_authority": issuing_authority,
            }
        )
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = PermitType(d.pop("type"))

        number = d.pop("number")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        issuing_authority = d.pop("issuing_authority")

        def _parse_valid_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("valid_until", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        permit_input = cls(
            type_=type_,
            number=number,
            issued_on=issued_on,
            issuing_authority=issuing_authority,
            valid_until=valid_until,
            note=note,
        )

        return permit_input
