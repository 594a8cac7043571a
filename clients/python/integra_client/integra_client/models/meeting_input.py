from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_kind import MeetingKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_item_input import ActionItemInput
    from ..models.decision import Decision
    from ..models.member import Member


T = TypeVar("T", bound="MeetingInput")


@_attrs_define
class MeetingInput:
    """A meeting as a client records it (its action items with it).

    Example:
        {'action_items': [{'due_on': datetime.date(2026, 12, 15), 'owner_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'text': 'Circulate the revised work plan'}], 'agenda': ['Progress
            against the results framework', 'Risks'], 'decisions': [{'endorses': 'method', 'text': 'The sustainability
            survey method is endorsed'}], 'held_on': datetime.date(2026, 11, 20), 'kind': 'steering_committee', 'members':
            [{'name': 'Giorgi Maisuradze', 'organisation_id': '01900000-0000-7000-8000-000000000001'}]}

    Attributes:
        held_on (datetime.date): Not in the future.
        kind (MeetingKind): What kind of meeting it was.
        members (list[Member] | Unset):
        agenda (list[str] | Unset):
        decisions (list[Decision] | Unset):
        action_items (list[ActionItemInput] | Unset):
    """

    held_on: datetime.date
    kind: MeetingKind
    members: list[Member] | Unset = UNSET
    agenda: list[str] | Unset = UNSET
    decisions: list[Decision] | Unset = UNSET
    action_items: list[ActionItemInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        kind = self.kind.value

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        agenda: list[str] | Unset = UNSET
        if not isinstance(self.agenda, Unset):
            agenda = self.agenda

        decisions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.decisions, Unset):
            decisions = []
            for decisions_item_data in self.decisions:
                decisions_item = decisions_item_data.to_dict()
                decisions.append(decisions_item)

        action_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_items, Unset):
            action_items = []
            for action_items_item_data in self.action_items:
                action_items_item = action_items_item_data.to_dict()
                action_items.append(action_items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held_on": held_on,
                "kind": kind,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members
        if agenda is not UNSET:
            field_dict["agenda"] = agenda
        if decisions is not UNSET:
            field_dict["decisions"] = decisions
        if action_items is not UNSET:
            field_dict["action_items"] = action_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item_input import ActionItemInput  # noqa: PLC0415
        from ..models.decision import Decision  # noqa: PLC0415
        from ..models.member import Member  # noqa: PLC0415

        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        kind = MeetingKind(d.pop("kind"))

        _members = d.pop("members", UNSET)
        members: list[Member] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = Member.from_dict(members_item_data)

                members.append(members_item)

        agenda = cast(list[str], d.pop("agenda", UNSET))

        _decisions = d.pop("decisions", UNSET)
        decisions: list[Decision] | Unset = UNSET
        if _decisions is not UNSET:
            decisions = []
            for decisions_item_data in _decisions:
                decisions_item = Decision.from_dict(decisions_item_data)

                decisions.append(decisions_item)

        _action_items = d.pop("action_items", UNSET)
        action_items: list[ActionItemInput] | Unset = UNSET
        if _action_items is not UNSET:
            action_items = []
            for action_items_item_data in _action_items:
                action_items_item = ActionItemInput.from_dict(action_items_item_data)

                action_items.append(action_items_item)

        meeting_input = cls(
            held_on=held_on,
            kind=kind,
            members=members,
            agenda=agenda,
            decisions=decisions,
            action_items=action_items,
        )

        return meeting_input
