from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.endorsement import Endorsement

T = TypeVar("T", bound="Decision")


@_attrs_define
class Decision:
    """A decision of a meeting.

    Example:
        {'endorses': 'method', 'text': 'The sustainability survey method is endorsed'}

    Attributes:
        text (str):
        endorses (Endorsement): What a decision endorses.
    """

    text: str
    endorses: Endorsement

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        endorses = self.endorses.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "endorses": endorses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        endorses = Endorsement(d.pop("endorses"))

        decision = cls(
            text=text,
            endorses=endorses,
        )

        return decision
