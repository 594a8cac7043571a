from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permit_type import PermitType

T = TypeVar("T", bound="ResidencePermit")


@_attrs_define
class ResidencePermit:
    """A residence permit as the API shows it.

    Example:
        {'created_at': datetime.datetime(2025, 3, 2, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0', 'issued_on': datetime.date(2025, 3, 1), 'issuing_authority': 'Public
            Service Development Agency', 'note': None, 'number': 'RP-2025-004211', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'type': 'work',
            'updated_at': datetime.datetime(2025, 3, 2, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'valid_until': datetime.date(2026, 2, 28), 'version': 1}

    Attributes:
        id (UUID):
        person_id (UUID):
        type_ (PermitType): The grounds of a residence permit.
        number (str):
        issued_on (datetime.date):
        valid_until (datetime.date | None): `null` for a permanent permit without an end.
        issuing_authority (str):
        note (None | str):
        recorded_by (UUID): The user who recorded it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    type_: PermitType
    number: str
    issued_on: datetime.date
    valid_until: datetime.date | None
    issuing_authority: str
    note: None | str
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        type_ = self.type_.value

        number = self.number

        issued_on = self.issued_on.isoformat()

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        issuing_authority = self.issuing_authority

        note: None | str
        note = self.note

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "person_id": person_id,
                "type": type_,
                "number": number,
                "issued_on": issued_on,
                "valid_until": valid_until,
                "issuing_authority": issuing_authority,
                "note": note,
                "recorded_by": recorded_by,
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

        type_ = PermitType(d.pop("type"))

        number = d.pop("number")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))

        issuing_authority = d.pop("issuing_authority")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        residence_permit = cls(
            id=id,
            person_id=person_id,
            type_=type_,
            number=number,
            issued_on=issued_on,
            valid_until=valid_until,
            issuing_authority=issuing_authority,
            note=note,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        residence_permit.additional_properties = d
        return residence_permit

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
