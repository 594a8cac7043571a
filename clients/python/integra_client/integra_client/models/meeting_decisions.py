from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_kind import MeetingKind

if TYPE_CHECKING:
    from ..models.decision import Decision


T = TypeVar("T", bound="MeetingDecisions")


@_attrs_define
class MeetingDecisions:
    """The decisions of one meeting.

    Example:
        {'decisions': [{'endorses': 'method', 'text': 'The survey method is endorsed'}], 'held_on': datetime.date(2026,
            11, 20), 'kind': 'steering_committee', 'meeting_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff1'}

    Attributes:
        meeting_id (UUID):
        held_on (datetime.date):
        kind (MeetingKind): What kind of meeting it was.
        decisions (list[Decision]):
    """

    meeting_id: UUID
    held_on: datetime.date
    kind: MeetingKind
    decisions: list[Decision]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = str(self.meeting_id)

        held_on = self.held_on.isoformat()

        kind = self.kind.value

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
                "held_on": held_on,
                "kind": kind,
                "decisions": decisions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision import Decision  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = UUID(d.pop("meeting_id"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        kind = MeetingKind(d.pop("kind"))

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in _decisions:
            decisions_item = Decision.from_dict(decisions_item_data)

            decisions.append(decisions_item)

        meeting_decisions = cls(
            meeting_id=meeting_id,
            held_on=held_on,
            kind=kind,
            decisions=decisions,
        )

        meeting_decisions.additional_properties = d
        return meeting_decisions

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
