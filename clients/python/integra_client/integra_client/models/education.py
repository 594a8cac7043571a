from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Education")


@_attrs_define
class Education:
    """Education: the highest ISCED 2011 level attained (0 early childhood to 8
    doctoral) and its field.

        Example:
            {'field': 'Nursing assistance', 'isced_level': 3}

        Attributes:
            isced_level (int):  Example: 3.
            field (None | str | Unset): The field of study, if any. Example: Nursing assistance.
    """

    isced_level: int
    field: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        isced_level = self.isced_level

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "isced_level": isced_level,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        isced_level = d.pop("isced_level")

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        education = cls(
            isced_level=isced_level,
            field=field,
        )

        return education
