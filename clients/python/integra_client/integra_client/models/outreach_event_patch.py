from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outreach_kind import OutreachKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutreachEventPatch")


@_attrs_define
class OutreachEventPatch:
    """A merge patch of an outreach event: any subset of its writable fields.

    Example:
        {'people_reached': 52, 'title': 'Information day, Kutaisi'}

    Attributes:
        held_on (datetime.date | Unset):
        region (str | Unset):
        kind (OutreachKind | Unset): What kind of outreach an event was.
        people_reached (int | Unset):
        programme_id (None | Unset | UUID):
        title (None | str | Unset):
    """

    held_on: datetime.date | Unset = UNSET
    region: str | Unset = UNSET
    kind: OutreachKind | Unset = UNSET
    people_reached: int | Unset = UNSET
    programme_id: None | Unset | UUID = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        held_on: str | Unset = UNSET
        if not isinstance(self.held_on, Unset):
            held_on = self.held_on.isoformat()

        region = self.region

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        people_reached = self.people_reached

        programme_id: None | str | Unset
        if isinstance(self.programme_id, Unset):
            programme_id = UNSET
        elif isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if held_on is not UNSET:
            field_dict["held_on"] = held_on
        if region is not UNSET:
            field_dict["region"] = region
        if kind is not UNSET:
            field_dict["kind"] = kind
        if people_reached is not UNSET:
            field_dict["people_reached"] = people_reached
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _held_on = d.pop("held_on", UNSET)
        held_on: datetime.date | Unset
        if isinstance(_held_on, Unset):
            held_on = UNSET
        else:
            held_on = datetime.date.fromisoformat(_held_on)

        region = d.pop("region", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: OutreachKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = OutreachKind(_kind)

        people_reached = d.pop("people_reached", UNSET)

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        outreach_event_patch = cls(
            held_on=held_on,
            region=region,
            kind=kind,
            people_reached=people_reached,
            programme_id=programme_id,
            title=title,
        )

        outreach_event_patch.additional_properties = d
        return outreach_event_patch

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
