from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.counselling_topic import CounsellingTopic
from ..models.stream import Stream

T = TypeVar("T", bound="CounsellingSession")


@_attrs_define
class CounsellingSession:
    """A counselling session as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 1, 22, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'held_on': datetime.date(2026, 1, 22), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f70', 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'stream':
            'reintegration', 'topic': 'reintegration_assistance', 'updated_at': datetime.datetime(2026, 1, 22, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        organisation_id (UUID): The organisation that recorded it, whose staff see it.
        held_on (datetime.date):
        stream (Stream): The stream of work a programme belongs to.
        topic (CounsellingTopic): What a counselling session was about.
        person_id (None | UUID): `null` for an anonymous session.
        programme_id (None | UUID):
        recorded_by (UUID): The user who recorded it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    organisation_id: UUID
    held_on: datetime.date
    stream: Stream
    topic: CounsellingTopic
    person_id: None | UUID
    programme_id: None | UUID
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organisation_id = str(self.organisation_id)

        held_on = self.held_on.isoformat()

        stream = self.stream.value

        topic = self.topic.value

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        programme_id: None | str
        if isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisation_id": organisation_id,
                "held_on": held_on,
                "stream": stream,
                "topic": topic,
                "person_id": person_id,
                "programme_id": programme_id,
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

        organisation_id = UUID(d.pop("organisation_id"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        stream = Stream(d.pop("stream"))

        topic = CounsellingTopic(d.pop("topic"))

        def _parse_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        person_id = _parse_person_id(d.pop("person_id"))

        def _parse_programme_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                programme_id_type_0 = UUID(data)

                return programme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        programme_id = _parse_programme_id(d.pop("programme_id"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        counselling_session = cls(
            id=id,
            organisation_id=organisation_id,
            held_on=held_on,
            stream=stream,
            topic=topic,
            person_id=person_id,
            programme_id=programme_id,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        counselling_session.additional_properties = d
        return counselling_session

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
