from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.element import Element


T = TypeVar("T", bound="Logic")


@_attrs_define
class Logic:
    """A project's programme logic: the objective (on the project), outcomes,
    outputs (each under its outcome) and assumptions.

        Example:
            {'elements': [{'code': '1', 'created_at': datetime.datetime(2025, 1, 10, 9, 0,
                tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1', 'kind':
                'outcome', 'parent_id': None, 'project_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'statement': 'Returnees get
                reintegration assistance from one division', 'updated_at': datetime.datetime(2025, 1, 10, 9, 0,
                tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}], 'objective': 'Returning migrants and
                immigrants are served by one division with trained staff'}

        Attributes:
            objective (str):
            elements (list[Element]): Outcomes, then outputs, then assumptions, each by code.
    """

    objective: str
    elements: list[Element]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objective = self.objective

        elements = []
        for elements_item_data in self.elements:
            elements_item = elements_item_data.to_dict()
            elements.append(elements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objective": objective,
                "elements": elements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element import Element  # noqa: PLC0415

        d = dict(src_dict)
        objective = d.pop("objective")

        elements = []
        _elements = d.pop("elements")
        for elements_item_data in _elements:
            elements_item = Element.from_dict(elements_item_data)

            elements.append(elements_item)

        logic = cls(
            objective=objective,
            elements=elements,
        )

        logic.additional_properties = d
        return logic

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
