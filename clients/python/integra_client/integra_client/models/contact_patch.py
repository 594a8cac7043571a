from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_channel import ContactChannel
from ..models.contact_outcome import ContactOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPatch")


@_attrs_define
class ContactPatch:
    """A merge patch of a contact: any subset of its changeable fields.

    Example:
        {'outcome': 'interested'}

    Attributes:
        programme_id (UUID | Unset):
        contacted_on (datetime.date | Unset):
        channel (ContactChannel | Unset): How the person was contacted.
        outcome (ContactOutcome | Unset): What came of the contact.
    """

    programme_id: UUID | Unset = UNSET
    contacted_on: datetime.date | Unset = UNSET
    channel: ContactChannel | Unset = UNSET
    outcome: ContactOutcome | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        programme_id: str | Unset = UNSET
        if not isinstance(self.programme_id, Unset):
            programme_id = str(self.programme_id)

        contacted_on: str | Unset = UNSET
        if not isinstance(self.contacted_on, Unset):
            contacted_on = self.contacted_on.isoformat()

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if contacted_on is not UNSET:
            field_dict["contacted_on"] = contacted_on
        if channel is not UNSET:
            field_dict["channel"] = channel
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _programme_id = d.pop("programme_id", UNSET)
        programme_id: UUID | Unset
        if isinstance(_programme_id, Unset):
            programme_id = UNSET
        else:
            programme_id = UUID(_programme_id)

        _contacted_on = d.pop("contacted_on", UNSET)
        contacted_on: datetime.date | Unset
        if isinstance(_contacted_on, Unset):
            contacted_on = UNSET
        else:
            contacted_on = datetime.date.fromisoformat(_contacted_on)

        _channel = d.pop("channel", UNSET)
        channel: ContactChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ContactChannel(_channel)

        _outcome = d.pop("outcome", UNSET)
        outcome: ContactOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = ContactOutcome(_outcome)

        contact_patch = cls(
            programme_id=programme_id,
            contacted_on=contacted_on,
            channel=channel,
            outcome=outcome,
        )

        contact_patch.additional_properties = d
        return contact_patch

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
