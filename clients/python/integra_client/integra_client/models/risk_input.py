from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.risk_status import RiskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskInput")


@_attrs_define
class RiskInput:
    """A risk as a client records it.

    Example:
        {'description': 'Staff trained leave the division within a year', 'impact': 4, 'likelihood': 3, 'mitigation':
            'Training of trainers; handover notes kept in the case system', 'owner_organisation_id':
            '01900000-0000-7000-8000-000000000001', 'reviewed_on': datetime.date(2026, 11, 20), 'status': 'open'}

    Attributes:
        description (str):
        likelihood (int): How likely, 1 (rare) to 5 (almost certain).
        impact (int): How bad, 1 (minor) to 5 (severe).
        owner_organisation_id (UUID): The organisation that owns it; an existing organisation.
        status (RiskStatus): Where a risk stands.
        mitigation (None | str | Unset):
        reviewed_on (datetime.date | None | Unset): When it was last reviewed; not in the future. Example: 2026-11-20.
    """

    description: str
    likelihood: int
    impact: int
    owner_organisation_id: UUID
    status: RiskStatus
    mitigation: None | str | Unset = UNSET
    reviewed_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        likelihood = self.likelihood

        impact = self.impact

        owner_organisation_id = str(self.owner_organisation_id)

        status = self.status.value

        mitigation: None | str | Unset
        if isinstance(self.mitigation, Unset):
            mitigation = UNSET
        else:
            mitigation = self.mitigation

        reviewed_on: None | str | Unset
        if isinstance(self.reviewed_on, Unset):
            reviewed_on = UNSET
        elif isinstance(self.reviewed_on, datetime.date):
            reviewed_on = self.reviewed_on.isoformat()
        else:
            reviewed_on = self.reviewed_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "likelihood": likelihood,
                "impact": impact,
                "owner_organisation_id": owner_organisation_id,
                "status": status,
            }
        )
        if mitigation is not UNSET:
            field_dict["mitigation"] = mitigation
        if reviewed_on is not UNSET:
            field_dict["reviewed_on"] = reviewed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        likelihood = d.pop("likelihood")

        impact = d.pop("impact")

        owner_organisation_id = UUID(d.pop("owner_organisation_id"))

        status = RiskStatus(d.pop("status"))

        def _parse_mitigation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mitigation = _parse_mitigation(d.pop("mitigation", UNSET))

        def _parse_reviewed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_on_type_0 = datetime.date.fromisoformat(data)

                return reviewed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reviewed_on = _parse_reviewed_on(d.pop("reviewed_on", UNSET))

        risk_input = cls(
            description=description,
            likelihood=likelihood,
            impact=impact,
            owner_organisation_id=owner_organisation_id,
            status=status,
            mitigation=mitigation,
            reviewed_on=reviewed_on,
        )

        return risk_input
