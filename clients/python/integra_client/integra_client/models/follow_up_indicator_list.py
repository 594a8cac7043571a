from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_view import IndicatorView


T = TypeVar("T", bound="FollowUpIndicatorList")


@_attrs_define
class FollowUpIndicatorList:
    """The indicator catalogue.

    Example:
        {'items': [{'dimension': 'economic', 'id': 'income_source', 'question': {'en': 'Has a regular source of income',
            'ka': 'აქვს შემოსავლის მუდმივი წყარო'}, 'scale': 'yes_no', 'weight': 2.0}]}

    Attributes:
        items (list[IndicatorView]):
    """

    items: list[IndicatorView]
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
        from ..models.indicator_view import IndicatorView  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = IndicatorView.from_dict(items_item_data)

            items.append(items_item)

        follow_up_indicator_list = cls(
            items=items,
        )

        follow_up_indicator_list.additional_properties = d
        return follow_up_indicator_list

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
