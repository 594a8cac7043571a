from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.jobseeker import Jobseeker


T = TypeVar("T", bound="JobseekerPage")


@_attrs_define
class JobseekerPage:
    """One page of jobseeker profiles.

    Example:
        {'items': [{'available_from': None, 'available_to': None, 'certificates': [], 'close_relatives_in': [],
            'created_at': datetime.datetime(2026, 2, 11, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'education': {'field': None, 'isced_level': 3}, 'experience_months': 36, 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0', 'languages': [{'language': 'en', 'level': 'B1'}], 'note': None,
            'occupations': ['5322'], 'organisation_id': '01900000-0000-7000-8000-000000000001', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'preferred_countries': ['IL'], 'preferred_sectors': ['care'],
            'registered_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'skills': [], 'updated_at': datetime.datetime(2026, 2,
            11, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}], 'next_cursor': None}

    Attributes:
        items (list[Jobseeker]):
        next_cursor (None | str): Pass as `cursor` for the next page; `null` on the last page.
    """

    items: list[Jobseeker]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobseeker import Jobseeker  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Jobseeker.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        jobseeker_page = cls(
            items=items,
            next_cursor=next_cursor,
        )

        jobseeker_page.additional_properties = d
        return jobseeker_page

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
