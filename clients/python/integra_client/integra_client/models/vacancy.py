from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vacancy_kind import VacancyKind
from ..models.vacancy_status import VacancyStatus

if TYPE_CHECKING:
    from ..models.rule_set_document import RuleSetDocument


T = TypeVar("T", bound="Vacancy")


@_attrs_define
class Vacancy:
    """A vacancy as the API shows it.

    Example:
        {'country': 'IL', 'created_at': datetime.datetime(2026, 12, 1, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'deadline': datetime.date(2027, 3, 31),
            'employer_organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fd0', 'kind': 'abroad', 'occupation': '5322', 'places': 3, 'requirements':
            None, 'scheme_id': '00000000-0000-7000-8000-000000000402', 'status': 'open', 'title': 'Live-in caregiver,
            Haifa', 'updated_at': datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0),
            'Z')), 'version': 1}

    Attributes:
        id (UUID):
        title (str):
        kind (VacancyKind): Where the job is.
        scheme_id (None | UUID):
        country (str): GE at home; the scheme's destination abroad.
        employer_organisation_id (UUID):
        occupation (str):
        requirements (None | RuleSetDocument):
        places (int):
        deadline (datetime.date):
        status (VacancyStatus): Whether a vacancy takes candidates.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    kind: VacancyKind
    scheme_id: None | UUID
    country: str
    employer_organisation_id: UUID
    occupation: str
    requirements: None | RuleSetDocument
    places: int
    deadline: datetime.date
    status: VacancyStatus
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        id = str(self.id)

        title = self.title

        kind = self.kind.value

        scheme_id: None | str
        if isinstance(self.scheme_id, UUID):
            scheme_id = str(self.scheme_id)
        else:
            scheme_id = self.scheme_id

        country = self.country

        employer_organisation_id = str(self.employer_organisation_id)

        occupation = self.occupation

        requirements: dict[str, Any] | None
        if isinstance(self.requirements, RuleSetDocument):
            requirements = self.requirements.to_dict()
        else:
            requirements = self.requirements

        places = self.places

        deadline = self.deadline.isoformat()

        status = self.status.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "kind": kind,
                "scheme_id": scheme_id,
                "country": country,
                "employer_organisation_id": employer_organisation_id,
                "occupation": occupation,
                "requirements": requirements,
                "places": places,
                "deadline": deadline,
                "status": status,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        kind = VacancyKind(d.pop("kind"))

        def _parse_scheme_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheme_id_type_0 = UUID(data)

                return scheme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        scheme_id = _parse_scheme_id(d.pop("scheme_id"))

        country = d.pop("country")

        employer_organisation_id = UUID(d.pop("employer_organisation_id"))

        occupation = d.pop("occupation")

        def _parse_requirements(data: object) -> None | RuleSetDocument:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                requirements_type_1 = RuleSetDocument.from_dict(data)

                return requirements_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleSetDocument, data)

        requirements = _parse_requirements(d.pop("requirements"))

        places = d.pop("places")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        status = VacancyStatus(d.pop("status"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        vacancy = cls(
            id=id,
            title=title,
            kind=kind,
            scheme_id=scheme_id,
            country=country,
            employer_organisation_id=employer_organisation_id,
            occupation=occupation,
            requirements=requirements,
            places=places,
            deadline=deadline,
            status=status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        vacancy.additional_properties = d
        return vacancy

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
