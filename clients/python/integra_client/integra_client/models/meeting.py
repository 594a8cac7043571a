from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_kind import MeetingKind

if TYPE_CHECKING:
    from ..models.action_item import ActionItem
    from ..models.decision import Decision
    from ..models.member import Member


T = TypeVar("T", bound="Meeting")


@_attrs_define
class Meeting:
    """A meeting as the API shows it, with its action items.

    Example:
        {'action_items': [], 'agenda': ['Progress against the results framework', 'Risks'], 'created_at':
            datetime.datetime(2026, 11, 20, 16, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'decisions':
            [{'endorses': 'method', 'text': 'The sustainability survey method is endorsed'}], 'held_on': datetime.date(2026,
            11, 20), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1', 'kind': 'steering_committee', 'members': [{'name':
            'Giorgi Maisuradze', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'user_id': None}], 'project_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'updated_at': datetime.datetime(2026, 11, 20, 16, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        project_id (UUID):
        held_on (datetime.date):
        kind (MeetingKind): What kind of meeting it was.
        members (list[Member]):
        agenda (list[str]):
        decisions (list[Decision]):
        action_items (list[ActionItem]):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    project_id: UUID
    held_on: datetime.date
    kind: MeetingKind
    members: list[Member]
    agenda: list[str]
    decisions: list[Decision]
    action_items: list[ActionItem]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_id = str(self.project_id)

        held_on = self.held_on.isoformat()

        kind = self.kind.value

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        agenda = self.agenda

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)

        action_items = []
        for action_items_item_data in self.action_items:
            action_items_item = action_items_item_data.to_dict()
            action_items.append(action_items_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "held_on": held_on,
                "kind": kind,
                "members": members,
                "agenda": agenda,
                "decisions": decisions,
                "action_items": action_items,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item import ActionItem  # noqa: PLC0415
        from ..models.decision import Decision  # noqa: PLC0415
        from ..models.member import Member  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        kind = MeetingKind(d.pop("kind"))

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = Member.from_dict(members_item_data)

            members.append(members_item)

        agenda = cast(list[str], d.pop("agenda"))

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in _decisions:
            decisions_item = Decision.from_dict(decisions_item_data)

            decisions.append(decisions_item)

        action_items = []
        _action_items = d.pop("action_items")
        for action_items_item_data in _action_items:
            action_items_item = ActionItem.from_dict(action_items_item_data)

            action_items.append(action_items_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        meeting = cls(
            id=id,
            project_id=project_id,
            held_on=held_on,
            kind=kind,
            members=members,
            agenda=agenda,
            decisions=decisions,
            action_items=action_items,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        meeting.additional_properties = d
        return meeting

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
