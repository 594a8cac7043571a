from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person import Person


T = TypeVar("T", bound="PersonPage")


@_attrs_define
class PersonPage:
    """One page of persons.

    Example:
        {'items': [{'citizenship': 'GE', 'created_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'date_of_birth': datetime.date(1988, 4, 12),
            'external_ids': [{'system': 'readmission-db', 'value': 'RA-2015-0042'}], 'family_name': 'Beridze', 'given_name':
            'Nino', 'household_id': None, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'personal_number': '01001012345',
            'phone': '+995 555 12 34 56', 'region': 'GE-IM', 'residence_status': 'citizen', 'sex': 'female', 'updated_at':
            datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}],
            'next_cursor': 'AZO2wnwafS6fAFobLD1OXw'}

    Attributes:
        items (list[Person]):
        next_cursor (None | str): Pass as `cursor` for the next page; `null` on the last page.
    """

    items: list[Person]
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
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Person.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        person_page = cls(
            items=items,
            next_cursor=next_cursor,
        )

        person_page.additional_properties = d
        return person_page

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
