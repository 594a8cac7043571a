from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_service import ReferralService
from ..models.referral_status import ReferralStatus

T = TypeVar("T", bound="PartnerReferral")


@_attrs_define
class PartnerReferral:
    """A referral as the partner it is addressed to sees it: only what the
    referral shares (service asked, note, how it went), never the case; the
    person's name and phone only while the partner still has to act on it
    (`sent`, `accepted`), `null` once it is declined, completed or cancelled.

        Example:
            {'created_at': datetime.datetime(2026, 2, 3, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
                'family_name': 'Beridze', 'given_name': 'Nino', 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f20', 'note': 'Asked for
                counselling in Georgian; mornings only', 'outcome': None, 'phone': '+995 555 12 34 56', 'service':
                'psychosocial', 'status': 'sent', 'updated_at': datetime.datetime(2026, 2, 3, 9, 0,
                tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

        Attributes:
            id (UUID):
            given_name (None | str): The person's given name while the referral is open; `null` once closed.
            family_name (None | str): The person's family name while the referral is open; `null` once closed.
            phone (None | str): The person's phone while the referral is open (if known); `null` once closed.
            service (ReferralService): The service a partner is asked for.
            note (None | str):
            status (ReferralStatus): Where a referral is.
            outcome (None | str):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    given_name: None | str
    family_name: None | str
    phone: None | str
    service: ReferralService
    note: None | str
    status: ReferralStatus
    outcome: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        given_name: None | str
        given_name = self.given_name

        family_name: None | str
        family_name = self.family_name

        phone: None | str
        phone = self.phone

        service = self.service.value

        note: None | str
        note = self.note

        status = self.status.value

        outcome: None | str
        outcome = self.outcome

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "given_name": given_name,
                "family_name": family_name,
                "phone": phone,
                "service": service,
                "note": note,
                "status": status,
                "outcome": outcome,
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

        def _parse_given_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        given_name = _parse_given_name(d.pop("given_name"))

        def _parse_family_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        family_name = _parse_family_name(d.pop("family_name"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        service = ReferralService(d.pop("service"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        status = ReferralStatus(d.pop("status"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        partner_referral = cls(
            id=id,
            given_name=given_name,
            family_name=family_name,
            phone=phone,
            service=service,
            note=note,
            status=status,
            outcome=outcome,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        partner_referral.additional_properties = d
        return partner_referral

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
