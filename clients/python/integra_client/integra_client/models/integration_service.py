from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_service_type import IntegrationServiceType
from ..models.service_outcome import ServiceOutcome

T = TypeVar("T", bound="IntegrationService")


@_attrs_define
class IntegrationService:
    """An integration service as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 3, 28, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'ends_on': datetime.date(2026, 3, 27), 'hours': 120, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'note':
            'Georgian A2 course', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'outcome': 'completed',
            'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'provider_organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'starts_on':
            datetime.date(2026, 1, 12), 'type': 'language', 'updated_at': datetime.datetime(2026, 3, 28, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        person_id (UUID):
        organisation_id (UUID): The organisation that recorded the service: its staff see it.
        type_ (IntegrationServiceType): What kind of integration service.
        provider_organisation_id (UUID):
        starts_on (datetime.date):
        ends_on (datetime.date | None):
        hours (float): Hours delivered, in half-hour steps.
        outcome (ServiceOutcome): How the service went.
        note (None | str):
        recorded_by (UUID): The user who recorded it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    organisation_id: UUID
    type_: IntegrationServiceType
    provider_organisation_id: UUID
    starts_on: datetime.date
    ends_on: datetime.date | None
    hours: float
    outcome: ServiceOutcome
    note: None | str
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        organisation_id = str(self.organisation_id)

        type_ = self.type_.value

        provider_organisation_id = str(self.provider_organisation_id)

        starts_on = self.starts_on.isoformat()

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        hours = self.hours

        outcome = self.outcome.value

        note: None | str
        note = self.note

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "person_id": person_id,
                "organisation_id": organisation_id,
                "type": type_,
                "provider_organisation_id": provider_organisation_id,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "hours": hours,
                "outcome": outcome,
                "note": note,
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

        person_id = UUID(d.pop("person_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        type_ = IntegrationServiceType(d.pop("type"))

        provider_organisation_id = UUID(d.pop("provider_organisation_id"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        hours = d.pop("hours")

        outcome = ServiceOutcome(d.pop("outcome"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        integration_service = cls(
            id=id,
            person_id=person_id,
            organisation_id=organisation_id,
            type_=type_,
            provider_organisation_id=provider_organisation_id,
            starts_on=starts_on,
            ends_on=ends_on,
            hours=hours,
            outcome=outcome,
            note=note,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        integration_service.additional_properties = d
        return integration_service

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
