from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.follow_up import FollowUp


T = TypeVar("T", bound="FollowUpList")


@_attrs_define
class FollowUpList:
    """The follow-ups of a case.

    Example:
        {'items': [{'answers': {'economic_satisfaction': 4, 'income_source': True}, 'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'conducted_on': datetime.date(2026, 5, 15), 'created_at':
            datetime.datetime(2026, 5, 15, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'due_on':
            datetime.date(2026, 5, 15), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'point': 'month_3', 'recorded_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'scores': {'economic': 0.9167, 'overall': 0.9167, 'psychosocial': None,
            'social': None}, 'updated_at': datetime.datetime(2026, 5, 15, 12, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}]}

    Attributes:
        items (list[FollowUp]):
    """

    items: list[FollowUp]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up import FollowUp  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = FollowUp.from_dict(items_item_data)

            items.append(items_item)

        follow_up_list = cls(
            items=items,
        )

        follow_up_list.additional_properties = d
        return follow_up_list

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
