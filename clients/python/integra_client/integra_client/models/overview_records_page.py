from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.overview_record_ref import OverviewRecordRef


T = TypeVar("T", bound="OverviewRecordsPage")


@_attrs_define
class OverviewRecordsPage:
    """One page of the records behind a figure of the overview.

    Example:
        {'figure': 'persons_counselled', 'items': [{'href': '/api/v1/persons/0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'record_type': 'person'}], 'next_cursor':
            'AZO2wnwafS6fAFobLD1OXw', 'total': 2, 'value': 2}

    Attributes:
        figure (str):
        total (int): How many records are behind the figure: its value for a count; for a
            sum (`people_reached_by_outreach`, `job_places_*`), the records summed.
        value (int): The figure's value: `total` for a count, what the records add up to for a sum.
        items (list[OverviewRecordRef]):
        next_cursor (None | str): Pass as `cursor` for the next page; `null` on the last page.
    """

    figure: str
    total: int
    value: int
    items: list[OverviewRecordRef]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figure = self.figure

        total = self.total

        value = self.value

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
                "figure": figure,
                "total": total,
                "value": value,
                "items": items,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overview_record_ref import OverviewRecordRef  # noqa: PLC0415

        d = dict(src_dict)
        figure = d.pop("figure")

        total = d.pop("total")

        value = d.pop("value")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OverviewRecordRef.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        overview_records_page = cls(
            figure=figure,
            total=total,
            value=value,
            items=items,
            next_cursor=next_cursor,
        )

        overview_records_page.additional_properties = d
        return overview_records_page

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
