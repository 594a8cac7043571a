from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A subscription (its secret is shown only when it is created).

    Example:
        {'created_at': datetime.datetime(2026, 3, 2, 10, 15, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'cursor': 'AAAAAAAAACo', 'description': 'Public service registry', 'disabled_at': None, 'disabled_reason': None,
            'event_types': ['case.opened', 'case.status_changed'], 'failing_since': None, 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60', 'next_attempt_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'owner_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02',
            'status': 'active', 'updated_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'url': 'https://registry.example.gov.ge/integra/events',
            'version': 1}

    Attributes:
        id (UUID):
        url (str):
        event_types (list[str]): Delivered event types; every event when empty.
        description (None | str):
        status (WebhookStatus): Whether a subscription is delivered to.
        cursor (str): The feed cursor of the last event delivered (or passed over as not
            followed): delivery goes on after it.
        failing_since (datetime.datetime | None): When the current run of failed attempts began; `null` when the last
            attempt succeeded.
        next_attempt_at (datetime.datetime): When the next attempt is due (after a failure: the backoff).
        disabled_at (datetime.datetime | None):
        disabled_reason (None | str): Why it was disabled: `failing` (a day of failures) or `owner_cannot_read_events`.
        owner_id (UUID): Who subscribed (an administrator or a service account).
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    url: str
    event_types: list[str]
    description: None | str
    status: WebhookStatus
    cursor: str
    failing_since: datetime.datetime | None
    next_attempt_at: datetime.datetime
    disabled_at: datetime.datetime | None
    disabled_reason: None | str
    owner_id: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        event_types = self.event_types

        description: None | str
        description = self.description

        status = self.status.value

        cursor = self.cursor

        failing_since: None | str
        if isinstance(self.failing_since, datetime.datetime):
            failing_since = self.failing_since.isoformat()
        else:
            failing_since = self.failing_since

        next_attempt_at = self.next_attempt_at.isoformat()

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        disabled_reason: None | str
        disabled_reason = self.disabled_reason

        owner_id = str(self.owner_id)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "event_types": event_types,
                "description": description,
                "status": status,
                "cursor": cursor,
                "failing_since": failing_since,
                "next_attempt_at": next_attempt_at,
                "disabled_at": disabled_at,
                "disabled_reason": disabled_reason,
                "owner_id": owner_id,
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

        url = d.pop("url")

        event_types = cast(list[str], d.pop("event_types"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        status = WebhookStatus(d.pop("status"))

        cursor = d.pop("cursor")

        def _parse_failing_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failing_since_type_0 = datetime.datetime.fromisoformat(data)

                return failing_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        failing_since = _parse_failing_since(d.pop("failing_since"))

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)

                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))

        def _parse_disabled_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        owner_id = UUID(d.pop("owner_id"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        webhook = cls(
            id=id,
            url=url,
            event_types=event_types,
            description=description,
            status=status,
            cursor=cursor,
            failing_since=failing_since,
            next_attempt_at=next_attempt_at,
            disabled_at=disabled_at,
            disabled_reason=disabled_reason,
            owner_id=owner_id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook.additional_properties = d
        return webhook

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
