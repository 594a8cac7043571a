from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActionItem")


@_attrs_define
class ActionItem:
    """An action item as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 11, 20, 16, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'done_on': None, 'due_on': datetime.date(2026, 12, 15), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff2',
            'meeting_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1', 'owner_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'project_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'text': 'Circulate
            the revised work plan', 'updated_at': datetime.datetime(2026, 11, 20, 16, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        meeting_id (UUID):
        project_id (UUID):
        text (str):
        owner_organisation_id (UUID):
        due_on (datetime.date):
        done_on (datetime.date | None): When it was done; `null` while open.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    meeting_id: UUID
    project_id: UUID
    text: str
    owner_organisation_id: UUID
    due_on: datetime.date
    done_on: datetime.date | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        meeting_id = str(self.meeting_id)

        project_id = str(self.project_id)

        text = self.text

        owner_organisation_id = str(self.owner_organisation_id)

        due_on = self.due_on.isoformat()

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "meeting_id": meeting_id,
                "project_id": project_id,
                "text": text,
                "owner_organisation_id": owner_organisation_id,
                "due_on": due_on,
                "done_on": done_on,
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

        meeting_id = UUID(d.pop("meeting_id"))

        project_id = UUID(d.pop("project_id"))

        text = d.pop("text")

        owner_organisation_id = UUID(d.pop("owner_organisation_id"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)

                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        action_item = cls(
            id=id,
            meeting_id=meeting_id,
            project_id=project_id,
            text=text,
            owner_organisation_id=owner_organisation_id,
            due_on=due_on,
            done_on=done_on,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        action_item.additional_properties = d
        return action_item

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
