from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event import Event


T = TypeVar("T", bound="EventPage")


@_attrs_define
class EventPage:
    """One page of the feed.

    Example:
        {'items': [{'codes': {'status': 'approved', 'type': 'micro_business'}, 'cursor': 'AAAAAAAAAAAAAAAAAAAAKg', 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0', 'occurred_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'record_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10',
            'record_type': 'assistance', 'type': 'assistance.approved', 'version': 2}], 'next_cursor':
            'AAAAAAAAAAAAAAAAAAAAKg'}

    Attributes:
        items (list[Event]):
        next_cursor (str): Pass as `after` for the events that follow: the last event's cursor,
            or `after` as given when there was none (never `null`: the feed goes on).
    """

    items: list[Event]
    next_cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

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
        from ..models.event import Event  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Event.from_dict(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("next_cursor")

        event_page = cls(
            items=items,
            next_cursor=next_cursor,
        )

        event_page.additional_properties = d
        return event_page

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
