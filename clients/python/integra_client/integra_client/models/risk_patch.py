from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_status import RiskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskPatch")


@_attrs_define
class RiskPatch:
    """A merge patch of a risk: any subset of its writable fields.

    Example:
        {'likelihood': 2, 'reviewed_on': datetime.date(2026, 11, 28), 'status': 'mitigated'}

    Attributes:
        description (str | Unset):
        likelihood (int | Unset):
        impact (int | Unset):
        owner_organisation_id (UUID | Unset):
        mitigation (None | str | Unset):
        status (RiskStatus | Unset): Where a risk stands.
        reviewed_on (datetime.date | None | Unset):
    """

    description: str | Unset = UNSET
    likelihood: int | Unset = UNSET
    impact: int | Unset = UNSET
    owner_organisation_id: UUID | Unset = UNSET
    mitigation: None | str | Unset = UNSET
    status: RiskStatus | Unset = UNSET
    reviewed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        likelihood = self.likelihood

        impact = self.impact

        owner_organisation_id: str | Unset = UNSET
        if not isinstance(self.owner_organisation_id, Unset):
            owner_organisation_id = str(self.owner_organisation_id)

        mitigation: None | str | Unset
        if isinstance(self.mitigation, Unset):
            mitigation = UNSET
        else:
            mitigation = self.mitigation

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        reviewed_on: None | str | Unset
        if isinstance(self.reviewed_on, Unset):
            reviewed_on = UNSET
        elif isinstance(self.reviewed_on, datetime.date):
            reviewed_on = self.reviewed_on.isoformat()
        else:
            reviewed_on = self.reviewed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if likelihood is not UNSET:
            field_dict["likelihood"] = likelihood
        if impact is not UNSET:
            field_dict["impact"] = impact
        if owner_organisation_id is not UNSET:
            field_dict["owner_organisation_id"] = owner_organisation_id
        if mitigation is not UNSET:
            field_dict["mitigation"] = mitigation
        if status is not UNSET:
            field_dict["status"] = status
        if reviewed_on is not UNSET:
            field_dict["reviewed_on"] = reviewed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        likelihood = d.pop("likelihood", UNSET)

        impact = d.pop("impact", UNSET)

        _owner_organisation_id = d.pop("owner_organisation_id", UNSET)
        owner_organisation_id: UUID | Unset
        if isinstance(_owner_organisation_id, Unset):
            owner_organisation_id = UNSET
        else:
            owner_organisation_id = UUID(_owner_organisation_id)

        def _parse_mitigation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mitigation = _parse_mitigation(d.pop("mitigation", UNSET))

        _status = d.pop("status", UNSET)
        status: RiskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RiskStatus(_status)

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

        risk_patch = cls(
            description=description,
            likelihood=likelihood,
            impact=impact,
            owner_organisation_id=owner_organisation_id,
            mitigation=mitigation,
            status=status,
            reviewed_on=reviewed_on,
        )

        risk_patch.additional_properties = d
        return risk_patch

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
