from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistance_status import AssistanceStatus
from ..models.assistance_type import AssistanceType

if TYPE_CHECKING:
    from ..models.assistance_step import AssistanceStep
    from ..models.money import Money


T = TypeVar("T", bound="AssistanceWithHistory")


@_attrs_define
class AssistanceWithHistory:
    """An assistance item with its history, oldest step first.

    Example:
        {'actions': [{'action': 'propose', 'actor_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'occurred_at':
            datetime.datetime(2026, 2, 5, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'reason': None},
            {'action': 'approve', 'actor_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1', 'occurred_at': datetime.datetime(2026,
            2, 6, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'reason': None}], 'amount': {'amount':
            '3500.00', 'currency': 'GEL'}, 'approved_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec1', 'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'co_beneficiary_ids': [], 'corrects_id': None, 'created_at':
            datetime.datetime(2026, 2, 5, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'delivered_on': None,
            'description': 'Two dairy cows and a milk cooler', 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f00', 'imported':
            False, 'in_kind': True, 'proposed_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'provider_organisation_id': None,
            'status': 'approved', 'status_reason': None, 'type': 'micro_business', 'updated_at': datetime.datetime(2026, 2,
            6, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 2}

    Attributes:
        id (UUID):
        case_id (UUID):
        type_ (AssistanceType): The kinds of reintegration assistance.
        amount (Money | None):
        in_kind (bool):
        co_beneficiary_ids (list[UUID]):
        provider_organisation_id (None | UUID):
        corrects_id (None | UUID):
        description (None | str):
        status (AssistanceStatus): Where an assistance item is in its workflow.
        status_reason (None | str): The reason given with the latest action.
        proposed_by (UUID):
        approved_by (None | UUID):
        delivered_on (datetime.date | None):
        imported (bool): Delivered before integra and imported from earlier records
            (`POST /imports?kind=assistance_history`): no proposal or approval
            of its own here.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        actions (list[AssistanceStep]):
    """

    id: UUID
    case_id: UUID
    type_: AssistanceType
    amount: Money | None
    in_kind: bool
    co_beneficiary_ids: list[UUID]
    provider_organisation_id: None | UUID
    corrects_id: None | UUID
    description: None | str
    status: AssistanceStatus
    status_reason: None | str
    proposed_by: UUID
    approved_by: None | UUID
    delivered_on: datetime.date | None
    imported: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    actions: list[AssistanceStep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        id = str(self.id)

        case_id = str(self.case_id)

        type_ = self.type_.value

        amount: dict[str, Any] | None
        if isinstance(self.amount, Money):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        in_kind = self.in_kind

        co_beneficiary_ids = []
        for co_beneficiary_ids_item_data in self.co_beneficiary_ids:
            co_beneficiary_ids_item = str(co_beneficiary_ids_item_data)
            co_beneficiary_ids.append(co_beneficiary_ids_item)

        provider_organisation_id: None | str
        if isinstance(self.provider_organisation_id, UUID):
            provider_organisation_id = str(self.provider_organisation_id)
        else:
            provider_organisation_id = self.provider_organisation_id

        corrects_id: None | str
        if isinstance(self.corrects_id, UUID):
            corrects_id = str(self.corrects_id)
        else:
            corrects_id = self.corrects_id

        description: None | str
        description = self.description

        status = self.status.value

        status_reason: None | str
        status_reason = self.status_reason

        proposed_by = str(self.proposed_by)

        approved_by: None | str
        if isinstance(self.approved_by, UUID):
            approved_by = str(self.approved_by)
        else:
            approved_by = self.approved_by

        delivered_on: None | str
        if isinstance(self.delivered_on, datetime.date):
            delivered_on = self.delivered_on.isoformat()
        else:
            delivered_on = self.delivered_on

        imported = self.imported

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "type": type_,
                "amount": amount,
                "in_kind": in_kind,
                "co_beneficiary_ids": co_beneficiary_ids,
                "provider_organisation_id": provider_organisation_id,
                "corrects_id": corrects_id,
                "description": description,
                "status": status,
                "status_reason": status_reason,
                "proposed_by": proposed_by,
                "approved_by": approved_by,
                "delivered_on": delivered_on,
                "imported": imported,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
                "actions": actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistance_step import AssistanceStep  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_id = UUID(d.pop("case_id"))

        type_ = AssistanceType(d.pop("type"))

        def _parse_amount(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_1 = Money.from_dict(data)

                return amount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        amount = _parse_amount(d.pop("amount"))

        in_kind = d.pop("in_kind")

        co_beneficiary_ids = []
        _co_beneficiary_ids = d.pop("co_beneficiary_ids")
        for co_beneficiary_ids_item_data in _co_beneficiary_ids:
            co_beneficiary_ids_item = UUID(co_beneficiary_ids_item_data)

            co_beneficiary_ids.append(co_beneficiary_ids_item)

        def _parse_provider_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_organisation_id_type_0 = UUID(data)

                return provider_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        provider_organisation_id = _parse_provider_organisation_id(d.pop("provider_organisation_id"))

        def _parse_corrects_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                corrects_id_type_0 = UUID(data)

                return corrects_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        corrects_id = _parse_corrects_id(d.pop("corrects_id"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        status = AssistanceStatus(d.pop("status"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        proposed_by = UUID(d.pop("proposed_by"))

        def _parse_approved_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_by_type_0 = UUID(data)

                return approved_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))

        def _parse_delivered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_on_type_0 = datetime.date.fromisoformat(data)

                return delivered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        delivered_on = _parse_delivered_on(d.pop("delivered_on"))

        imported = d.pop("imported")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = AssistanceStep.from_dict(actions_item_data)

            actions.append(actions_item)

        assistance_with_history = cls(
            id=id,
            case_id=case_id,
            type_=type_,
            amount=amount,
            in_kind=in_kind,
            co_beneficiary_ids=co_beneficiary_ids,
            provider_organisation_id=provider_organisation_id,
            corrects_id=corrects_id,
            description=description,
            status=status,
            status_reason=status_reason,
            proposed_by=proposed_by,
            approved_by=approved_by,
            delivered_on=delivered_on,
            imported=imported,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            actions=actions,
        )

        assistance_with_history.additional_properties = d
        return assistance_with_history

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
