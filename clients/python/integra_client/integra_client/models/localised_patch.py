from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalisedPatch")


@_attrs_define
class LocalisedPatch:
    """A merge patch of a text in two languages: the languages to change.

    Example:
        {'en': 'State reintegration programme 2026'}

    Attributes:
        ka (str | Unset):
        en (str | Unset):
    """

    ka: str | Unset = UNSET
    en: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ka = self.ka

        en = self.en

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ka is not UNSET:
            field_dict["ka"] = ka
        if en is not UNSET:
            field_dict["en"] = en

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ka = d.pop("ka", UNSET)

        en = d.pop("en", UNSET)

        localised_patch = cls(
            ka=ka,
            en=en,
        )

        localised_patch.additional_properties = d
        return localised_patch

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
