from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.headline_figure import HeadlineFigure
    from ..models.overview_report_links_type_0 import OverviewReportLinksType0
    from ..models.period import Period


T = TypeVar("T", bound="OverviewReport")


@_attrs_define
class OverviewReport:
    """The overview fact sheet as the API shows it (a fixed shape: other systems
    read it).

        Example:
            {'figures': [{'definition': {'en': 'Distinct persons whose stay abroad ended in the period with an assisted
                voluntary return', 'ka': 'განსხვავებული პირები, რომელთა საზღვარგარეთ ყოფნა პერიოდში დასრულდა დახმარებით
                ნებაყოფლობითი დაბრუნებით'}, 'id': 'returns_assisted', 'value': 122}, {'definition': {'en': 'Distinct households
                given temporary_accommodation delivered in the period', 'ka': 'განსხვავებული შინამეურნეობები, რომლებსაც პერიოდში
                გადაეცათ დროებითი საცხოვრებელი'}, 'id': 'families_housed', 'value': None}], 'period': {'from':
                datetime.date(2026, 1, 1), 'to': datetime.date(2026, 12, 31)}, 'suppressed': ['families_housed']}

        Attributes:
            period (Period): A report's period: both days included. Example: {'from': datetime.date(2026, 1, 1), 'to':
                datetime.date(2026, 12, 31)}.
            figures (list[HeadlineFigure]): Every figure, in a fixed order: `returns_assisted`, `persons_assisted`,
                `persons_assisted.<type>` for each assistance type, `startups_supported`,
                `startup_persons_involved`, `families_housed`, `persons_employed`,
                `persons_counselled`, `people_reached_by_outreach`,
                `persons_trained_vocationally`, `social_enterprises`,
                `social_enterprise_partners`, `social_enterprise_beneficiaries`,
                `job_places_temporary`, `job_places_permanent`, `foreign_migrants_moved`,
                `officials_trained`.
            suppressed (list[str]): The ids of the figures shown as `null` (small cells, for monitors).
            links (None | OverviewReportLinksType0 | Unset): For callers who may read the records behind them: each figure's
                id and
                the path of the list of its records (`GET /reports/overview/records`).
    """

    period: Period
    figures: list[HeadlineFigure]
    suppressed: list[str]
    links: None | OverviewReportLinksType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.overview_report_links_type_0 import OverviewReportLinksType0  # noqa: PLC0415

        period = self.period.to_dict()

        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)

        suppressed = self.suppressed

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, OverviewReportLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "figures": figures,
                "suppressed": suppressed,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.headline_figure import HeadlineFigure  # noqa: PLC0415
        from ..models.overview_report_links_type_0 import OverviewReportLinksType0  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415

        d = dict(src_dict)
        period = Period.from_dict(d.pop("period"))

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = HeadlineFigure.from_dict(figures_item_data)

            figures.append(figures_item)

        suppressed = cast(list[str], d.pop("suppressed"))

        def _parse_links(data: object) -> None | OverviewReportLinksType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = OverviewReportLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverviewReportLinksType0 | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        overview_report = cls(
            period=period,
            figures=figures,
            suppressed=suppressed,
            links=links,
        )

        overview_report.additional_properties = d
        return overview_report

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
