from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ActionItemInput")


@_attrs_define
class ActionItemInput:
    """An action item as a meeting records it.

    Example:
        {'due_on': datetime.date(2026, 12, 15), 'owner_organisation_id': '01900000-0000-7000-8000-000000000001', 'text':
            'Circulate the revised work plan'}

    Attributes:
        text (str):
        owner_organisation_id (UUID): An existing organisation.
        due_on (datetime.date):
    """

    text: str
    owner_organisation_id: UUID
    due_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        owner_organisation_id = str(self.owner_organisation_id)

        due_on = self.due_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "owner_organisation_id": owner_organisation_id,
                "due_on": due_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        owner_organisation_id = UUID(d.pop("owner_organisation_id"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        action_item_input = cls(
            text=text,
            owner_organisation_id=owner_organisation_id,
            due_on=due_on,
        )

        return action_item_input
