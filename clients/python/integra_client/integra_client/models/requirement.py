from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.met import Met

if TYPE_CHECKING:
    from ..models.localised import Localised
    from ..models.requirement_facts import RequirementFacts


T = TypeVar("T", bound="Requirement")


@_attrs_define
class Requirement:
    """One requirement of a match, with the facts used.

    Example:
        {'facts': {'certificates': []}, 'hard': True, 'id': 'caregiver_certificate', 'name': {'en': 'A valid caregiver
            certificate', 'ka': 'მომვლელის მოქმედი სერტიფიკატი'}, 'outcome': 'missed', 'reason': {'en': 'The person holds no
            valid caregiver certificate.', 'ka': 'პირს არ აქვს მომვლელის მოქმედი სერტიფიკატი.'}}

    Attributes:
        id (str): The rule's id, or `preferred_country` / `preferred_sector`.
        name (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        hard (bool): A hard requirement excludes when not met; a soft one ranks.
        outcome (Met): How a requirement came out.
        reason (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        facts (RequirementFacts): The facts the requirement read, by name; unknown ones are null.
    """

    id: str
    name: Localised
    hard: bool
    outcome: Met
    reason: Localised
    facts: RequirementFacts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name.to_dict()

        hard = self.hard

        outcome = self.outcome.value

        reason = self.reason.to_dict()

        facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "hard": hard,
                "outcome": outcome,
                "reason": reason,
                "facts": facts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415
        from ..models.requirement_facts import RequirementFacts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = Localised.from_dict(d.pop("name"))

        hard = d.pop("hard")

        outcome = Met(d.pop("outcome"))

        reason = Localised.from_dict(d.pop("reason"))

        facts = RequirementFacts.from_dict(d.pop("facts"))

        requirement = cls(
            id=id,
            name=name,
            hard=hard,
            outcome=outcome,
            reason=reason,
            facts=facts,
        )

        requirement.additional_properties = d
        return requirement

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
