from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditRecord")


@_attrs_define
class AuditRecord:
    """One recorded read or change.

    Example:
        {'action': 'person.read', 'actor_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01', 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'occurred_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'record_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'record_type': 'person', 'request_id': '3f0c2a8e-1d2b-4c5e-9f00-5a1b2c3d4e5f'}

    Attributes:
        id (UUID):
        occurred_at (datetime.datetime):
        actor_id (None | UUID): The user or service account; `null` for the system itself.
        action (str): What happened: `person.read`, `person.created`, `case.status_changed`, ...
        record_type (str):
        record_id (None | UUID):
        request_id (None | str): The `X-Request-Id` of the request that did it.
    """

    id: UUID
    occurred_at: datetime.datetime
    actor_id: None | UUID
    action: str
    record_type: str
    record_id: None | UUID
    request_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        occurred_at = self.occurred_at.isoformat()

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        action = self.action

        record_type = self.record_type

        record_id: None | str
        if isinstance(self.record_id, UUID):
            record_id = str(self.record_id)
        else:
            record_id = self.record_id

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "actor_id": actor_id,
                "action": action,
                "record_type": record_type,
                "record_id": record_id,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        action = d.pop("action")

        record_type = d.pop("record_type")

        def _parse_record_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                record_id_type_0 = UUID(data)

                return record_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        record_id = _parse_record_id(d.pop("record_id"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        audit_record = cls(
            id=id,
            occurred_at=occurred_at,
            actor_id=actor_id,
            action=action,
            record_type=record_type,
            record_id=record_id,
            request_id=request_id,
        )

        audit_record.additional_properties = d
        return audit_record

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
