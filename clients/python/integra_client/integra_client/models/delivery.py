from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_outcome import DeliveryOutcome

T = TypeVar("T", bound="Delivery")


@_attrs_define
class Delivery:
    """One delivery attempt.

    Example:
        {'attempt': 1, 'attempted_at': datetime.datetime(2026, 3, 2, 10, 15, 1,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'error': 'the receiver answered 503', 'event_cursor':
            'AAAAAAAAACo', 'event_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0', 'event_type': 'case.opened', 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f61', 'latency_ms': 42, 'outcome': 'failed', 'status_code': 503}

    Attributes:
        id (UUID):
        event_id (UUID):
        event_type (str):
        event_cursor (str): The event's feed cursor.
        attempt (int): 1 for the first attempt at this event, then 2, 3, ...
        attempted_at (datetime.datetime):
        outcome (DeliveryOutcome): How one delivery attempt ended.
        status_code (int | None): The receiver's HTTP status; `null` when it gave none.
        latency_ms (int):
        error (None | str): What went wrong; `null` when delivered.
    """

    id: UUID
    event_id: UUID
    event_type: str
    event_cursor: str
    attempt: int
    attempted_at: datetime.datetime
    outcome: DeliveryOutcome
    status_code: int | None
    latency_ms: int
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        event_id = str(self.event_id)

        event_type = self.event_type

        event_cursor = self.event_cursor

        attempt = self.attempt

        attempted_at = self.attempted_at.isoformat()

        outcome = self.outcome.value

        status_code: int | None
        status_code = self.status_code

        latency_ms = self.latency_ms

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_id": event_id,
                "event_type": event_type,
                "event_cursor": event_cursor,
                "attempt": attempt,
                "attempted_at": attempted_at,
                "outcome": outcome,
                "status_code": status_code,
                "latency_ms": latency_ms,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        event_id = UUID(d.pop("event_id"))

        event_type = d.pop("event_type")

        event_cursor = d.pop("event_cursor")

        attempt = d.pop("attempt")

        attempted_at = datetime.datetime.fromisoformat(d.pop("attempted_at"))

        outcome = DeliveryOutcome(d.pop("outcome"))

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        latency_ms = d.pop("latency_ms")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        delivery = cls(
            id=id,
            event_id=event_id,
            event_type=event_type,
            event_cursor=event_cursor,
            attempt=attempt,
            attempted_at=attempted_at,
            outcome=outcome,
            status_code=status_code,
            latency_ms=latency_ms,
            error=error,
        )

        delivery.additional_properties = d
        return delivery

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
