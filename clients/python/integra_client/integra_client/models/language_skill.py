from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cefr_level import CefrLevel

T = TypeVar("T", bound="LanguageSkill")


@_attrs_define
class LanguageSkill:
    """A language the person speaks, at a CEFR level.

    Example:
        {'language': 'en', 'level': 'B1'}

    Attributes:
        language (str): ISO 639-1 code, lower case. Example: en.
        level (CefrLevel): A language level of the Common European Framework of Reference (CEFR),
            lowest first; `native` above C2.
    """

    language: str
    level: CefrLevel

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        level = self.level.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "language": language,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language")

        level = CefrLevel(d.pop("level"))

        language_skill = cls(
            language=language,
            level=level,
        )

        return language_skill
