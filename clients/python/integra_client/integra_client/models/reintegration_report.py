from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel import Funnel
    from ..models.period import Period
    from ..models.reintegration_report_links_type_0 import ReintegrationReportLinksType0
    from ..models.returns import Returns
    from ..models.type_figures import TypeFigures


T = TypeVar("T", bound="ReintegrationReport")


@_attrs_define
class ReintegrationReport:
    """The reintegration report as the API shows it (a fixed shape: other systems
    read it).

        Example:
            {'by_type': [{'committed': {'amount': '231500.00', 'currency': 'GEL'}, 'delivered': {'amount': '204000.00',
                'currency': 'GEL'}, 'households': 59, 'persons': 61, 'persons_involved': 88, 'type': 'micro_business'}],
                'funnel': {'assisted': 97, 'eligible': 112, 'not_eligible': 19, 'not_eligible_counselled': 15, 'reached': 180,
                'registered': 140, 'screened': 131}, 'period': {'from': datetime.date(2026, 1, 1), 'to': datetime.date(2026, 12,
                31)}, 'returns': {'assisted_voluntary_return': 122, 'deportation': None, 'readmission': 41, 'spontaneous': 260},
                'suppressed': ['returns.deportation']}

        Attributes:
            period (Period): A report's period: both days included. Example: {'from': datetime.date(2026, 1, 1), 'to':
                datetime.date(2026, 12, 31)}.
            funnel (Funnel): The funnel: distinct persons at each stage; `null` only where suppressed. Example: {'assisted':
                97, 'eligible': 112, 'not_eligible': 19, 'not_eligible_counselled': 15, 'reached': 180, 'registered': 140,
                'screened': 131}.
            by_type (list[TypeFigures]): Every assistance type, in the catalogue's order.
            returns (Returns): Distinct persons returned in the period, by return type; `null` only where suppressed.
                Example: {'assisted_voluntary_return': 122, 'deportation': None, 'readmission': 41, 'spontaneous': 260}.
            suppressed (list[str]): The ids of the figures shown as `null` (small cells, for monitors).
            links (None | ReintegrationReportLinksType0 | Unset): For callers who may read the records behind them: each
                figure's id and
                the path of the list of its records (`GET /reports/reintegration/records`).
    """

    period: Period
    funnel: Funnel
    by_type: list[TypeFigures]
    returns: Returns
    suppressed: list[str]
    links: None | ReintegrationReportLinksType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.reintegration_report_links_type_0 import ReintegrationReportLinksType0  # noqa: PLC0415

        period = self.period.to_dict()

        funnel = self.funnel.to_dict()

        by_type = []
        for by_type_item_data in self.by_type:
            by_type_item = by_type_item_data.to_dict()
            by_type.append(by_type_item)

        returns = self.returns.to_dict()

        suppressed = self.suppressed

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ReintegrationReportLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "funnel": funnel,
                "by_type": by_type,
                "returns": returns,
                "suppressed": suppressed,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funnel import Funnel  # noqa: PLC0415
        from ..models.period import Period  # noqa: PLC0415
        from ..models.reintegration_report_links_type_0 import ReintegrationReportLinksType0  # noqa: PLC0415
        from ..models.returns import Returns  # noqa: PLC0415
        from ..models.type_figures import TypeFigures  # noqa: PLC0415

        d = dict(src_dict)
        period = Period.from_dict(d.pop("period"))

        funnel = Funnel.from_dict(d.pop("funnel"))

        by_type = []
        _by_type = d.pop("by_type")
        for by_type_item_data in _by_type:
            by_type_item = TypeFigures.from_dict(by_type_item_data)

            by_type.append(by_type_item)

        returns = Returns.from_dict(d.pop("returns"))

        suppressed = cast(list[str], d.pop("suppressed"))

        def _parse_links(data: object) -> None | ReintegrationReportLinksType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ReintegrationReportLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReintegrationReportLinksType0 | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        reintegration_report = cls(
            period=period,
            funnel=funnel,
            by_type=by_type,
            returns=returns,
            suppressed=suppressed,
            links=links,
        )

        reintegration_report.additional_properties = d
        return reintegration_report

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
