from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.codes import Codes


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """An event of the feed.

    Example:
        {'codes': {'status': 'approved', 'type': 'micro_business'}, 'cursor': 'AAAAAAAAAAAAAAAAAAAAKg', 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0', 'occurred_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'record_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10',
            'record_type': 'assistance', 'type': 'assistance.approved', 'version': 2}

    Attributes:
        id (UUID): The event's own id: the same on every read of it (deduplicate by it).
        cursor (str): Pass as `after` to read the events after this one.
        type_ (str): What happened: `person.created`, `case.status_changed`, ...
        occurred_at (datetime.datetime): When the change was committed (the write's time, to the second).
        record_type (str): The kind of the record changed (`person`, `case`, `assistance`, ...).
        record_id (UUID):
        version (int | None): The record's version after the change; `null` when the write gives
            none (a deletion, a change of several records).
        codes (Codes): The codes of a record that an event may carry: closed sets, never
            personal values. Example: {'status': 'approved', 'type': 'micro_business'}.
    """

    id: UUID
    cursor: str
    type_: str
    occurred_at: datetime.datetime
    record_type: str
    record_id: UUID
    version: int | None
    codes: Codes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cursor = self.cursor

        type_ = self.type_

        occurred_at = self.occurred_at.isoformat()

        record_type = self.record_type

        record_id = str(self.record_id)

        version: int | None
        version = self.version

        codes = self.codes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cursor": cursor,
                "type": type_,
                "occurred_at": occurred_at,
                "record_type": record_type,
                "record_id": record_id,
                "version": version,
                "codes": codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.codes import Codes  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        cursor = d.pop("cursor")

        type_ = d.pop("type")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        record_type = d.pop("record_type")

        record_id = UUID(d.pop("record_id"))

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        codes = Codes.from_dict(d.pop("codes"))

        event = cls(
            id=id,
            cursor=cursor,
            type_=type_,
            occurred_at=occurred_at,
            record_type=record_type,
            record_id=record_id,
            version=version,
            codes=codes,
        )

        event.additional_properties = d
        return event

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
