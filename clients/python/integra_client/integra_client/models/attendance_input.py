from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AttendanceInput")


@_attrs_define
class AttendanceInput:
    """The body of `POST /orientation-sessions/{id}/attendance`.

    Example:
        {'application_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0'}

    Attributes:
        application_id (UUID): A shortlisted (or already oriented) application to the session's scheme.
    """

    application_id: UUID

    def to_dict(self) -> dict[str, Any]:
        application_id = str(self.application_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "application_id": application_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = UUID(d.pop("application_id"))

        attendance_input = cls(
            application_id=application_id,
        )

        return attendance_input
