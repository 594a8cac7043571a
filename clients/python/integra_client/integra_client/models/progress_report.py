from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_item import ActionItem
    from ..models.activity import Activity
    from ..models.element_progress import ElementProgress
    from ..models.indicator_progress import IndicatorProgress
    from ..models.meeting_decisions import MeetingDecisions
    from ..models.outcome_progress import OutcomeProgress
    from ..models.project import Project
    from ..models.risk import Risk


T = TypeVar("T", bound="ProgressReport")


@_attrs_define
class ProgressReport:
    """The progress report of a project on a day.

    Example:
        {'as_of': datetime.date(2026, 12, 1), 'assumptions': [], 'decisions': [], 'late_activities': [],
            'objective_indicators': [], 'outcomes': [], 'overdue_action_items': [], 'project': {'created_at':
            datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'ends_on':
            datetime.date(2027, 12, 31), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'name': 'Strengthening the Migration
            Division', 'objective': 'Returnees are served by one division', 'starts_on': datetime.date(2025, 1, 1),
            'updated_at': datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'version': 1}, 'risks': []}

    Attributes:
        project (Project): A project as the API shows it. Example: {'created_at': datetime.datetime(2025, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'ends_on': datetime.date(2027, 12, 31), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'name': 'Strengthening the Migration Division', 'objective': 'Returning
            migrants and immigrants are served by one division with trained staff', 'starts_on': datetime.date(2025, 1, 1),
            'updated_at': datetime.datetime(2025, 1, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'version': 1}.
        as_of (datetime.date):
        objective_indicators (list[IndicatorProgress]): The indicators of the project's objective.
        outcomes (list[OutcomeProgress]): Each outcome (by code) with its indicators and outputs.
        assumptions (list[ElementProgress]): The assumptions, with any indicators on them.
        risks (list[Risk]): Every risk, highest score first.
        late_activities (list[Activity]): Activities late on the day: not started or not ended though planned to be.
        overdue_action_items (list[ActionItem]): Action items not done and due before the day.
        decisions (list[MeetingDecisions]): The decisions of the last steering committee meeting held by the day
            and of every meeting after it up to the day (every meeting's, when the
            committee has not met).
    """

    project: Project
    as_of: datetime.date
    objective_indicators: list[IndicatorProgress]
    outcomes: list[OutcomeProgress]
    assumptions: list[ElementProgress]
    risks: list[Risk]
    late_activities: list[Activity]
    overdue_action_items: list[ActionItem]
    decisions: list[MeetingDecisions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project = self.project.to_dict()

        as_of = self.as_of.isoformat()

        objective_indicators = []
        for objective_indicators_item_data in self.objective_indicators:
            objective_indicators_item = objective_indicators_item_data.to_dict()
            objective_indicators.append(objective_indicators_item)

        outcomes = []
        for outcomes_item_data in self.outcomes:
            outcomes_item = outcomes_item_data.to_dict()
            outcomes.append(outcomes_item)

        assumptions = []
        for assumptions_item_data in self.assumptions:
            assumptions_item = assumptions_item_data.to_dict()
            assumptions.append(assumptions_item)

        risks = []
        for risks_item_data in self.risks:
            risks_item = risks_item_data.to_dict()
            risks.append(risks_item)

        late_activities = []
        for late_activities_item_data in self.late_activities:
            late_activities_item = late_activities_item_data.to_dict()
            late_activities.append(late_activities_item)

        overdue_action_items = []
        for overdue_action_items_item_data in self.overdue_action_items:
            overdue_action_items_item = overdue_action_items_item_data.to_dict()
            overdue_action_items.append(overdue_action_items_item)

        decisions = []
        for decisions_item_data in self.decisions:
            decisions_item = decisions_item_data.to_dict()
            decisions.append(decisions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project": project,
                "as_of": as_of,
                "objective_indicators": objective_indicators,
                "outcomes": outcomes,
                "assumptions": assumptions,
                "risks": risks,
                "late_activities": late_activities,
                "overdue_action_items": overdue_action_items,
                "decisions": decisions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item import ActionItem  # noqa: PLC0415
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.element_progress import ElementProgress  # noqa: PLC0415
        from ..models.indicator_progress import IndicatorProgress  # noqa: PLC0415
        from ..models.meeting_decisions import MeetingDecisions  # noqa: PLC0415
        from ..models.outcome_progress import OutcomeProgress  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.risk import Risk  # noqa: PLC0415

        d = dict(src_dict)
        project = Project.from_dict(d.pop("project"))

        as_of = datetime.date.fromisoformat(d.pop("as_of"))

        objective_indicators = []
        _objective_indicators = d.pop("objective_indicators")
        for objective_indicators_item_data in _objective_indicators:
            objective_indicators_item = IndicatorProgress.from_dict(objective_indicators_item_data)

            objective_indicators.append(objective_indicators_item)

        outcomes = []
        _outcomes = d.pop("outcomes")
        for outcomes_item_data in _outcomes:
            outcomes_item = OutcomeProgress.from_dict(outcomes_item_data)

            outcomes.append(outcomes_item)

        assumptions = []
        _assumptions = d.pop("assumptions")
        for assumptions_item_data in _assumptions:
            assumptions_item = ElementProgress.from_dict(assumptions_item_data)

            assumptions.append(assumptions_item)

        risks = []
        _risks = d.pop("risks")
        for risks_item_data in _risks:
            risks_item = Risk.from_dict(risks_item_data)

            risks.append(risks_item)

        late_activities = []
        _late_activities = d.pop("late_activities")
        for late_activities_item_data in _late_activities:
            late_activities_item = Activity.from_dict(late_activities_item_data)

            late_activities.append(late_activities_item)

        overdue_action_items = []
        _overdue_action_items = d.pop("overdue_action_items")
        for overdue_action_items_item_data in _overdue_action_items:
            overdue_action_items_item = ActionItem.from_dict(overdue_action_items_item_data)

            overdue_action_items.append(overdue_action_items_item)

        decisions = []
        _decisions = d.pop("decisions")
        for decisions_item_data in _decisions:
            decisions_item = MeetingDecisions.from_dict(decisions_item_data)

            decisions.append(decisions_item)

        progress_report = cls(
            project=project,
            as_of=as_of,
            objective_indicators=objective_indicators,
            outcomes=outcomes,
            assumptions=assumptions,
            risks=risks,
            late_activities=late_activities,
            overdue_action_items=overdue_action_items,
            decisions=decisions,
        )

        progress_report.additional_properties = d
        return progress_report

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
