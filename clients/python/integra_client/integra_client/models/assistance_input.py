from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.assistance_type import AssistanceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_input import MoneyInput


T = TypeVar("T", bound="AssistanceInput")


@_attrs_define
class AssistanceInput:
    """An assistance item as a case worker proposes it.

    Example:
        {'amount': {'amount': '3500.00', 'currency': 'GEL'}, 'co_beneficiary_ids':
            ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e61'], 'corrects_id': None, 'description': 'Two dairy cows and a milk
            cooler', 'in_kind': True, 'provider_organisation_id': None, 'type': 'micro_business'}

    Attributes:
        type_ (AssistanceType): The kinds of reintegration assistance.
        amount (MoneyInput | None | Unset):
        in_kind (bool | Unset): Given as goods (equipment, livestock, stock) rather than cash.
        co_beneficiary_ids (list[UUID] | Unset): Further persons the item involves (family working in the business);
            each once, never the case's person.
        provider_organisation_id (None | Unset | UUID): The organisation that provides the goods or service.
        corrects_id (None | Unset | UUID): The delivered item this one corrects.
        description (None | str | Unset):  Example: Two dairy cows and a milk cooler.
    """

    type_: AssistanceType
    amount: MoneyInput | None | Unset = UNSET
    in_kind: bool | Unset = UNSET
    co_beneficiary_ids: list[UUID] | Unset = UNSET
    provider_organisation_id: None | Unset | UUID = UNSET
    corrects_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_input import MoneyInput  # noqa: PLC0415

        type_ = self.type_.value

        amount: dict[str, Any] | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        elif isinstance(self.amount, MoneyInput):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        in_kind = self.in_kind

        co_beneficiary_ids: list[str] | Unset = UNSET
        if not isinstance(self.co_beneficiary_ids, Unset):
            co_beneficiary_ids = []
            for co_beneficiary_ids_item_data in self.co_beneficiary_ids:
                co_beneficiary_ids_item = str(co_beneficiary_ids_item_data)
                co_beneficiary_ids.append(co_beneficiary_ids_item)

        provider_organisation_id: None | str | Unset
        if isinstance(self.provider_organisation_id, Unset):
            provider_organisation_id = UNSET
        elif isinstance(self.provider_organisation_id, UUID):
            provider_organisation_id = str(self.provider_organisation_id)
        else:
            provider_organisation_id = self.provider_organisation_id

        corrects_id: None | str | Unset
        if isinstance(self.corrects_id, Unset):
            corrects_id = UNSET
        elif isinstance(self.corrects_id, UUID):
            corrects_id = str(self.corrects_id)
        else:
            corrects_id = self.corrects_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if in_kind is not UNSET:
            field_dict["in_kind"] = in_kind
        if co_beneficiary_ids is not UNSET:
            field_dict["co_beneficiary_ids"] = co_beneficiary_ids
        if provider_organisation_id is not UNSET:
            field_dict["provider_organisation_id"] = provider_organisation_id
        if corrects_id is not UNSET:
            field_dict["corrects_id"] = corrects_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_input import MoneyInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AssistanceType(d.pop("type"))

        def _parse_amount(data: object) -> MoneyInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_1 = MoneyInput.from_dict(data)

                return amount_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyInput | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        in_kind = d.pop("in_kind", UNSET)

        _co_beneficiary_ids = d.pop("co_beneficiary_ids", UNSET)
        co_beneficiary_ids: list[UUID] | Unset = UNSET
        if _co_beneficiary_ids is not UNSET:
            co_beneficiary_ids = []
            for co_beneficiary_ids_item_data in _co_beneficiary_ids:
                co_beneficiary_ids_item = UUID(co_beneficiary_ids_item_data)

                co_beneficiary_ids.append(co_beneficiary_ids_item)

        def _parse_provider_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_organisation_id_type_0 = UUID(data)

                return provider_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        provider_organisation_id = _parse_provider_organisation_id(d.pop("provider_organisation_id", UNSET))

        def _parse_corrects_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                corrects_id_type_0 = UUID(data)

                return corrects_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        corrects_id = _parse_corrects_id(d.pop("corrects_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        assistance_input = cls(
            type_=type_,
            amount=amount,
            in_kind=in_kind,
            co_beneficiary_ids=co_beneficiary_ids,
            provider_organisation_id=provider_organisation_id,
            corrects_id=corrects_id,
            description=description,
        )

        return assistance_input
