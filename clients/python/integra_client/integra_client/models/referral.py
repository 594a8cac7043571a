from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_service import ReferralService
from ..models.referral_status import ReferralStatus

T = TypeVar("T", bound="Referral")


@_attrs_define
class Referral:
    """A referral as the referring agency sees it.

    Example:
        {'case_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'created_at': datetime.datetime(2026, 2, 3, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20', 'note':
            'Asked for counselling in Georgian; mornings only', 'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10',
            'outcome': 'Eight counselling sessions attended', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'referred_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'service': 'psychosocial', 'status': 'completed',
            'status_reason': None, 'updated_at': datetime.datetime(2026, 4, 1, 16, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 3}

    Attributes:
        id (UUID):
        case_id (None | UUID):
        person_id (UUID):
        organisation_id (UUID):
        service (ReferralService): The service a partner is asked for.
        note (None | str):
        status (ReferralStatus): Where a referral is.
        status_reason (None | str): The reason of the latest action, if it had one.
        outcome (None | str): What came of it, once completed.
        referred_by (UUID):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    case_id: None | UUID
    person_id: UUID
    organisation_id: UUID
    service: ReferralService
    note: None | str
    status: ReferralStatus
    status_reason: None | str
    outcome: None | str
    referred_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        person_id = str(self.person_id)

        organisation_id = str(self.organisation_id)

        service = self.service.value

        note: None | str
        note = self.note

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        outcome: None | str
        outcome = self.outcome

        referred_by = str(self.referred_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "person_id": person_id,
                "organisation_id": organisation_id,
                "service": service,
                "note": note,
                "status": status,
                "status_reason": status_reason,
                "outcome": outcome,
                "referred_by": referred_by,
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

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("case_id"))

        person_id = UUID(d.pop("person_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        service = ReferralService(d.pop("service"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        status = ReferralStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        referred_by = UUID(d.pop("referred_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        referral = cls(
            id=id,
            case_id=case_id,
            person_id=person_id,
            organisation_id=organisation_id,
            service=service,
            note=note,
            status=status,
            status_reason=status_reason,
            outcome=outcome,
            referred_by=referred_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        referral.additional_properties = d
        return referral

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
