from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.element import Element
    from ..models.element_progress import ElementProgress
    from ..models.indicator_progress import IndicatorProgress


T = TypeVar("T", bound="OutcomeProgress")


@_attrs_define
class OutcomeProgress:
    """An outcome with its indicators and its outputs.

    Example:
        {'element': {'code': '1.1', 'created_at': datetime.datetime(2025, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2', 'kind':
            'output', 'parent_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1', 'project_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'statement': 'Counsellors are trained', 'updated_at':
            datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1},
            'indicators': [], 'outputs': []}

    Attributes:
        element (Element): An element of the programme logic as the API shows it. Example: {'code': '1.1', 'created_at':
            datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc2', 'kind': 'output', 'parent_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc1',
            'project_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'statement': 'Counsellors of the division are trained in
            case management', 'updated_at': datetime.datetime(2025, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}.
        indicators (list[IndicatorProgress]):
        outputs (list[ElementProgress]):
    """

    element: Element
    indicators: list[IndicatorProgress]
    outputs: list[ElementProgress]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element = self.element.to_dict()

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item = outputs_item_data.to_dict()
            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "element": element,
                "indicators": indicators,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element import Element  # noqa: PLC0415
        from ..models.element_progress import ElementProgress  # noqa: PLC0415
        from ..models.indicator_progress import IndicatorProgress  # noqa: PLC0415

        d = dict(src_dict)
        element = Element.from_dict(d.pop("element"))

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in _indicators:
            indicators_item = IndicatorProgress.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item = ElementProgress.from_dict(outputs_item_data)

            outputs.append(outputs_item)

        outcome_progress = cls(
            element=element,
            indicators=indicators,
            outputs=outputs,
        )

        outcome_progress.additional_properties = d
        return outcome_progress

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
