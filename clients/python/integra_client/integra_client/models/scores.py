from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Scores")


@_attrs_define
class Scores:
    """Sustainability scores of one follow-up, each in 0..=1 or null.

    Example:
        {'economic': 0.8, 'overall': 0.7434, 'psychosocial': None, 'social': 0.6875}

    Attributes:
        economic (float | None):
        social (float | None):
        psychosocial (float | None):
        overall (float | None): Weighted mean of the dimensions that have a score.
    """

    economic: float | None
    social: float | None
    psychosocial: float | None
    overall: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        economic: float | None
        economic = self.economic

        social: float | None
        social = self.social

        psychosocial: float | None
        psychosocial = self.psychosocial

        overall: float | None
        overall = self.overall

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "economic": economic,
                "social": social,
                "psychosocial": psychosocial,
                "overall": overall,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_economic(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        economic = _parse_economic(d.pop("economic"))

        def _parse_social(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        social = _parse_social(d.pop("social"))

        def _parse_psychosocial(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        psychosocial = _parse_psychosocial(d.pop("psychosocial"))

        def _parse_overall(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overall = _parse_overall(d.pop("overall"))

        scores = cls(
            economic=economic,
            social=social,
            psychosocial=psychosocial,
            overall=overall,
        )

        scores.additional_properties = d
        return scores

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
