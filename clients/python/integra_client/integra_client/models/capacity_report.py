from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.integration_figure import IntegrationFigure
    from ..models.period import Period


T = TypeVar("T", bound="CapacityReport")


@_attrs_define
class CapacityReport:
    """The capacity report as the API shows it.

    Example:
        {'figures': [{'definition': {'en': 'Distinct officials who attended a training held in the period', 'ka':
            'განსხვავებული თანამდებობის პირები, რომლებიც დაესწრნენ პერიოდში ჩატარებულ ტრენინგს'}, 'id': 'officials_trained',
            'value': 48}, {'definition': {'en': 'The mean improvement (post-test less pre-test score) of the scored
            attendances', 'ka': 'საშუალო გაუმჯობესება (საბოლოო გამოკლებული წინასწარი), ქულიანი დასწრებებისა'}, 'id':
            'improvement_mean', 'value': 17.5}], 'period': {'from': datetime.date(2026, 1, 1), 'to': datetime.date(2026, 12,
            31)}, 'suppressed': []}

    Attributes:
        period (Period): A report's period: both days included. Example: {'from': datetime.date(2026, 1, 1), 'to':
            datetime.date(2026, 12, 31)}.
        figures (list[IntegrationFigure]): Every figure, in a fixed order: `officials_trained`, its parts by
            organisation (those found) and by topic (every topic), `participations`,
            `participations.scored`, then (when an attendance was scored)
            `pre_test_mean`, `post_test_mean`, `improvement_mean`, `improved_share`.
        suppressed (list[str]): The ids of the figures shown as `null` (small cells, for monitors).
    """

    period: Period
    figures: list[IntegrationFigure]
    suppressed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period.to_dict()

        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)

        suppressed = self.suppressed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "figures": figures,
                "suppressed": suppressed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration_figure import IntegrationFigure  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415

        d = dict(src_dict)
        period = Period.from_dict(d.pop("period"))

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = IntegrationFigure.from_dict(figures_item_data)

            figures.append(figures_item)

        suppressed = cast(list[str], d.pop("suppressed"))

        capacity_report = cls(
            period=period,
            figures=figures,
            suppressed=suppressed,
        )

        capacity_report.additional_properties = d
        return capacity_report

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
