from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Funnel")


@_attrs_define
class Funnel:
    """The funnel: distinct persons at each stage; `null` only where suppressed.

    Example:
        {'assisted': 97, 'eligible': 112, 'not_eligible': 19, 'not_eligible_counselled': 15, 'reached': 180,
            'registered': 140, 'screened': 131}

    Attributes:
        reached (int | None):
        registered (int | None):
        screened (int | None):
        eligible (int | None):
        not_eligible (int | None):
        assisted (int | None):
        not_eligible_counselled (int | None):
    """

    reached: int | None
    registered: int | None
    screened: int | None
    eligible: int | None
    not_eligible: int | None
    assisted: int | None
    not_eligible_counselled: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reached: int | None
        reached = self.reached

        registered: int | None
        registered = self.registered

        screened: int | None
        screened = self.screened

        eligible: int | None
        eligible = self.eligible

        not_eligible: int | None
        not_eligible = self.not_eligible

        assisted: int | None
        assisted = self.assisted

        not_eligible_counselled: int | None
        not_eligible_counselled = self.not_eligible_counselled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reached": reached,
                "registered": registered,
                "screened": screened,
                "eligible": eligible,
                "not_eligible": not_eligible,
                "assisted": assisted,
                "not_eligible_counselled": not_eligible_counselled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reached(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reached = _parse_reached(d.pop("reached"))

        def _parse_registered(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        registered = _parse_registered(d.pop("registered"))

        def _parse_screened(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        screened = _parse_screened(d.pop("screened"))

        def _parse_eligible(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        eligible = _parse_eligible(d.pop("eligible"))

        def _parse_not_eligible(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        not_eligible = _parse_not_eligible(d.pop("not_eligible"))

        def _parse_assisted(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        assisted = _parse_assisted(d.pop("assisted"))

        def _parse_not_eligible_counselled(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        not_eligible_counselled = _parse_not_eligible_counselled(d.pop("not_eligible_counselled"))

        funnel = cls(
            reached=reached,
            registered=registered,
            screened=screened,
            eligible=eligible,
            not_eligible=not_eligible,
            assisted=assisted,
            not_eligible_counselled=not_eligible_counselled,
        )

        funnel.additional_properties = d
        return funnel

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
