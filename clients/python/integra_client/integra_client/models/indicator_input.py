from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.figure_binding import FigureBinding


T = TypeVar("T", bound="IndicatorInput")


@_attrs_define
class IndicatorInput:
    """An indicator as a client records it.

    Example:
        {'baseline': 0, 'element_id': None, 'figure': {'figure': 'persons_assisted', 'report': 'overview'}, 'name':
            'Persons given reintegration assistance', 'target': 1200, 'target_date': datetime.date(2027, 12, 31), 'unit':
            'persons'}

    Attributes:
        name (str):
        unit (str):  Example: persons.
        baseline (float):
        target (float):
        target_date (datetime.date):  Example: 2027-12-31.
        element_id (None | Unset | UUID): The element it measures; `null` for the project's objective.
        figure (FigureBinding | None | Unset):
    """

    name: str
    unit: str
    baseline: float
    target: float
    target_date: datetime.date
    element_id: None | Unset | UUID = UNSET
    figure: FigureBinding | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.figure_binding import FigureBinding  # noqa: PLC0415

        name = self.name

        unit = self.unit

        baseline = self.baseline

        target = self.target

        target_date = self.target_date.isoformat()

        element_id: None | str | Unset
        if isinstance(self.element_id, Unset):
            element_id = UNSET
        elif isinstance(self.element_id, UUID):
            element_id = str(self.element_id)
        else:
            element_id = self.element_id

        figure: dict[str, Any] | None | Unset
        if isinstance(self.figure, Unset):
            figure = UNSET
        elif isinstance(self.figure, FigureBinding):
            figure = self.figure.to_dict()
        else:
            figure = self.figure

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "unit": unit,
                "baseline": baseline,
                "target": target,
                "target_date": target_date,
            }
        )
        if element_id is not UNSET:
            field_dict["element_id"] = element_id
        if figure is not UNSET:
            field_dict["figure"] = figure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figure_binding import FigureBinding  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        unit = d.pop("unit")

        baseline = d.pop("baseline")

        target = d.pop("target")

        target_date = datetime.date.fromisoformat(d.pop("target_date"))

        def _parse_element_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                element_id_type_0 = UUID(data)

                return element_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        element_id = _parse_element_id(d.pop("element_id", UNSET))

        def _parse_figure(data: object) -> FigureBinding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                figure_type_1 = FigureBinding.from_dict(data)

                return figure_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FigureBinding | None | Unset, data)

        figure = _parse_figure(d.pop("figure", UNSET))

        indicator_input = cls(
            name=name,
            unit=unit,
            baseline=baseline,
            target=target,
            target_date=target_date,
            element_id=element_id,
            figure=figure,
        )

        return indicator_input
