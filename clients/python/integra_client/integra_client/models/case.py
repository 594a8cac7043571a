from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_outcome import CaseOutcome
from ..models.case_status import CaseStatus

T = TypeVar("T", bound="Case")


@_attrs_define
class Case:
    """A case as the API shows it.

    Example:
        {'closed_on': None, 'created_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'outcome':
            None, 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'plan_due_on': datetime.date(2026, 3, 2),
            'programme_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'registered_on': datetime.date(2026, 1, 31), 'status':
            'planning', 'updated_at': datetime.datetime(2026, 2, 10, 11, 30, tzinfo=datetime.timezone(datetime.timedelta(0),
            'Z')), 'version': 4}

    Attributes:
        id (UUID):
        person_id (UUID):
        programme_id (UUID):
        status (CaseStatus): Where a case is in its life cycle.
        outcome (CaseOutcome | None):
        registered_on (datetime.date):
        plan_due_on (datetime.date): 30 days after `registered_on`.
        closed_on (datetime.date | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    programme_id: UUID
    status: CaseStatus
    outcome: CaseOutcome | None
    registered_on: datetime.date
    plan_due_on: datetime.date
    closed_on: datetime.date | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        person_id = str(self.person_id)

        programme_id = str(self.programme_id)

        status = self.status.value

        outcome: None | str
        if isinstance(self.outcome, CaseOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        registered_on = self.registered_on.isoformat()

        plan_due_on = self.plan_due_on.isoformat()

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "person_id": person_id,
                "programme_id": programme_id,
                "status": status,
                "outcome": outcome,
                "registered_on": registered_on,
                "plan_due_on": plan_due_on,
                "closed_on": closed_on,
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

        person_id = UUID(d.pop("person_id"))

        programme_id = UUID(d.pop("programme_id"))

        status = CaseStatus(d.pop("status"))

        def _parse_outcome(data: object) -> CaseOutcome | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_1 = CaseOutcome(data)

                return outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseOutcome | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))

        plan_due_on = datetime.date.fromisoformat(d.pop("plan_due_on"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        case = cls(
            id=id,
            person_id=person_id,
            programme_id=programme_id,
            status=status,
            outcome=outcome,
            registered_on=registered_on,
            plan_due_on=plan_due_on,
            closed_on=closed_on,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        case.additional_properties = d
        return case

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
