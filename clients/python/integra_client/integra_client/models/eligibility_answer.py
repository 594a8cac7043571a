from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eligibility_answer_facts import EligibilityAnswerFacts
    from ..models.rule_result import RuleResult
    from ..models.rule_set_ref import RuleSetRef


T = TypeVar("T", bound="EligibilityAnswer")


@_attrs_define
class EligibilityAnswer:
    """The answer of an eligibility check.

    Example:
        {'eligible': True, 'facts': {'age_years': 37}, 'results': [{'facts': {'age_years': 37}, 'outcome': 'passed',
            'reason': {'en': 'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}, 'rule_id': 'adult'}], 'rule_set':
            {'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'version': 1}}

    Attributes:
        eligible (bool): Every required rule passed.
        rule_set (RuleSetRef): The rule set version an answer was reached with. Example: {'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'version': 1}.
        results (list[RuleResult]): One result per rule: `rule_id`, `outcome` (`passed`, `failed`, `not_evaluable`),
            `reason`, `facts`.
        facts (EligibilityAnswerFacts): The facts the rules were evaluated on.
    """

    eligible: bool
    rule_set: RuleSetRef
    results: list[RuleResult]
    facts: EligibilityAnswerFacts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eligible = self.eligible

        rule_set = self.rule_set.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligible": eligible,
                "rule_set": rule_set,
                "results": results,
                "facts": facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eligibility_answer_facts import EligibilityAnswerFacts  # noqa: PLC0415
        from ..models.rule_result import RuleResult  # noqa: PLC0415
        from ..models.rule_set_ref import RuleSetRef  # noqa: PLC0415

        d = dict(src_dict)
        eligible = d.pop("eligible")

        rule_set = RuleSetRef.from_dict(d.pop("rule_set"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RuleResult.from_dict(results_item_data)

            results.append(results_item)

        facts = EligibilityAnswerFacts.from_dict(d.pop("facts"))

        eligibility_answer = cls(
            eligible=eligible,
            rule_set=rule_set,
            results=results,
            facts=facts,
        )

        eligibility_answer.additional_properties = d
        return eligibility_answer

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
