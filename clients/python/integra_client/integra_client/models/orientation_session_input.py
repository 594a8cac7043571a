from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrientationSessionInput")


@_attrs_define
class OrientationSessionInput:
    """An orientation session as a client sends it.

    Example:
        {'held_on': datetime.date(2027, 2, 15), 'scheme_id': '00000000-0000-7000-8000-000000000402', 'topics':
            'Contract, rights of workers in Israel, health insurance, return', 'venue': 'Tbilisi, Ministry building, room
            12'}

    Attributes:
        scheme_id (UUID): The scheme whose applicants it prepares.
        held_on (datetime.date): The day it is (or was) held; a future day plans it. Example: 2027-02-15.
        venue (str):
        topics (str): What it covers.
    """

    scheme_id: UUID
    held_on: datetime.date
    venue: str
    topics: str

    def to_dict(self) -> dict[str, Any]:
        scheme_id = str(self.scheme_id)

        held_on = self.held_on.isoformat()

        venue = self.venue

        topics = self.topics

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheme_id": scheme_id,
                "held_on": held_on,
                "venue": venue,
                "topics": topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheme_id = UUID(d.pop("scheme_id"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        venue = d.pop("venue")

        topics = d.pop("topics")

        orientation_session_input = cls(
            scheme_id=scheme_id,
            held_on=held_on,
            venue=venue,
            topics=topics,
        )

        return orientation_session_input
