from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.record_ref import RecordRef


T = TypeVar("T", bound="RecordsPage")


@_attrs_define
class RecordsPage:
    """One page of the records behind a figure.

    Example:
        {'amount': None, 'figure': 'funnel.assisted', 'items': [{'href':
            '/api/v1/persons/0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f'}],
            'next_cursor': 'AZO2wnwafS6fAFobLD1OXw', 'record_type': 'person', 'total': 2}

    Attributes:
        figure (str):
        record_type (str): What is listed: `person`, `household` or `assistance` (items, for money).
        total (int): How many records the figure counts: its value (for money, the items it adds up).
        amount (Money | None):
        items (list[RecordRef]):
        next_cursor (None | str): Pass as `cursor` for the next page; `null` on the last page.
    """

    figure: str
    record_type: str
    total: int
    amount: Money | None
    items: list[RecordRef]
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        figure = self.figure

        record_type = self.record_type

        total = self.total

        amount: dict[str, Any] | None
        if isinstance(self.amount, Money):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

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
                "record_type": record_type,
                "total": total,
                "amount": amount,
                "items": items,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.record_ref import RecordRef  # noqa: PLC0415

        d = dict(src_dict)
        figure = d.pop("figure")

        record_type = d.pop("record_type")

        total = d.pop("total")

        def _parse_amount(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_1 = Money.from_dict(data)

                return amount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        amount = _parse_amount(d.pop("amount"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RecordRef.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        records_page = cls(
            figure=figure,
            record_type=record_type,
            total=total,
            amount=amount,
            items=items,
            next_cursor=next_cursor,
        )

        records_page.additional_properties = d
        return records_page

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
