from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Returns")


@_attrs_define
class Returns:
    """Distinct persons returned in the period, by return type; `null` only where suppressed.

    Example:
        {'assisted_voluntary_return': 122, 'deportation': None, 'readmission': 41, 'spontaneous': 260}

    Attributes:
        assisted_voluntary_return (int | None):
        readmission (int | None):
        spontaneous (int | None):
        deportation (int | None):
    """

    assisted_voluntary_return: int | None
    readmission: int | None
    spontaneous: int | None
    deportation: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assisted_voluntary_return: int | None
        assisted_voluntary_return = self.assisted_voluntary_return

        readmission: int | None
        readmission = self.readmission

        spontaneous: int | None
        spontaneous = self.spontaneous

        deportation: int | None
        deportation = self.deportation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assisted_voluntary_return": assisted_voluntary_return,
                "readmission": readmission,
                "spontaneous": spontaneous,
                "deportation": deportation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_assisted_voluntary_return(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        assisted_voluntary_return = _parse_assisted_voluntary_return(d.pop("assisted_voluntary_return"))

        def _parse_readmission(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        readmission = _parse_readmission(d.pop("readmission"))

        def _parse_spontaneous(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        spontaneous = _parse_spontaneous(d.pop("spontaneous"))

        def _parse_deportation(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        deportation = _parse_deportation(d.pop("deportation"))

        returns = cls(
            assisted_voluntary_return=assisted_voluntary_return,
            readmission=readmission,
            spontaneous=spontaneous,
            deportation=deportation,
        )

        returns.additional_properties = d
        return returns

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
