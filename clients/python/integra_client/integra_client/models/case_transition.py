from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_outcome import CaseOutcome
from ..models.case_status import CaseStatus

T = TypeVar("T", bound="CaseTransition")


@_attrs_define
class CaseTransition:
    """One recorded move of a case: who, when, why.

    Example:
        {'at': datetime.datetime(2026, 2, 1, 10, 15, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'case_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'from': 'screening',
            'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4eb0', 'outcome': None, 'override': False, 'reason': 'Assessment of
            2026-02-01 passed every rule', 'to': 'eligible'}

    Attributes:
        id (UUID):
        case_id (UUID):
        from_ (CaseStatus): Where a case is in its life cycle.
        to (CaseStatus): Where a case is in its life cycle.
        reason (str):
        outcome (CaseOutcome | None):
        override (bool): Whether an admin overrode the latest assessment.
        by (UUID): The user who made the move.
        at (datetime.datetime):
    """

    id: UUID
    case_id: UUID
    from_: CaseStatus
    to: CaseStatus
    reason: str
    outcome: CaseOutcome | None
    override: bool
    by: UUID
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        case_id = str(self.case_id)

        from_ = self.from_.value

        to = self.to.value

        reason = self.reason

        outcome: None | str
        if isinstance(self.outcome, CaseOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        override = self.override

        by = str(self.by)

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "from": from_,
                "to": to,
                "reason": reason,
                "outcome": outcome,
                "override": override,
                "by": by,
                "at": at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_id = UUID(d.pop("case_id"))

        from_ = CaseStatus(d.pop("from"))

        to = CaseStatus(d.pop("to"))

        reason = d.pop("reason")

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

        override = d.pop("override")

        by = UUID(d.pop("by"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        case_transition = cls(
            id=id,
            case_id=case_id,
            from_=from_,
            to=to,
            reason=reason,
            outcome=outcome,
            override=override,
            by=by,
            at=at,
        )

        case_transition.additional_properties = d
        return case_transition

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
