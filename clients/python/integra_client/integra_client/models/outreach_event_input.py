from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.outreach_kind import OutreachKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutreachEventInput")


@_attrs_define
class OutreachEventInput:
    """An outreach event as a client records it.

    Example:
        {'held_on': datetime.date(2026, 1, 20), 'kind': 'information_session', 'people_reached': 45, 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'region': 'GE-IM', 'title': 'Information day on the reintegration
            programme, Kutaisi'}

    Attributes:
        held_on (datetime.date): The day of the event; not in the future. Example: 2026-01-20.
        region (str): ISO 3166-2:GE code of the region where it was held. Example: GE-IM.
        kind (OutreachKind): What kind of outreach an event was.
        people_reached (int): How many people it reached, 0 to 5,000,000 (a count: no persons are recorded). Example:
            45.
        programme_id (None | Unset | UUID): The programme it informed about, if any.
        title (None | str | Unset):  Example: Information day, Kutaisi.
        organisation_id (None | Unset | UUID): The organisation the event is recorded for: the caller's own when absent;
            only an administrator names another. Cannot be changed afterwards.
    """

    held_on: datetime.date
    region: str
    kind: OutreachKind
    people_reached: int
    programme_id: None | Unset | UUID = UNSET
    title: None | str | Unset = UNSET
    organisation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        held_on = self.held_on.isoformat()

        region = self.region

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
                "region": region,
                "kind": kind,
                "people_reached": people_reached,
            }
        )
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if title is not UNSET:
            field_dict["title"] = title
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        region = d.pop("region")

        kind = OutreachKind(d.pop("kind"))

        people_reached = d.pop("people_reached")

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

        outreach_event_input = cls(
            held_on=held_on,
            region=region,
            kind=kind,
            people_reached=people_reached,
            programme_id=programme_id,
            title=title,
            organisation_id=organisation_id,
        )

        return outreach_event_input
