from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssignInput")


@_attrs_define
class AssignInput:
    """Whom to assign a case to.

    Example:
        {'user_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0'}

    Attributes:
        user_id (UUID): An active case worker or admin of the case's organisation.
    """

    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("user_id"))

        assign_input = cls(
            user_id=user_id,
        )

        return assign_input
