from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CaseNote")


@_attrs_define
class CaseNote:
    """A note on a case as the API shows it.

    Example:
        {'author_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'case_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0',
            'created_at': datetime.datetime(2026, 2, 3, 14, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ed0', 'text': 'Called; the business plan is due next week.'}

    Attributes:
        id (UUID):
        case_id (UUID):
        text (str):
        author_id (UUID):
        created_at (datetime.datetime):
    """

    id: UUID
    case_id: UUID
    text: str
    author_id: UUID
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        case_id = str(self.case_id)

        text = self.text

        author_id = str(self.author_id)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "text": text,
                "author_id": author_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_id = UUID(d.pop("case_id"))

        text = d.pop("text")

        author_id = UUID(d.pop("author_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        case_note = cls(
            id=id,
            case_id=case_id,
            text=text,
            author_id=author_id,
            created_at=created_at,
        )

        case_note.additional_properties = d
        return case_note

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
