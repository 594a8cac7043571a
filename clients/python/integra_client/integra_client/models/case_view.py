from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_outcome import CaseOutcome
from ..models.case_status import CaseStatus

if TYPE_CHECKING:
    from ..models.assessment_summary import AssessmentSummary


T = TypeVar("T", bound="CaseView")


@_attrs_define
class CaseView:
    """A case as the API shows it.

    Example:
        {'assigned_to': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'closed_on': None, 'created_at': datetime.datetime(2026,
            1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'latest_assessment': {'assessed_on': datetime.date(2026, 1, 31),
            'created_at': datetime.datetime(2026, 2, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'eligible': True, 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0', 'rule_set': {'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'version': 1}}, 'organisation_id':
            '00000000-0000-7000-8000-000000000001', 'outcome': None, 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'plan_due_on': datetime.date(2026, 3, 2), 'plan_overdue': False, 'programme_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'registered_on': datetime.date(2026, 1, 31), 'status': 'eligible',
            'updated_at': datetime.datetime(2026, 2, 10, 11, 30, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'version': 4}

    Attributes:
        id (UUID):
        person_id (UUID):
        programme_id (UUID):
        organisation_id (UUID): The organisation whose case workers see the case.
        status (CaseStatus): Where a case is in its life cycle.
        outcome (CaseOutcome | None):
        registered_on (datetime.date): The application date.
        plan_due_on (datetime.date): 30 days after `registered_on`.
        plan_overdue (bool): The plan's due date has passed and the case is not yet in planning.
        closed_on (datetime.date | None):
        assigned_to (None | UUID):
        latest_assessment (AssessmentSummary | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    person_id: UUID
    programme_id: UUID
    organisation_id: UUID
    status: CaseStatus
    outcome: CaseOutcome | None
    registered_on: datetime.date
    plan_due_on: datetime.date
    plan_overdue: bool
    closed_on: datetime.date | None
    assigned_to: None | UUID
    latest_assessment: AssessmentSummary | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_summary import AssessmentSummary  # noqa: PLC0415

        id = str(self.id)

        person_id = str(self.person_id)

        programme_id = str(self.programme_id)

        organisation_id = str(self.organisation_id)

        status = self.status.value

        outcome: None | str
        if isinstance(self.outcome, CaseOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        registered_on = self.registered_on.isoformat()

        plan_due_on = self.plan_due_on.isoformat()

        plan_overdue = self.plan_overdue

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        assigned_to: None | str
        if isinstance(self.assigned_to, UUID):
            assigned_to = str(self.assigned_to)
        else:
            assigned_to = self.assigned_to

        latest_assessment: dict[str, Any] | None
        if isinstance(self.latest_assessment, AssessmentSummary):
            latest_assessment = self.latest_assessment.to_dict()
        else:
            latest_assessment = self.latest_assessment

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
                "organisation_id": organisation_id,
                "status": status,
                "outcome": outcome,
                "registered_on": registered_on,
                "plan_due_on": plan_due_on,
                "plan_overdue": plan_overdue,
                "closed_on": closed_on,
                "assigned_to": assigned_to,
                "latest_assessment": latest_assessment,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assessment_summary import AssessmentSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        person_id = UUID(d.pop("person_id"))

        programme_id = UUID(d.pop("programme_id"))

        organisation_id = UUID(d.pop("organisation_id"))

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

        plan_overdue = d.pop("plan_overdue")

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

        def _parse_assigned_to(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assigned_to_type_0 = UUID(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to"))

        def _parse_latest_assessment(data: object) -> AssessmentSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_assessment_type_1 = AssessmentSummary.from_dict(data)

                return latest_assessment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentSummary | None, data)

        latest_assessment = _parse_latest_assessment(d.pop("latest_assessment"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        case_view = cls(
            id=id,
            person_id=person_id,
            programme_id=programme_id,
            organisation_id=organisation_id,
            status=status,
            outcome=outcome,
            registered_on=registered_on,
            plan_due_on=plan_due_on,
            plan_overdue=plan_overdue,
            closed_on=closed_on,
            assigned_to=assigned_to,
            latest_assessment=latest_assessment,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        case_view.additional_properties = d
        return case_view

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
