from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.counselling_topic import CounsellingTopic
from ..models.stream import Stream
from ..types import UNSET, Unset

T = TypeVar("T", bound="CounsellingSessionPatch")


@_attrs_define
class CounsellingSessionPatch:
    """A merge patch of a counselling session: any subset of its writable fields.

    Example:
        {'person_id': None, 'topic': 'employment'}

    Attributes:
        held_on (datetime.date | Unset):
        stream (Stream | Unset): The stream of work a programme belongs to.
        topic (CounsellingTopic | Unset): What a counselling session was about.
        person_id (None | Unset | UUID):
        programme_id (None | Unset | UUID):
    """

    held_on: datetime.date | Unset = UNSET
    stream: Stream | Unset = UNSET
    topic: CounsellingTopic | Unset = UNSET
    person_id: None | Unset | UUID = UNSET
    programme_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        held_on: str | Unset = UNSET
        if not isinstance(self.held_on, Unset):
            held_on = self.held_on.isoformat()

        stream: str | Unset = UNSET
        if not isinstance(self.stream, Unset):
            stream = self.stream.value

        topic: str | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic.value

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        elif isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        programme_id: None | str | Unset
        if isinstance(self.programme_id, Unset):
            programme_id = UNSET
        elif isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if stream is not UNSET:
            field_dict["stream"] = stream
        if topic is not UNSET:
            field_dict["topic"] = topic
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _held_on = d.pop("held_on", UNSET)
        held_on: datetime.date | Unset
        if isinstance(_held_on, Unset):
            held_on = UNSET
        else:
            held_on = datetime.date.fromisoformat(_held_on)

        _stream = d.pop("stream", UNSET)
        stream: Stream | Unset
        if isinstance(_stream, Unset):
            stream = UNSET
        else:
            stream = Stream(_stream)

        _topic = d.pop("topic", UNSET)
        topic: CounsellingTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = CounsellingTopic(_topic)

        def _parse_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_programme_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                programme_id_type_0 = UUID(data)

                return programme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        programme_id = _parse_programme_id(d.pop("programme_id", UNSET))

        counselling_session_patch = cls(
            held_on=held_on,
            stream=stream,
            topic=topic,
            person_id=person_id,
            programme_id=programme_id,
        )

        counselling_session_patch.additional_properties = d
        return counselling_session_patch

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
