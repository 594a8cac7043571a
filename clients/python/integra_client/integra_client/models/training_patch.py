from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_topic import TrainingTopic
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingPatch")


@_attrs_define
class TrainingPatch:
    """A merge patch of a training: any subset of its writable fields.

    Example:
        {'ends_on': datetime.date(2026, 3, 5), 'venue': 'Kutaisi'}

    Attributes:
        title (str | Unset):
        topic (TrainingTopic | Unset): What a training is about.
        starts_on (datetime.date | Unset):
        ends_on (datetime.date | Unset):
        organiser_organisation_id (UUID | Unset):
        venue (str | Unset):
    """

    title: str | Unset = UNSET
    topic: TrainingTopic | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    ends_on: datetime.date | Unset = UNSET
    organiser_organisation_id: UUID | Unset = UNSET
    venue: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        topic: str | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic.value

        starts_on: str | Unset = UNSET
        if not isinstance(self.starts_on, Unset):
            starts_on = self.starts_on.isoformat()

        ends_on: str | Unset = UNSET
        if not isinstance(self.ends_on, Unset):
            ends_on = self.ends_on.isoformat()

        organiser_organisation_id: str | Unset = UNSET
        if not isinstance(self.organiser_organisation_id, Unset):
            organiser_organisation_id = str(self.organiser_organisation_id)

        venue = self.venue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if topic is not UNSET:
            field_dict["topic"] = topic
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if organiser_organisation_id is not UNSET:
            field_dict["organiser_organisation_id"] = organiser_organisation_id
        if venue is not UNSET:
            field_dict["venue"] = venue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _topic = d.pop("topic", UNSET)
        topic: TrainingTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = TrainingTopic(_topic)

        _starts_on = d.pop("starts_on", UNSET)
        starts_on: datetime.date | Unset
        if isinstance(_starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = datetime.date.fromisoformat(_starts_on)

        _ends_on = d.pop("ends_on", UNSET)
        ends_on: datetime.date | Unset
        if isinstance(_ends_on, Unset):
            ends_on = UNSET
        else:
            ends_on = datetime.date.fromisoformat(_ends_on)

        _organiser_organisation_id = d.pop("organiser_organisation_id", UNSET)
        organiser_organisation_id: UUID | Unset
        if isinstance(_organiser_organisation_id, Unset):
            organiser_organisation_id = UNSET
        else:
            organiser_organisation_id = UUID(_organiser_organisation_id)

        venue = d.pop("venue", UNSET)

        training_patch = cls(
            title=title,
            topic=topic,
            starts_on=starts_on,
            ends_on=ends_on,
            organiser_organisation_id=organiser_organisation_id,
            venue=venue,
        )

        training_patch.additional_properties = d
        return training_patch

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
