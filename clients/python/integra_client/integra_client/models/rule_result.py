from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outcome import Outcome

if TYPE_CHECKING:
    from ..models.localised import Localised
    from ..models.used_facts import UsedFacts


T = TypeVar("T", bound="RuleResult")


@_attrs_define
class RuleResult:
    """The outcome of one rule, explained.

    Example:
        {'facts': {'asylum_sought': False, 'longest_irregular_stay': {'days': 19, 'from': datetime.date(2019, 3, 1),
            'months': 74, 'to': datetime.date(2025, 5, 20)}}, 'outcome': 'passed', 'reason': {'en': 'The person stayed
            abroad irregularly for more than 12 months, or applied for or was granted asylum abroad.', 'ka': 'პირი
            საზღვარგარეთ 12 თვეზე მეტი ხნით არალეგალურად იმყოფებოდა ან საზღვარგარეთ თავშესაფარი მოითხოვა ან მიიღო.'},
            'rule_id': 'migration_history'}

    Attributes:
        rule_id (str):  Example: migration_history.
        outcome (Outcome): Whether a rule holds; `not_evaluable` when a fact it needs is unknown.
        reason (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        facts (UsedFacts): The facts a rule read, with their values (`None` = unknown); a JSON object. Example:
            {'citizenship': 'GE', 'residence_status': None}.
    """

    rule_id: str
    outcome: Outcome
    reason: Localised
    facts: UsedFacts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        outcome = self.outcome.value

        reason = self.reason.to_dict()

        facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_id": rule_id,
                "outcome": outcome,
                "reason": reason,
                "facts": facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415
        from ..models.used_facts import UsedFacts  # noqa: PLC0415

        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        outcome = Outcome(d.pop("outcome"))

        reason = Localised.from_dict(d.pop("reason"))

        facts = UsedFacts.from_dict(d.pop("facts"))

        rule_result = cls(
            rule_id=rule_id,
            outcome=outcome,
            reason=reason,
            facts=facts,
        )

        rule_result.additional_properties = d
        return rule_result

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
