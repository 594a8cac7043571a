from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.counselling_topic import CounsellingTopic
from ..models.stream import Stream
from ..types import UNSET, Unset

T = TypeVar("T", bound="CounsellingSessionInput")


@_attrs_define
class CounsellingSessionInput:
    """A counselling session as a client records it.

    Example:
        {'held_on': datetime.date(2026, 1, 22), 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'stream': 'reintegration', 'topic': 'reintegration_assistance'}

    Attributes:
        held_on (datetime.date): The day of the session; not in the future. Example: 2026-01-22.
        stream (Stream): The stream of work a programme belongs to.
        topic (CounsellingTopic): What a counselling session was about.
        person_id (None | Unset | UUID): The person counselled; absent (or `null`) for an anonymous session.
        programme_id (None | Unset | UUID): The programme the session was given under, if any.
        organisation_id (None | Unset | UUID): The organisation the session is recorded for: the caller's own when
            absent; only an administrator names another. Cannot be changed afterwards.
    """

    held_on: datetime.date
    stream: Stream
    topic: CounsellingTopic
    person_id: None | Unset | UUID = UNSET
    programme_id: None | Unset | UUID = UNSET
    organisation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        stream = self.stream.value

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

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "held_on": held_on,
                "stream": stream,
                "topic": topic,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        stream = Stream(d.pop("stream"))

        topic = CounsellingTopic(d.pop("topic"))

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

        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        counselling_session_input = cls(
            held_on=held_on,
            stream=stream,
            topic=topic,
            person_id=person_id,
            programme_id=programme_id,
            organisation_id=organisation_id,
        )

        return counselling_session_input
