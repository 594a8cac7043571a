from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator import Indicator
    from ..models.standing import Standing


T = TypeVar("T", bound="IndicatorProgress")


@_attrs_define
class IndicatorProgress:
    """An indicator with its actual value on the day and its standing.

    Example:
        {'indicator': {'actual': {'as_of': datetime.date(2026, 12, 1), 'measured_on': None, 'value': 812}, 'baseline':
            0, 'created_at': datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'element_id': None, 'figure': None, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1', 'name': 'Persons given
            reintegration assistance', 'project_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'target': 1200, 'target_date':
            datetime.date(2027, 12, 31), 'unit': 'persons', 'updated_at': datetime.datetime(2025, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}, 'standing': {'elapsed': 0.64, 'reached':
            0.677, 'status': 'on_track'}}

    Attributes:
        indicator (Indicator): An indicator as the API shows it, with its actual value on a day. Example: {'actual':
            {'as_of': datetime.date(2026, 12, 1), 'measured_on': None, 'value': 812}, 'baseline': 0, 'created_at':
            datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'element_id': None,
            'figure': {'age_band': None, 'figure': 'persons_assisted', 'programme_id': None, 'region': None, 'report':
            'overview', 'sex': None}, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1', 'name': 'Persons given reintegration
            assistance', 'project_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'target': 1200, 'target_date':
            datetime.date(2027, 12, 31), 'unit': 'persons', 'updated_at': datetime.datetime(2025, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}.
        standing (Standing): Where an indicator stands on `as_of` (see the module). Example: {'elapsed': 0.64,
            'reached': 0.677, 'status': 'on_track'}.
    """

    indicator: Indicator
    standing: Standing
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator.to_dict()

        standing = self.standing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "standing": standing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator import Indicator  # noqa: PLC0415
        from ..models.standing import Standing  # noqa: PLC0415

        d = dict(src_dict)
        indicator = Indicator.from_dict(d.pop("indicator"))

        standing = Standing.from_dict(d.pop("standing"))

        indicator_progress = cls(
            indicator=indicator,
            standing=standing,
        )

        indicator_progress.additional_properties = d
        return indicator_progress

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
