from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.contact_channel import ContactChannel
from ..models.contact_outcome import ContactOutcome

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """A contact as a client records it.

    Example:
        {'channel': 'readmission_notice', 'contacted_on': datetime.date(2015, 3, 2), 'outcome': 'informed', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id': '00000000-0000-7000-8000-000000000201'}

    Attributes:
        person_id (UUID):
        programme_id (UUID): The programme the contact was about.
        contacted_on (datetime.date): The day of the contact: past dates allowed, never a future one. Example:
            2015-03-02.
        channel (ContactChannel): How the person was contacted.
        outcome (ContactOutcome): What came of the contact.
    """

    person_id: UUID
    programme_id: UUID
    contacted_on: datetime.date
    channel: ContactChannel
    outcome: ContactOutcome

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        programme_id = str(self.programme_id)

        contacted_on = self.contacted_on.isoformat()

        channel = self.channel.value

        outcome = self.outcome.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "programme_id": programme_id,
                "contacted_on": contacted_on,
                "channel": channel,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        programme_id = UUID(d.pop("programme_id"))

        contacted_on = datetime.date.fromisoformat(d.pop("contacted_on"))

        channel = ContactChannel(d.pop("channel"))

        outcome = ContactOutcome(d.pop("outcome"))

        contact_input = cls(
            person_id=person_id,
            programme_id=programme_id,
            contacted_on=contacted_on,
            channel=channel,
            outcome=outcome,
        )

        return contact_input
