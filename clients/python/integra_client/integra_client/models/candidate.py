from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.requirement import Requirement


T = TypeVar("T", bound="Candidate")


@_attrs_define
class Candidate:
    """A jobseeker matched against a vacancy.

    Example:
        {'excluded': False, 'jobseeker_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'requirements': [{'facts': {'occupations': ['5322']}, 'hard': False,
            'id': 'occupation', 'name': {'en': 'The occupation', 'ka': 'პროფესია'}, 'outcome': 'met', 'reason': {'en': "5322
            is among the person's occupations.", 'ka': '5322 პირის პროფესიებს შორისაა.'}}], 'score': 50}

    Attributes:
        jobseeker_id (UUID):
        person_id (UUID):
        score (int): 0 to 100: the share of soft requirements met; 0 when excluded.
        excluded (bool): A hard requirement is missed or unknown.
        requirements (list[Requirement]): Every requirement: the scheme's conditions (for a job abroad) and the
            vacancy's, hard ones first; then the occupation and preferred country.
    """

    jobseeker_id: UUID
    person_id: UUID
    score: int
    excluded: bool
    requirements: list[Requirement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobseeker_id = str(self.jobseeker_id)

        person_id = str(self.person_id)

        score = self.score

        excluded = self.excluded

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobseeker_id": jobseeker_id,
                "person_id": person_id,
                "score": score,
                "excluded": excluded,
                "requirements": requirements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requirement import Requirement  # noqa: PLC0415

        d = dict(src_dict)
        jobseeker_id = UUID(d.pop("jobseeker_id"))

        person_id = UUID(d.pop("person_id"))

        score = d.pop("score")

        excluded = d.pop("excluded")

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in _requirements:
            requirements_item = Requirement.from_dict(requirements_item_data)

            requirements.append(requirements_item)

        candidate = cls(
            jobseeker_id=jobseeker_id,
            person_id=person_id,
            score=score,
            excluded=excluded,
            requirements=requirements,
        )

        candidate.additional_properties = d
        return candidate

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
