from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.training_topic import TrainingTopic

T = TypeVar("T", bound="TrainingInput")


@_attrs_define
class TrainingInput:
    """A training as a client records it.

    Example:
        {'ends_on': datetime.date(2026, 3, 4), 'organiser_organisation_id': '01900000-0000-7000-8000-000000000001',
            'starts_on': datetime.date(2026, 3, 2), 'title': 'Case management for reintegration counsellors', 'topic':
            'case_management', 'venue': 'Ministry training centre, Tbilisi'}

    Attributes:
        title (str):
        topic (TrainingTopic): What a training is about.
        starts_on (datetime.date): The first day (a training may be planned ahead). Example: 2026-03-02.
        ends_on (datetime.date): The last day, not before `starts_on`. Example: 2026-03-04.
        organiser_organisation_id (UUID): The organisation that organises it; an existing organisation.
        venue (str):  Example: Ministry training centre, Tbilisi.
    """

    title: str
    topic: TrainingTopic
    starts_on: datetime.date
    ends_on: datetime.date
    organiser_organisation_id: UUID
    venue: str

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        topic = self.topic.value

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        organiser_organisation_id = str(self.organiser_organisation_id)

        venue = self.venue

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "topic": topic,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "organiser_organisation_id": organiser_organisation_id,
                "venue": venue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        topic = TrainingTopic(d.pop("topic"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        organiser_organisation_id = UUID(d.pop("organiser_organisation_id"))

        venue = d.pop("venue")

        training_input = cls(
            title=title,
            topic=topic,
            starts_on=starts_on,
            ends_on=ends_on,
            organiser_organisation_id=organiser_organisation_id,
            venue=venue,
        )

        return training_input
