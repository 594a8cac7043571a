from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_channel import ContactChannel
from ..models.contact_outcome import ContactOutcome

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact as the API shows it.

    Example:
        {'channel': 'readmission_notice', 'contacted_on': datetime.date(2015, 3, 2), 'created_at':
            datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'outcome':
            'informed', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
            '00000000-0000-7000-8000-000000000201', 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'updated_at':
            datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        person_id (UUID):
        programme_id (UUID):
        organisation_id (UUID): The organisation whose staff see the contact: the recording caller's.
        contacted_on (datetime.date):
        channel (ContactChannel): How the person was contacted.
        outcome (ContactOutcome): What came of the contact.
        recorded_by (UUID): The user who recorded it.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    programme_id: UUID
    organisation_id: UUID
    contacted_on: datetime.date
    channel: ContactChannel
    outcome: ContactOutcome
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        programme_id = str(self.programme_id)

        organisation_id = str(self.organisation_id)

        contacted_on = self.contacted_on.isoformat()

        channel = self.channel.value

        outcome = self.outcome.value

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
                "programme_id": programme_id,
                "organisation_id": organisation_id,
                "contacted_on": contacted_on,
                "channel": channel,
                "outcome": outcome,
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

        programme_id = UUID(d.pop("programme_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        contacted_on = datetime.date.fromisoformat(d.pop("contacted_on"))

        channel = ContactChannel(d.pop("channel"))

        outcome = ContactOutcome(d.pop("outcome"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        contact = cls(
            id=id,
            person_id=person_id,
            programme_id=programme_id,
            organisation_id=organisation_id,
            contacted_on=contacted_on,
            channel=channel,
            outcome=outcome,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        contact.additional_properties = d
        return contact

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
