from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrientationSession")


@_attrs_define
class OrientationSession:
    """An orientation session as the API shows it.

    Example:
        {'attendees': ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0'], 'created_at': datetime.datetime(2027, 2, 1, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'held_on': datetime.date(2027, 2, 15), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff0', 'organisation_id': '01900000-0000-7000-8000-000000000001',
            'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'scheme_id': '00000000-0000-7000-8000-000000000402',
            'topics': 'Contract, rights of workers in Israel, health insurance, return', 'updated_at':
            datetime.datetime(2027, 2, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'venue': 'Tbilisi,
            Ministry building, room 12', 'version': 1}

    Attributes:
        id (UUID):
        scheme_id (UUID):
        held_on (datetime.date):
        venue (str):
        topics (str):
        organisation_id (UUID): The organisation that organised it.
        attendees (list[UUID]): The applications that attended, in the order recorded.
        recorded_by (UUID):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    scheme_id: UUID
    held_on: datetime.date
    venue: str
    topics: str
    organisation_id: UUID
    attendees: list[UUID]
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        scheme_id = str(self.scheme_id)

        held_on = self.held_on.isoformat()

        venue = self.venue

        topics = self.topics

        organisation_id = str(self.organisation_id)

        attendees = []
        for attendees_item_data in self.attendees:
            attendees_item = str(attendees_item_data)
            attendees.append(attendees_item)

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scheme_id": scheme_id,
                "held_on": held_on,
                "venue": venue,
                "topics": topics,
                "organisation_id": organisation_id,
                "attendees": attendees,
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

        scheme_id = UUID(d.pop("scheme_id"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        venue = d.pop("venue")

        topics = d.pop("topics")

        organisation_id = UUID(d.pop("organisation_id"))

        attendees = []
        _attendees = d.pop("attendees")
        for attendees_item_data in _attendees:
            attendees_item = UUID(attendees_item_data)

            attendees.append(attendees_item)

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        orientation_session = cls(
            id=id,
            scheme_id=scheme_id,
            held_on=held_on,
            venue=venue,
            topics=topics,
            organisation_id=organisation_id,
            attendees=attendees,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        orientation_session.additional_properties = d
        return orientation_session

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
