from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AssistanceStep")


@_attrs_define
class AssistanceStep:
    """One step in an item's history.

    Example:
        {'action': 'approve', 'actor_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1', 'occurred_at': datetime.datetime(2026,
            2, 6, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'reason': None}

    Attributes:
        action (str): `propose`, `approve`, `reject`, `deliver` or `cancel`.
        reason (None | str):
        actor_id (UUID):
        occurred_at (datetime.datetime):
    """

    action: str
    reason: None | str
    actor_id: UUID
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        reason: None | str
        reason = self.reason

        actor_id = str(self.actor_id)

        occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "reason": reason,
                "actor_id": actor_id,
                "occurred_at": occurred_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        actor_id = UUID(d.pop("actor_id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        assistance_step = cls(
            action=action,
            reason=reason,
            actor_id=actor_id,
            occurred_at=occurred_at,
        )

        assistance_step.additional_properties = d
        return assistance_step

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
