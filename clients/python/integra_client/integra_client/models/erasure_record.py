from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErasureRecord")


@_attrs_define
class ErasureRecord:
    """Who erased a person's data, when and why.

    Example:
        {'erased_at': datetime.datetime(2026, 2, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'erased_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e01', 'reason': 'Request of the data subject, letter 2026/145'}

    Attributes:
        erased_by (UUID):
        reason (str):
        erased_at (datetime.datetime):
    """

    erased_by: UUID
    reason: str
    erased_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        erased_by = str(self.erased_by)

        reason = self.reason

        erased_at = self.erased_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "erased_by": erased_by,
                "reason": reason,
                "erased_at": erased_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        erased_by = UUID(d.pop("erased_by"))

        reason = d.pop("reason")

        erased_at = datetime.datetime.fromisoformat(d.pop("erased_at"))

        erasure_record = cls(
            erased_by=erased_by,
            reason=reason,
            erased_at=erased_at,
        )

        erasure_record.additional_properties = d
        return erasure_record

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
