from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.localised import Localised


T = TypeVar("T", bound="ChoiceOption")


@_attrs_define
class ChoiceOption:
    """An option of a choice question.

    Example:
        {'key': 'employed', 'text': {'en': 'Employed', 'ka': 'დასაქმებული'}}

    Attributes:
        key (str): Lower-case letters, digits and `_`, starting with a letter; unique within the question. Example:
            employed.
        text (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
    """

    key: str
    text: Localised

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        text = self.text.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        text = Localised.from_dict(d.pop("text"))

        choice_option = cls(
            key=key,
            text=text,
        )

        return choice_option
