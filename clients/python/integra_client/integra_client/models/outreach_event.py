from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outreach_kind import OutreachKind

T = TypeVar("T", bound="OutreachEvent")


@_attrs_define
class OutreachEvent:
    """An outreach event as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 1, 21, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'held_on': datetime.date(2026, 1, 20), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60', 'kind':
            'information_session', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'people_reached': 45,
            'programme_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0',
            'region': 'GE-IM', 'title': 'Information day on the reintegration programme, Kutaisi', 'updated_at':
            datetime.datetime(2026, 1, 21, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        organisation_id (UUID): The organisation that recorded it, whose staff see it.
        held_on (datetime.date):
        region (str):
        kind (OutreachKind): What kind of outreach an event was.
        people_reached (int):
        programme_id (None | UUID):
        title (None | str):
        recorded_by (UUID): The user who recorded it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    organisation_id: UUID
    held_on: datetime.date
    region: str
    kind: OutreachKind
    people_reached: int
    programme_id: None | UUID
    title: None | str
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organisation_id = str(self.organisation_id)

        held_on = self.held_on.isoformat()

        region = self.region

        kind = self.kind.value

        people_reached = self.people_reached

        programme_id: None | str
        if isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

        title: None | str
        title = self.title

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
                "region": region,
                "kind": kind,
                "people_reached": people_reached,
                "programme_id": programme_id,
                "title": title,
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

        region = d.pop("region")

        kind = OutreachKind(d.pop("kind"))

        people_reached = d.pop("people_reached")

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

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        outreach_event = cls(
            id=id,
            organisation_id=organisation_id,
            held_on=held_on,
            region=region,
            kind=kind,
            people_reached=people_reached,
            programme_id=programme_id,
            title=title,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        outreach_event.additional_properties = d
        return outreach_event

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
