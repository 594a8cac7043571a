from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.movement_help import MovementHelp
from ..models.movement_kind import MovementKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MovementInput")


@_attrs_define
class MovementInput:
    """Movement assistance as a client sends it.

    Example:
        {'departed_on': datetime.date(2026, 2, 10), 'destination_country': 'AM', 'help': ['ticket', 'travel_documents'],
            'kind': 'voluntary_return', 'note': 'Left by bus from Sadakhlo', 'organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90'}

    Attributes:
        departed_on (datetime.date): The day of departure from Georgia; not in the future. Example: 2026-02-10.
        destination_country (str): ISO 3166-1 alpha-2 code of the destination; not GE. Example: AM.
        kind (MovementKind): Where the migrant went.
        help_ (list[MovementHelp]): The help given: at least one kind, each once.
        organisation_id (UUID): The organisation that helped; an existing organisation.
        note (None | str | Unset): Free text about the movement (erased with the person's data). Example: Left by bus
            from Sadakhlo.
    """

    departed_on: datetime.date
    destination_country: str
    kind: MovementKind
    help_: list[MovementHelp]
    organisation_id: UUID
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        departed_on = self.departed_on.isoformat()

        destination_country = self.destination_country

        kind = self.kind.value

        help_ = []
        for help_item_data in self.help_:
            help_item = help_item_data.value
            help_.append(help_item)

        organisation_id = str(self.organisation_id)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "departed_on": departed_on,
                "destination_country": destination_country,
                "kind": kind,
                "help": help_,
                "organisation_id": organisation_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        departed_on = datetime.date.fromisoformat(d.pop("departed_on"))

        destination_country = d.pop("destination_country")

        kind = MovementKind(d.pop("kind"))

        help_ = []
        _help_ = d.pop("help")
        for help_item_data in _help_:
            help_item = MovementHelp(help_item_data)

            help_.append(help_item)

        organisation_id = UUID(d.pop("organisation_id"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        movement_input = cls(
            departed_on=departed_on,
            destination_country=destination_country,
            kind=kind,
            help_=help_,
            organisation_id=organisation_id,
            note=note,
        )

        return movement_input
