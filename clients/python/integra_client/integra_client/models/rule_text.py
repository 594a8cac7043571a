from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RuleText")


@_attrs_define
class RuleText:
    """A text in Georgian (`ka`) and English (`en`).

    Attributes:
        ka (str):
        en (str):
    """

    ka: str
    en: str

    def to_dict(self) -> dict[str, Any]:
        ka = self.ka

        en = self.en

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ka": ka,
                "en": en,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ka = d.pop("ka")

        en = d.pop("en")

        rule_text = cls(
            ka=ka,
            en=en,
        )

        return rule_text
