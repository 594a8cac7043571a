from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vacancy_kind import VacancyKind
from ..models.vacancy_status import VacancyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_set_document import RuleSetDocument


T = TypeVar("T", bound="VacancyPatch")


@_attrs_define
class VacancyPatch:
    """A merge patch of a vacancy: any subset of its fields.

    Example:
        {'status': 'filled'}

    Attributes:
        title (str | Unset):
        kind (VacancyKind | Unset): Where the job is.
        scheme_id (None | Unset | UUID):
        employer_organisation_id (UUID | Unset):
        occupation (str | Unset):
        requirements (None | RuleSetDocument | Unset):
        places (int | Unset):
        deadline (datetime.date | Unset):
        status (VacancyStatus | Unset): Whether a vacancy takes candidates.
    """

    title: str | Unset = UNSET
    kind: VacancyKind | Unset = UNSET
    scheme_id: None | Unset | UUID = UNSET
    employer_organisation_id: UUID | Unset = UNSET
    occupation: str | Unset = UNSET
    requirements: None | RuleSetDocument | Unset = UNSET
    places: int | Unset = UNSET
    deadline: datetime.date | Unset = UNSET
    status: VacancyStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        title = self.title

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        scheme_id: None | str | Unset
        if isinstance(self.scheme_id, Unset):
            scheme_id = UNSET
        elif isinstance(self.scheme_id, UUID):
            scheme_id = str(self.scheme_id)
        else:
            scheme_id = self.scheme_id

        employer_organisation_id: str | Unset = UNSET
        if not isinstance(self.employer_organisation_id, Unset):
            employer_organisation_id = str(self.employer_organisation_id)

        occupation = self.occupation

        requirements: dict[str, Any] | None | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        elif isinstance(self.requirements, RuleSetDocument):
            requirements = self.requirements.to_dict()
        else:
            requirements = self.requirements

        places = self.places

        deadline: str | Unset = UNSET
        if not isinstance(self.deadline, Unset):
            deadline = self.deadline.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if scheme_id is not UNSET:
            field_dict["scheme_id"] = scheme_id
        if employer_organisation_id is not UNSET:
            field_dict["employer_organisation_id"] = employer_organisation_id
        if occupation is not UNSET:
            field_dict["occupation"] = occupation
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if places is not UNSET:
            field_dict["places"] = places
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: VacancyKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = VacancyKind(_kind)

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

        _employer_organisation_id = d.pop("employer_organisation_id", UNSET)
        employer_organisation_id: UUID | Unset
        if isinstance(_employer_organisation_id, Unset):
            employer_organisation_id = UNSET
        else:
            employer_organisation_id = UUID(_employer_organisation_id)

        occupation = d.pop("occupation", UNSET)

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

        places = d.pop("places", UNSET)

        _deadline = d.pop("deadline", UNSET)
        deadline: datetime.date | Unset
        if isinstance(_deadline, Unset):
            deadline = UNSET
        else:
            deadline = datetime.date.fromisoformat(_deadline)

        _status = d.pop("status", UNSET)
        status: VacancyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VacancyStatus(_status)

        vacancy_patch = cls(
            title=title,
            kind=kind,
            scheme_id=scheme_id,
            employer_organisation_id=employer_organisation_id,
            occupation=occupation,
            requirements=requirements,
            places=places,
            deadline=deadline,
            status=status,
        )

        vacancy_patch.additional_properties = d
        return vacancy_patch

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
