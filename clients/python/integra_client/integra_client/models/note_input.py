from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NoteInput")


@_attrs_define
class NoteInput:
    """A note on a case, as a client writes it.

    Example:
        {'text': 'Called; the business plan is due next week.'}

    Attributes:
        text (str): 1 to 4000 characters. Example: Called; the business plan is due next week..
    """

    text: str

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        note_input = cls(
            text=text,
        )

        return note_input
