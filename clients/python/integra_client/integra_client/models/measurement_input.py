from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeasurementInput")


@_attrs_define
class MeasurementInput:
    """A measurement of an indicator measured by hand.

    Example:
        {'measured_on': datetime.date(2026, 11, 15), 'note': 'Returnees still in business after a year', 'source':
            'Sustainability survey, wave 2', 'value': 64.5}

    Attributes:
        measured_on (datetime.date): Not in the future. Example: 2026-11-15.
        value (float):
        source (str):
        note (None | str | Unset):
    """

    measured_on: datetime.date
    value: float
    source: str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        measured_on = self.measured_on.isoformat()

        value = self.value

        source = self.source

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "measured_on": measured_on,
                "value": value,
                "source": source,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        measured_on = datetime.date.fromisoformat(d.pop("measured_on"))

        value = d.pop("value")

        source = d.pop("source")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        measurement_input = cls(
            measured_on=measured_on,
            value=value,
            source=source,
            note=note,
        )

        return measurement_input
