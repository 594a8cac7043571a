from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_set_ref import RuleSetRef


T = TypeVar("T", bound="AssessmentSummary")


@_attrs_define
class AssessmentSummary:
    """The latest assessment of a case, in brief.

    Example:
        {'assessed_on': datetime.date(2026, 1, 31), 'created_at': datetime.datetime(2026, 2, 1, 10, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'eligible': True, 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ee0', 'rule_set': {'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'version':
            1}}

    Attributes:
        id (UUID):
        eligible (bool):
        rule_set (RuleSetRef): The rule set version an answer was reached with. Example: {'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'version': 1}.
        assessed_on (datetime.date):
        created_at (datetime.datetime):
    """

    id: UUID
    eligible: bool
    rule_set: RuleSetRef
    assessed_on: datetime.date
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        eligible = self.eligible

        rule_set = self.rule_set.to_dict()

        assessed_on = self.assessed_on.isoformat()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eligible": eligible,
                "rule_set": rule_set,
                "assessed_on": assessed_on,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_ref import RuleSetRef  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        eligible = d.pop("eligible")

        rule_set = RuleSetRef.from_dict(d.pop("rule_set"))

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        assessment_summary = cls(
            id=id,
            eligible=eligible,
            rule_set=rule_set,
            assessed_on=assessed_on,
            created_at=created_at,
        )

        assessment_summary.additional_properties = d
        return assessment_summary

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
