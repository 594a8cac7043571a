from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.integration_service_type import IntegrationServiceType
from ..models.service_outcome import ServiceOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationServiceInput")


@_attrs_define
class IntegrationServiceInput:
    """An integration service as a client sends it.

    Example:
        {'ends_on': datetime.date(2026, 3, 27), 'hours': 120, 'note': 'Georgian A2 course', 'outcome': 'completed',
            'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'provider_organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'starts_on': datetime.date(2026, 1, 12), 'type': 'language'}

    Attributes:
        person_id (UUID): The person served; an existing person.
        type_ (IntegrationServiceType): What kind of integration service.
        provider_organisation_id (UUID): The organisation that delivered it; an existing organisation.
        starts_on (datetime.date): The first day; not in the future. Example: 2026-01-12.
        hours (float): Hours delivered so far, in half-hour steps: more than 0, at most 2000. Example: 120.
        outcome (ServiceOutcome): How the service went.
        ends_on (datetime.date | None | Unset): The last day; not in the future, not before `starts_on`. Required unless
            the outcome is `ongoing`, absent when it is. Example: 2026-03-27.
        note (None | str | Unset): Free text about the service (erased with the person's data).
    """

    person_id: UUID
    type_: IntegrationServiceType
    provider_organisation_id: UUID
    starts_on: datetime.date
    hours: float
    outcome: ServiceOutcome
    ends_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        type_ = self.type_.value

        provider_organisation_id = str(self.provider_organisation_id)

        starts_on = self.starts_on.isoformat()

        hours = self.hours

        outcome = self.outcome.value

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "type": type_,
                "provider_organisation_id": provider_organisation_id,
                "starts_on": starts_on,
                "hours": hours,
                "outcome": outcome,
            }
        )
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        type_ = IntegrationServiceType(d.pop("type"))

        provider_organisation_id = UUID(d.pop("provider_organisation_id"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        hours = d.pop("hours")

        outcome = ServiceOutcome(d.pop("outcome"))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        integration_service_input = cls(
            person_id=person_id,
            type_=type_,
            provider_organisation_id=provider_organisation_id,
            starts_on=starts_on,
            hours=hours,
            outcome=outcome,
            ends_on=ends_on,
            note=note,
        )

        return integration_service_input
