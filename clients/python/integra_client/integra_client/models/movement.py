from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.movement_help import MovementHelp
from ..models.movement_kind import MovementKind

T = TypeVar("T", bound="Movement")


@_attrs_define
class Movement:
    """Movement assistance as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 2, 11, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'departed_on': datetime.date(2026, 2, 10), 'destination_country': 'AM', 'help': ['ticket', 'travel_documents'],
            'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f80', 'kind': 'voluntary_return', 'note': 'Left by bus from Sadakhlo',
            'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'updated_at': datetime.datetime(2026, 2, 11, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        person_id (UUID):
        departed_on (datetime.date):
        destination_country (str):
        kind (MovementKind): Where the migrant went.
        help_ (list[MovementHelp]):
        organisation_id (UUID): The organisation that helped.
        note (None | str):
        recorded_by (UUID):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    departed_on: datetime.date
    destination_country: str
    kind: MovementKind
    help_: list[MovementHelp]
    organisation_id: UUID
    note: None | str
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        departed_on = self.departed_on.isoformat()

        destination_country = self.destination_country

        kind = self.kind.value

        help_ = []
        for help_item_data in self.help_:
            help_item = help_item_data.value
            help_.append(help_item)

        organisation_id = str(self.organisation_id)

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
                "departed_on": departed_on,
                "destination_country": destination_country,
                "kind": kind,
                "help": help_,
                "organisation_id": organisation_id,
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

        departed_on = datetime.date.fromisoformat(d.pop("departed_on"))

        destination_country = d.pop("destination_country")

        kind = MovementKind(d.pop("kind"))

        help_ = []
        _help_ = d.pop("help")
        for help_item_data in _help_:
            help_item = MovementHelp(help_item_data)

            help_.append(help_item)

        organisation_id = UUID(d.pop("organisation_id"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        movement = cls(
            id=id,
            person_id=person_id,
            departed_on=departed_on,
            destination_country=destination_country,
            kind=kind,
            help_=help_,
            organisation_id=organisation_id,
            note=note,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        movement.additional_properties = d
        return movement

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
