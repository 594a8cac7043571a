from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_term import EmploymentTerm

T = TypeVar("T", bound="JobPlace")


@_attrs_define
class JobPlace:
    """Job places a social enterprise created, as the API shows them.

    Example:
        {'created_at': datetime.datetime(2026, 2, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'created_on': datetime.date(2026, 2, 1), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f70', 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'places': 2, 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0',
            'social_enterprise_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f50', 'term': 'permanent', 'updated_at':
            datetime.datetime(2026, 2, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        social_enterprise_id (UUID):
        organisation_id (UUID): The organisation that recorded them: its staff see them.
        term (EmploymentTerm): The term of a job (a placement, or a job place a social enterprise created).
        created_on (datetime.date):
        places (int):
        recorded_by (UUID):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    social_enterprise_id: UUID
    organisation_id: UUID
    term: EmploymentTerm
    created_on: datetime.date
    places: int
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        social_enterprise_id = str(self.social_enterprise_id)

        organisation_id = str(self.organisation_id)

        term = self.term.value

        created_on = self.created_on.isoformat()

        places = self.places

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "social_enterprise_id": social_enterprise_id,
                "organisation_id": organisation_id,
                "term": term,
                "created_on": created_on,
                "places": places,
                "recorded_by": recorded_by,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        social_enterprise_id = UUID(d.pop("social_enterprise_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        term = EmploymentTerm(d.pop("term"))

        created_on = datetime.date.fromisoformat(d.pop("created_on"))

        places = d.pop("places")

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        job_place = cls(
            id=id,
            social_enterprise_id=social_enterprise_id,
            organisation_id=organisation_id,
            term=term,
            created_on=created_on,
            places=places,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        job_place.additional_properties = d
        return job_place

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
