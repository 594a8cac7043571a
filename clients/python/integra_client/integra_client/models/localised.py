from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Localised")


@_attrs_define
class Localised:
    """A text in Georgian and English.

    Example:
        {'en': 'State reintegration programme 2026', 'ka': 'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}

    Attributes:
        ka (str): Georgian. Example: რეინტეგრაციის სახელმწიფო პროგრამა 2026.
        en (str): English. Example: State reintegration programme 2026.
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

        localised = cls(
            ka=ka,
            en=en,
        )

        return localised
