from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_service_type import IntegrationServiceType
from ..models.service_outcome import ServiceOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationServicePatch")


@_attrs_define
class IntegrationServicePatch:
    """A merge patch of an integration service: any subset of its fields.

    Example:
        {'ends_on': datetime.date(2026, 3, 27), 'hours': 120, 'outcome': 'completed'}

    Attributes:
        person_id (UUID | Unset):
        type_ (IntegrationServiceType | Unset): What kind of integration service.
        provider_organisation_id (UUID | Unset):
        starts_on (datetime.date | Unset):
        ends_on (datetime.date | None | Unset):
        hours (float | Unset):
        outcome (ServiceOutcome | Unset): How the service went.
        note (None | str | Unset):
    """

    person_id: UUID | Unset = UNSET
    type_: IntegrationServiceType | Unset = UNSET
    provider_organisation_id: UUID | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    hours: float | Unset = UNSET
    outcome: ServiceOutcome | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_id: str | Unset = UNSET
        if not isinstance(self.person_id, Unset):
            person_id = str(self.person_id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        provider_organisation_id: str | Unset = UNSET
        if not isinstance(self.provider_organisation_id, Unset):
            provider_organisation_id = str(self.provider_organisation_id)

        starts_on: str | Unset = UNSET
        if not isinstance(self.starts_on, Unset):
            starts_on = self.starts_on.isoformat()

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        hours = self.hours

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if provider_organisation_id is not UNSET:
            field_dict["provider_organisation_id"] = provider_organisation_id
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if hours is not UNSET:
            field_dict["hours"] = hours
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _person_id = d.pop("person_id", UNSET)
        person_id: UUID | Unset
        if isinstance(_person_id, Unset):
            person_id = UNSET
        else:
            person_id = UUID(_person_id)

        _type_ = d.pop("type", UNSET)
        type_: IntegrationServiceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IntegrationServiceType(_type_)

        _provider_organisation_id = d.pop("provider_organisation_id", UNSET)
        provider_organisation_id: UUID | Unset
        if isinstance(_provider_organisation_id, Unset):
            provider_organisation_id = UNSET
        else:
            provider_organisation_id = UUID(_provider_organisation_id)

        _starts_on = d.pop("starts_on", UNSET)
        starts_on: datetime.date | Unset
        if isinstance(_starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = datetime.date.fromisoformat(_starts_on)

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

        hours = d.pop("hours", UNSET)

        _outcome = d.pop("outcome", UNSET)
        outcome: ServiceOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = ServiceOutcome(_outcome)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        integration_service_patch = cls(
            person_id=person_id,
            type_=type_,
            provider_organisation_id=provider_organisation_id,
            starts_on=starts_on,
            ends_on=ends_on,
            hours=hours,
            outcome=outcome,
            note=note,
        )

        integration_service_patch.additional_properties = d
        return integration_service_patch

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
