from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Actual")


@_attrs_define
class Actual:
    """An indicator's actual value on a day.

    Example:
        {'as_of': datetime.date(2026, 12, 1), 'measured_on': None, 'value': 812}

    Attributes:
        as_of (datetime.date):
        value (float | None): The figure's value over the project's days up to `as_of`, or the
            latest measurement up to then; `null` when there is none yet (or, for
            a monitor, when the figure is a small cell).
        measured_on (datetime.date | None): For an indicator measured by hand: the day of that measurement.
    """

    as_of: datetime.date
    value: float | None
    measured_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        value: float | None
        value = self.value

        measured_on: None | str
        if isinstance(self.measured_on, datetime.date):
            measured_on = self.measured_on.isoformat()
        else:
            measured_on = self.measured_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "value": value,
                "measured_on": measured_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        def _parse_measured_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                measured_on_type_0 = datetime.date.fromisoformat(data)

                return measured_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        measured_on = _parse_measured_on(d.pop("measured_on"))

        actual = cls(
            as_of=as_of,
            value=value,
            measured_on=measured_on,
        )

        actual.additional_properties = d
        return actual

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
