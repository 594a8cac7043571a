from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_status import IndicatorStatus

T = TypeVar("T", bound="Standing")


@_attrs_define
class Standing:
    """Where an indicator stands on `as_of` (see the module).

    Example:
        {'elapsed': 0.64, 'reached': 0.677, 'status': 'on_track'}

    Attributes:
        status (IndicatorStatus): How an indicator stands on a day.
        reached (float | None): The share of the way from baseline to target reached; `null` when not measured.
        elapsed (float): The share of the time to the target date elapsed, 0 to 1.
    """

    status: IndicatorStatus
    reached: float | None
    elapsed: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        reached: float | None
        reached = self.reached

        elapsed = self.elapsed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "reached": reached,
                "elapsed": elapsed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = IndicatorStatus(d.pop("status"))

        def _parse_reached(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        reached = _parse_reached(d.pop("reached"))

        elapsed = d.pop("elapsed")

        standing = cls(
            status=status,
            reached=reached,
            elapsed=elapsed,
        )

        standing.additional_properties = d
        return standing

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
