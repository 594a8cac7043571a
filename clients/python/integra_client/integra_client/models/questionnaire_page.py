from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.questionnaire import Questionnaire


T = TypeVar("T", bound="QuestionnairePage")


@_attrs_define
class QuestionnairePage:
    """One page of questionnaires.

    Example:
        {'items': [{'code': 'reintegration-sustainability', 'created_at': datetime.datetime(2026, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'edition': 1, 'id':
            '00000000-0000-7000-8000-000000000501', 'published_at': datetime.datetime(2026, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'questions': [{'key': 'belonging', 'kind': 'scale',
            'max': None, 'min': None, 'options': [], 'required': False, 'text': {'en': 'How much do you feel part of your
            community? (1 not at all, 5 fully)', 'ka': 'რამდენად გრძნობთ თავს თქვენი თემის ნაწილად? (1 სულ არ ვგრძნობ, 5
            სრულად)'}}], 'recorded_by': None, 'status': 'published', 'study': 'reintegration_sustainability', 'title':
            {'en': 'Reintegration sustainability of returnees', 'ka': 'დაბრუნებული მიგრანტების რეინტეგრაციის მდგრადობა'},
            'updated_at': datetime.datetime(2026, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'version': 1}], 'next_cursor': None}

    Attributes:
        items (list[Questionnaire]):
        next_cursor (None | str): Pass as `cursor` for the next page; `null` on the last page.
    """

    items: list[Questionnaire]
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
        from ..models.questionnaire import Questionnaire  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Questionnaire.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        questionnaire_page = cls(
            items=items,
            next_cursor=next_cursor,
        )

        questionnaire_page.additional_properties = d
        return questionnaire_page

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
