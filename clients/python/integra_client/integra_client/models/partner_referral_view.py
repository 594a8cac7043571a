from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_referral_view_view import PartnerReferralViewView
from ..models.referral_service import ReferralService
from ..models.referral_status import ReferralStatus

T = TypeVar("T", bound="PartnerReferralView")


@_attrs_define
class PartnerReferralView:
    """A referral as `PartnerReferral`, with `view`: `partner`.

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
        view (PartnerReferralViewView):
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
    view: PartnerReferralViewView
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

        view = self.view.value

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
                "view": view,
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

        view = PartnerReferralViewView(d.pop("view"))

        partner_referral_view = cls(
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
            view=view,
        )

        partner_referral_view.additional_properties = d
        return partner_referral_view

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
