from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.movement_help import MovementHelp
from ..models.movement_kind import MovementKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="MovementPatch")


@_attrs_define
class MovementPatch:
    """A merge patch of movement assistance: any subset of its fields (`help` as a
    whole list).

        Example:
            {'help': ['ticket', 'escort']}

        Attributes:
            departed_on (datetime.date | Unset):
            destination_country (str | Unset):
            kind (MovementKind | Unset): Where the migrant went.
            help_ (list[MovementHelp] | None | Unset):
            organisation_id (UUID | Unset):
            note (None | str | Unset):
    """

    departed_on: datetime.date | Unset = UNSET
    destination_country: str | Unset = UNSET
    kind: MovementKind | Unset = UNSET
    help_: list[MovementHelp] | None | Unset = UNSET
    organisation_id: UUID | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        departed_on: str | Unset = UNSET
        if not isinstance(self.departed_on, Unset):
            departed_on = self.departed_on.isoformat()

        destination_country = self.destination_country

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        help_: list[str] | None | Unset
        if isinstance(self.help_, Unset):
            help_ = UNSET
        elif isinstance(self.help_, list):
            help_ = []
            for help_type_0_item_data in self.help_:
                help_type_0_item = help_type_0_item_data.value
                help_.append(help_type_0_item)

        else:
            help_ = self.help_

        organisation_id: str | Unset = UNSET
        if not isinstance(self.organisation_id, Unset):
            organisation_id = str(self.organisation_id)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if departed_on is not UNSET:
            field_dict["departed_on"] = departed_on
        if destination_country is not UNSET:
            field_dict["destination_country"] = destination_country
        if kind is not UNSET:
            field_dict["kind"] = kind
        if help_ is not UNSET:
            field_dict["help"] = help_
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _departed_on = d.pop("departed_on", UNSET)
        departed_on: datetime.date | Unset
        if isinstance(_departed_on, Unset):
            departed_on = UNSET
        else:
            departed_on = datetime.date.fromisoformat(_departed_on)

        destination_country = d.pop("destination_country", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: MovementKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = MovementKind(_kind)

        def _parse_help_(data: object) -> list[MovementHelp] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                help_type_0 = []
                _help_type_0 = data
                for help_type_0_item_data in _help_type_0:
                    help_type_0_item = MovementHelp(help_type_0_item_data)

                    help_type_0.append(help_type_0_item)

                return help_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MovementHelp] | None | Unset, data)

        help_ = _parse_help_(d.pop("help", UNSET))

        _organisation_id = d.pop("organisation_id", UNSET)
        organisation_id: UUID | Unset
        if isinstance(_organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = UUID(_organisation_id)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        movement_patch = cls(
            departed_on=departed_on,
            destination_country=destination_country,
            kind=kind,
            help_=help_,
            organisation_id=organisation_id,
            note=note,
        )

        movement_patch.additional_properties = d
        return movement_patch

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
