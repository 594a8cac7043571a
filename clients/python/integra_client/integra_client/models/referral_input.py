from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.referral_service import ReferralService
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralInput")


@_attrs_define
class ReferralInput:
    """A referral as a case worker sends it.

    Example:
        {'case_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'note': 'Asked for counselling in Georgian; mornings only',
            'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f10', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f',
            'service': 'psychosocial'}

    Attributes:
        person_id (UUID):
        organisation_id (UUID): The partner organisation referred to.
        service (ReferralService): The service a partner is asked for.
        case_id (None | Unset | UUID): The case the referral belongs to, if any (a person may be referred outside a
            case).
        note (None | str | Unset): What the partner should know; shared with the partner. Example: Asked for counselling
            in Georgian; mornings only.
    """

    person_id: UUID
    organisation_id: UUID
    service: ReferralService
    case_id: None | Unset | UUID = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id = str(self.person_id)

        organisation_id = str(self.organisation_id)

        service = self.service.value

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "person_id": person_id,
                "organisation_id": organisation_id,
                "service": service,
            }
        )
        if case_id is not UNSET:
            field_dict["case_id"] = case_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = UUID(d.pop("person_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        service = ReferralService(d.pop("service"))

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("case_id", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        referral_input = cls(
            person_id=person_id,
            organisation_id=organisation_id,
            service=service,
            case_id=case_id,
            note=note,
        )

        return referral_input
