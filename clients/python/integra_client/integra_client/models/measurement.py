from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Measurement")


@_attrs_define
class Measurement:
    """A measurement as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 11, 16, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd2', 'indicator_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1',
            'measured_on': datetime.date(2026, 11, 15), 'note': None, 'source': 'Sustainability survey, wave 2', 'value':
            64.5}

    Attributes:
        id (UUID):
        indicator_id (UUID):
        measured_on (datetime.date):
        value (float):
        source (str):
        note (None | str):
        created_at (datetime.datetime):
    """

    id: UUID
    indicator_id: UUID
    measured_on: datetime.date
    value: float
    source: str
    note: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        indicator_id = str(self.indicator_id)

        measured_on = self.measured_on.isoformat()

        value = self.value

        source = self.source

        note: None | str
        note = self.note

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "indicator_id": indicator_id,
                "measured_on": measured_on,
                "value": value,
                "source": source,
                "note": note,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        indicator_id = UUID(d.pop("indicator_id"))

        measured_on = datetime.date.fromisoformat(d.pop("measured_on"))

        value = d.pop("value")

        source = d.pop("source")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        measurement = cls(
            id=id,
            indicator_id=indicator_id,
            measured_on=measured_on,
            value=value,
            source=source,
            note=note,
            created_at=created_at,
        )

        measurement.additional_properties = d
        return measurement

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
