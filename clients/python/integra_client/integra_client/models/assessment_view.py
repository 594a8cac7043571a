from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.assessment_view_facts import AssessmentViewFacts
    from ..models.rule_result import RuleResult
    from ..models.rule_set_ref import RuleSetRef


T = TypeVar("T", bound="AssessmentView")


@_attrs_define
class AssessmentView:
    """A stored eligibility assessment: never changed.

    Example:
        {'assessed_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'assessed_on': datetime.date(2026, 1, 31), 'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'created_at': datetime.datetime(2026, 2, 1, 10, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'eligible': True, 'facts': {'application_date':
            datetime.date(2026, 1, 31), 'citizenship': 'GE', 'date_of_birth': datetime.date(1988, 4, 12), 'grants_received':
            0, 'residence_status': 'citizen', 'stays_abroad': []}, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0', 'results':
            [{'facts': {'age_years': 37}, 'outcome': 'passed', 'reason': {'en': 'The person is 18 or older.', 'ka': 'პირი
            სრულწლოვანია.'}, 'rule_id': 'adult'}], 'rule_set': {'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'version': 1}}

    Attributes:
        id (UUID):
        case_id (UUID):
        eligible (bool):
        rule_set (RuleSetRef): The rule set version an answer was reached with. Example: {'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'version': 1}.
        assessed_on (datetime.date): The application date the rules were evaluated on (the case's `registered_on`).
        facts (AssessmentViewFacts): The facts used, as they were, by name.
        results (list[RuleResult]): Every rule's result.
        assessed_by (UUID):
        created_at (datetime.datetime):
    """

    id: UUID
    case_id: UUID
    eligible: bool
    rule_set: RuleSetRef
    assessed_on: datetime.date
    facts: AssessmentViewFacts
    results: list[RuleResult]
    assessed_by: UUID
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        case_id = str(self.case_id)

        eligible = self.eligible

        rule_set = self.rule_set.to_dict()

        assessed_on = self.assessed_on.isoformat()

        facts = self.facts.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        assessed_by = str(self.assessed_by)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "eligible": eligible,
                "rule_set": rule_set,
                "assessed_on": assessed_on,
                "facts": facts,
                "results": results,
                "assessed_by": assessed_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_view_facts import AssessmentViewFacts  # noqa: PLC0415
        from ..models.rule_result import RuleResult  # noqa: PLC0415
        from ..models.rule_set_ref import RuleSetRef  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_id = UUID(d.pop("case_id"))

        eligible = d.pop("eligible")

        rule_set = RuleSetRef.from_dict(d.pop("rule_set"))

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        facts = AssessmentViewFacts.from_dict(d.pop("facts"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RuleResult.from_dict(results_item_data)

            results.append(results_item)

        assessed_by = UUID(d.pop("assessed_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        assessment_view = cls(
            id=id,
            case_id=case_id,
            eligible=eligible,
            rule_set=rule_set,
            assessed_on=assessed_on,
            facts=facts,
            results=results,
            assessed_by=assessed_by,
            created_at=created_at,
        )

        assessment_view.additional_properties = d
        return assessment_view

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
