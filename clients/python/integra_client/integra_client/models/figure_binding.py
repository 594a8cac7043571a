from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.age_band import AgeBand
from ..models.report_name import ReportName
from ..models.sex import Sex
from ..types import UNSET, Unset

T = TypeVar("T", bound="FigureBinding")


@_attrs_define
class FigureBinding:
    """The report figure an indicator follows, with the report's filters (the
    period is the project's days up to the day asked for).

        Example:
            {'age_band': None, 'figure': 'persons_assisted', 'programme_id': None, 'region': None, 'report': 'overview',
                'sex': None}

        Attributes:
            report (ReportName): The reports an indicator can be bound to.
            figure (str): The figure's id in that report (`persons_assisted`, `improvement_mean`). Example:
                persons_assisted.
            programme_id (None | Unset | UUID):
            region (None | str | Unset):
            sex (None | Sex | Unset):
            age_band (AgeBand | None | Unset):
    """

    report: ReportName
    figure: str
    programme_id: None | Unset | UUID = UNSET
    region: None | str | Unset = UNSET
    sex: None | Sex | Unset = UNSET
    age_band: AgeBand | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        report = self.report.value

        figure = self.figure

        programme_id: None | str | Unset
        if isinstance(self.programme_id, Unset):
            programme_id = UNSET
        elif isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex

        age_band: None | str | Unset
        if isinstance(self.age_band, Unset):
            age_band = UNSET
        elif isinstance(self.age_band, AgeBand):
            age_band = self.age_band.value
        else:
            age_band = self.age_band

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "report": report,
                "figure": figure,
            }
        )
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if region is not UNSET:
            field_dict["region"] = region
        if sex is not UNSET:
            field_dict["sex"] = sex
        if age_band is not UNSET:
            field_dict["age_band"] = age_band

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report = ReportName(d.pop("report"))

        figure = d.pop("figure")

        def _parse_programme_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                programme_id_type_0 = UUID(data)

                return programme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        programme_id = _parse_programme_id(d.pop("programme_id", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_1 = Sex(data)

                return sex_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_age_band(data: object) -> AgeBand | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                age_band_type_1 = AgeBand(data)

                return age_band_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgeBand | None | Unset, data)

        age_band = _parse_age_band(d.pop("age_band", UNSET))

        figure_binding = cls(
            report=report,
            figure=figure,
            programme_id=programme_id,
            region=region,
            sex=sex,
            age_band=age_band,
        )

        return figure_binding
