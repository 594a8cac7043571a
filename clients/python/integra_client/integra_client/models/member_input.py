from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MemberInput")


@_attrs_define
class MemberInput:
    """Adds a person to a household.

    Example:
        {'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f'}

    Attributes:
        person_id (UUID):
    """

    person_id: UUID

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        member_input = cls(
            person_id=person_id,
        )

        return member_input
