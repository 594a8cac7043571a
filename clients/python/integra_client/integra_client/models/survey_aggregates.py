from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.integration_figure import IntegrationFigure
    from ..models.period import Period


T = TypeVar("T", bound="SurveyAggregates")


@_attrs_define
class SurveyAggregates:
    """The aggregates of a questionnaire as the API shows them.

    Example:
        {'code': 'reintegration-sustainability', 'edition': 1, 'figures': [{'definition': {'en': 'Responses collected in
            the period', 'ka': 'პერიოდში შეგროვებული პასუხები (ანკეტები)'}, 'id': 'responses', 'value': 42}, {'definition':
            {'en': "How do you rate your household's economic situation today? (1 very bad, 5 very good) — mean", 'ka':
            'როგორ აფასებთ თქვენი ოჯახის ეკონომიკურ მდგომარეობას დღეს? (1 ძალიან ცუდი, 5 ძალიან კარგი) — საშუალო'}, 'id':
            'economic_situation.mean', 'value': 3.4}], 'period': {'from': datetime.date(2026, 1, 1), 'to':
            datetime.date(2026, 12, 31)}, 'questionnaire_id': '00000000-0000-7000-8000-000000000501', 'suppressed': []}

    Attributes:
        questionnaire_id (UUID):
        code (str):
        edition (int):
        period (Period): A report's period: both days included. Example: {'from': datetime.date(2026, 1, 1), 'to':
            datetime.date(2026, 12, 31)}.
        figures (list[IntegrationFigure]): Every figure, in the order of the questions: `responses`, then for
            each question `<key>.answered` and, by kind, `<key>.option.<option>`,
            `<key>.value.<1..5>`, `<key>.mean`, `<key>.p25`, `<key>.median`,
            `<key>.p75`.
        suppressed (list[str]): The ids of the figures shown as `null` (small cells, for monitors).
    """

    questionnaire_id: UUID
    code: str
    edition: int
    period: Period
    figures: list[IntegrationFigure]
    suppressed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        questionnaire_id = str(self.questionnaire_id)

        code = self.code

        edition = self.edition

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
                "questionnaire_id": questionnaire_id,
                "code": code,
                "edition": edition,
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
        questionnaire_id = UUID(d.pop("questionnaire_id"))

        code = d.pop("code")

        edition = d.pop("edition")

        period = Period.from_dict(d.pop("period"))

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = IntegrationFigure.from_dict(figures_item_data)

            figures.append(figures_item)

        suppressed = cast(list[str], d.pop("suppressed"))

        survey_aggregates = cls(
            questionnaire_id=questionnaire_id,
            code=code,
            edition=edition,
            period=period,
            figures=figures,
            suppressed=suppressed,
        )

        survey_aggregates.additional_properties = d
        return survey_aggregates

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
