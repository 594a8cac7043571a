from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.actual import Actual
    from ..models.figure_binding import FigureBinding


T = TypeVar("T", bound="Indicator")


@_attrs_define
class Indicator:
    """An indicator as the API shows it, with its actual value on a day.

    Example:
        {'actual': {'as_of': datetime.date(2026, 12, 1), 'measured_on': None, 'value': 812}, 'baseline': 0,
            'created_at': datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'element_id': None, 'figure': {'age_band': None, 'figure': 'persons_assisted', 'programme_id': None, 'region':
            None, 'report': 'overview', 'sex': None}, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd1', 'name': 'Persons given
            reintegration assistance', 'project_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'target': 1200, 'target_date':
            datetime.date(2027, 12, 31), 'unit': 'persons', 'updated_at': datetime.datetime(2025, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        project_id (UUID):
        element_id (None | UUID):
        name (str):
        unit (str):
        baseline (float):
        target (float):
        target_date (datetime.date):
        figure (FigureBinding | None):
        actual (Actual | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    project_id: UUID
    element_id: None | UUID
    name: str
    unit: str
    baseline: float
    target: float
    target_date: datetime.date
    figure: FigureBinding | None
    actual: Actual | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actual import Actual  # noqa: PLC0415
        from ..models.figure_binding import FigureBinding  # noqa: PLC0415

        id = str(self.id)

        project_id = str(self.project_id)

        element_id: None | str
        if isinstance(self.element_id, UUID):
            element_id = str(self.element_id)
        else:
            element_id = self.element_id

        name = self.name

        unit = self.unit

        baseline = self.baseline

        target = self.target

        target_date = self.target_date.isoformat()

        figure: dict[str, Any] | None
        if isinstance(self.figure, FigureBinding):
            figure = self.figure.to_dict()
        else:
            figure = self.figure

        actual: dict[str, Any] | None
        if isinstance(self.actual, Actual):
            actual = self.actual.to_dict()
        else:
            actual = self.actual

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "element_id": element_id,
                "name": name,
                "unit": unit,
                "baseline": baseline,
                "target": target,
                "target_date": target_date,
                "figure": figure,
                "actual": actual,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actual import Actual  # noqa: PLC0415
        from ..models.figure_binding import FigureBinding  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        def _parse_element_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                element_id_type_0 = UUID(data)

                return element_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        element_id = _parse_element_id(d.pop("element_id"))

        name = d.pop("name")

        unit = d.pop("unit")

        baseline = d.pop("baseline")

        target = d.pop("target")

        target_date = datetime.date.fromisoformat(d.pop("target_date"))

        def _parse_figure(data: object) -> FigureBinding | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                figure_type_1 = FigureBinding.from_dict(data)

                return figure_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FigureBinding | None, data)

        figure = _parse_figure(d.pop("figure"))

        def _parse_actual(data: object) -> Actual | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actual_type_1 = Actual.from_dict(data)

                return actual_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Actual | None, data)

        actual = _parse_actual(d.pop("actual"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        indicator = cls(
            id=id,
            project_id=project_id,
            element_id=element_id,
            name=name,
            unit=unit,
            baseline=baseline,
            target=target,
            target_date=target_date,
            figure=figure,
            actual=actual,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        indicator.additional_properties = d
        return indicator

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
