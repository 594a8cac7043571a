from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.vacancy_kind import VacancyKind
from ..models.vacancy_status import VacancyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_set_document import RuleSetDocument


T = TypeVar("T", bound="VacancyInput")


@_attrs_define
class VacancyInput:
    """A vacancy as a client sends it.

    Example:
        {'deadline': datetime.date(2027, 3, 31), 'employer_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30',
            'kind': 'abroad', 'occupation': '5322', 'places': 3, 'requirements': {'rules': [{'condition': {'fact':
            'experience_months', 'op': 'ge', 'value': 12}, 'id': 'experienced', 'name': {'en': 'A year of experience', 'ka':
            'ერთი წლის გამოცდილება'}, 'reasons': {'failed': {'en': 'Has less than a year of experience.', 'ka': 'არ აქვს.'},
            'not_evaluable': {'en': 'Experience not known.', 'ka': 'უცნობია.'}, 'passed': {'en': 'Has a year of
            experience.', 'ka': 'აქვს.'}}, 'required': False}]}, 'scheme_id': '00000000-0000-7000-8000-000000000402',
            'status': 'open', 'title': 'Live-in caregiver, Haifa'}

    Attributes:
        title (str):  Example: Live-in caregiver, Haifa.
        kind (VacancyKind): Where the job is.
        employer_organisation_id (UUID): The employer; an existing organisation.
        occupation (str): The ISCO-08 unit group of the job. Example: 5322.
        places (int):  Example: 3.
        deadline (datetime.date): The last day to apply. Example: 2027-03-31.
        status (VacancyStatus): Whether a vacancy takes candidates.
        scheme_id (None | Unset | UUID): The scheme of a job abroad (required then); absent at home.
        requirements (None | RuleSetDocument | Unset):
    """

    title: str
    kind: VacancyKind
    employer_organisation_id: UUID
    occupation: str
    places: int
    deadline: datetime.date
    status: VacancyStatus
    scheme_id: None | Unset | UUID = UNSET
    requirements: None | RuleSetDocument | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        title = self.title

        kind = self.kind.value

        employer_organisation_id = str(self.employer_organisation_id)

        occupation = self.occupation

        places = self.places

        deadline = self.deadline.isoformat()

        status = self.status.value

        scheme_id: None | str | Unset
        if isinstance(self.scheme_id, Unset):
            scheme_id = UNSET
        elif isinstance(self.scheme_id, UUID):
            scheme_id = str(self.scheme_id)
        else:
            scheme_id = self.scheme_id

        requirements: dict[str, Any] | None | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        elif isinstance(self.requirements, RuleSetDocument):
            requirements = self.requirements.to_dict()
        else:
            requirements = self.requirements

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "kind": kind,
                "employer_organisation_id": employer_organisation_id,
                "occupation": occupation,
                "places": places,
                "deadline": deadline,
                "status": status,
            }
        )
        if scheme_id is not UNSET:
            field_dict["scheme_id"] = scheme_id
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        kind = VacancyKind(d.pop("kind"))

        employer_organisation_id = UUID(d.pop("employer_organisation_id"))

        occupation = d.pop("occupation")

        places = d.pop("places")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        status = VacancyStatus(d.pop("status"))

        def _parse_scheme_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheme_id_type_0 = UUID(data)

                return scheme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        scheme_id = _parse_scheme_id(d.pop("scheme_id", UNSET))

        def _parse_requirements(data: object) -> None | RuleSetDocument | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                requirements_type_1 = RuleSetDocument.from_dict(data)

                return requirements_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleSetDocument | Unset, data)

        requirements = _parse_requirements(d.pop("requirements", UNSET))

        vacancy_input = cls(
            title=title,
            kind=kind,
            employer_organisation_id=employer_organisation_id,
            occupation=occupation,
            places=places,
            deadline=deadline,
            status=status,
            scheme_id=scheme_id,
            requirements=requirements,
        )

        return vacancy_input
