from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permit_type import PermitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PermitPatch")


@_attrs_define
class PermitPatch:
    """A merge patch of a residence permit: any subset of its fields; `valid_until`
    and `note` may be cleared with `null` (a permit without an end must be
    `permanent`).

        Example:
            {'valid_until': datetime.date(2027, 2, 28)}

        Attributes:
            type_ (PermitType | Unset): The grounds of a residence permit.
            number (str | Unset):
            issued_on (datetime.date | Unset):
            valid_until (datetime.date | None | Unset):
            issuing_authority (str | Unset):
            note (None | str | Unset):
    """

    type_: PermitType | Unset = UNSET
    number: str | Unset = UNSET
    issued_on: datetime.date | Unset = UNSET
    valid_until: datetime.date | None | Unset = UNSET
    issuing_authority: str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        number = self.number

        issued_on: str | Unset = UNSET
        if not isinstance(self.issued_on, Unset):
            issued_on = self.issued_on.isoformat()

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        issuing_authority = self.issuing_authority

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if number is not UNSET:
            field_dict["number"] = number
        if issued_on is not UNSET:
            field_dict["issued_on"] = issued_on
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if issuing_authority is not UNSET:
            field_dict["issuing_authority"] = issuing_authority
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PermitType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PermitType(_type_)

        number = d.pop("number", UNSET)

        _issued_on = d.pop("issued_on", UNSET)
        issued_on: datetime.date | Unset
        if isinstance(_issued_on, Unset):
            issued_on = UNSET
        else:
            issued_on = datetime.date.fromisoformat(_issued_on)

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

        issuing_authority = d.pop("issuing_authority", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        permit_patch = cls(
            type_=type_,
            number=number,
            issued_on=issued_on,
            valid_until=valid_until,
            issuing_authority=issuing_authority,
            note=note,
        )

        permit_patch.additional_properties = d
        return permit_patch

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
