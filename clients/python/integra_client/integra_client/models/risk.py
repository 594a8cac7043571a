from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus

T = TypeVar("T", bound="Risk")


@_attrs_define
class Risk:
    """A risk as the API shows it.

    Example:
        {'created_at': datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'description': 'Staff trained leave the division within a year', 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb1',
            'impact': 4, 'likelihood': 3, 'mitigation': 'Training of trainers; handover notes kept in the case system',
            'owner_organisation_id': '01900000-0000-7000-8000-000000000001', 'project_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'reviewed_on': datetime.date(2026, 11, 20), 'score': 12, 'status':
            'open', 'updated_at': datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0),
            'Z')), 'version': 1}

    Attributes:
        id (UUID):
        project_id (UUID):
        description (str):
        likelihood (int):
        impact (int):
        score (int): Likelihood times impact, 1 to 25.
        owner_organisation_id (UUID):
        mitigation (None | str):
        status (RiskStatus): Where a risk stands.
        reviewed_on (datetime.date | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    project_id: UUID
    description: str
    likelihood: int
    impact: int
    score: int
    owner_organisation_id: UUID
    mitigation: None | str
    status: RiskStatus
    reviewed_on: datetime.date | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_id = str(self.project_id)

        description = self.description

        likelihood = self.likelihood

        impact = self.impact

        score = self.score

        owner_organisation_id = str(self.owner_organisation_id)

        mitigation: None | str
        mitigation = self.mitigation

        status = self.status.value

        reviewed_on: None | str
        if isinstance(self.reviewed_on, datetime.date):
            reviewed_on = self.reviewed_on.isoformat()
        else:
            reviewed_on = self.reviewed_on

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "description": description,
                "likelihood": likelihood,
                "impact": impact,
                "score": score,
                "owner_organisation_id": owner_organisation_id,
                "mitigation": mitigation,
                "status": status,
                "reviewed_on": reviewed_on,
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

        project_id = UUID(d.pop("project_id"))

        description = d.pop("description")

        likelihood = d.pop("likelihood")

        impact = d.pop("impact")

        score = d.pop("score")

        owner_organisation_id = UUID(d.pop("owner_organisation_id"))

        def _parse_mitigation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mitigation = _parse_mitigation(d.pop("mitigation"))

        status = RiskStatus(d.pop("status"))

        def _parse_reviewed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_on_type_0 = datetime.date.fromisoformat(data)

                return reviewed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reviewed_on = _parse_reviewed_on(d.pop("reviewed_on"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        risk = cls(
            id=id,
            project_id=project_id,
            description=description,
            likelihood=likelihood,
            impact=impact,
            score=score,
            owner_organisation_id=owner_organisation_id,
            mitigation=mitigation,
            status=status,
            reviewed_on=reviewed_on,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        risk.additional_properties = d
        return risk

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
