from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.programme import Programme


T = TypeVar("T", bound="ProgrammePage")


@_attrs_define
class ProgrammePage:
    """One page of programmes.

    Example:
        {'items': [{'application_closes_on': None, 'application_opens_on': None, 'approval_threshold': {'amount':
            '3000.00', 'currency': 'GEL'}, 'budget': {'amount': '500000.00', 'currency': 'GEL'}, 'catalogue':
            [{'cap_per_household': None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type':
            'micro_business'}], 'code': 'REINT-2026', 'committed': {'amount': '12500.00', 'currency': 'GEL'}, 'created_at':
            datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'ends_on':
            datetime.date(2026, 12, 31), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'name': {'en': 'State reintegration
            programme 2026', 'ka': 'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}, 'rule_set_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'rule_set_version': 1, 'starts_on': datetime.date(2026, 1, 1), 'status':
            'open', 'stream': 'reintegration', 'updated_at': datetime.datetime(2026, 1, 5, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}], 'next_cursor': None}

    Attributes:
        items (list[Programme]):
        next_cursor (None | str):
    """

    items: list[Programme]
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
        from ..models.programme import Programme  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Programme.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        programme_page = cls(
            items=items,
            next_cursor=next_cursor,
        )

        programme_page.additional_properties = d
        return programme_page

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
