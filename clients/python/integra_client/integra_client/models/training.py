from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_topic import TrainingTopic

T = TypeVar("T", bound="Training")


@_attrs_define
class Training:
    """A training as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 2, 20, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'ends_on': datetime.date(2026, 3, 4), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0', 'organiser_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'participants': 12, 'recorded_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'starts_on': datetime.date(2026, 3, 2), 'title': 'Case management for
            reintegration counsellors', 'topic': 'case_management', 'updated_at': datetime.datetime(2026, 2, 20, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'venue': 'Ministry training centre, Tbilisi', 'version':
            1}

    Attributes:
        id (UUID):
        title (str):
        topic (TrainingTopic): What a training is about.
        starts_on (datetime.date):
        ends_on (datetime.date):
        organiser_organisation_id (UUID):
        venue (str):
        participants (int): How many participants are recorded (`/trainings/{id}/participants`).
        recorded_by (UUID): The user who recorded it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    topic: TrainingTopic
    starts_on: datetime.date
    ends_on: datetime.date
    organiser_organisation_id: UUID
    venue: str
    participants: int
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        topic = self.topic.value

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        organiser_organisation_id = str(self.organiser_organisation_id)

        venue = self.venue

        participants = self.participants

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "topic": topic,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "organiser_organisation_id": organiser_organisation_id,
                "venue": venue,
                "participants": participants,
                "recorded_by": recorded_by,
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

        title = d.pop("title")

        topic = TrainingTopic(d.pop("topic"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        organiser_organisation_id = UUID(d.pop("organiser_organisation_id"))

        venue = d.pop("venue")

        participants = d.pop("participants")

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        training = cls(
            id=id,
            title=title,
            topic=topic,
            starts_on=starts_on,
            ends_on=ends_on,
            organiser_organisation_id=organiser_organisation_id,
            venue=venue,
            participants=participants,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        training.additional_properties = d
        return training

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
