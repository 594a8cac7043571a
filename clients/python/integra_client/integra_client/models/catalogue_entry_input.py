from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.assistance_type import AssistanceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_input import MoneyInput


T = TypeVar("T", bound="CatalogueEntryInput")


@_attrs_define
class CatalogueEntryInput:
    """A catalogue entry as a client sends it.

    Example:
        {'cap_per_household': None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type':
            'micro_business'}

    Attributes:
        type_ (AssistanceType): The kinds of reintegration assistance.
        cap_per_person (MoneyInput | None | Unset):
        cap_per_household (MoneyInput | None | Unset):
    """

    type_: AssistanceType
    cap_per_person: MoneyInput | None | Unset = UNSET
    cap_per_household: MoneyInput | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.money_input import MoneyInput  # noqa: PLC0415

        type_ = self.type_.value

        cap_per_person: dict[str, Any] | None | Unset
        if isinstance(self.cap_per_person, Unset):
            cap_per_person = UNSET
        elif isinstance(self.cap_per_person, MoneyInput):
            cap_per_person = self.cap_per_person.to_dict()
        else:
            cap_per_person = self.cap_per_person

        cap_per_household: dict[str, Any] | None | Unset
        if isinstance(self.cap_per_household, Unset):
            cap_per_household = UNSET
        elif isinstance(self.cap_per_household, MoneyInput):
            cap_per_household = self.cap_per_household.to_dict()
        else:
            cap_per_household = self.cap_per_household

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if cap_per_person is not UNSET:
            field_dict["cap_per_person"] = cap_per_person
        if cap_per_household is not UNSET:
            field_dict["cap_per_household"] = cap_per_household

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money_input import MoneyInput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AssistanceType(d.pop("type"))

        def _parse_cap_per_person(data: object) -> MoneyInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cap_per_person_type_1 = MoneyInput.from_dict(data)

                return cap_per_person_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyInput | None | Unset, data)

        cap_per_person = _parse_cap_per_person(d.pop("cap_per_person", UNSET))

        def _parse_cap_per_household(data: object) -> MoneyInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cap_per_household_type_1 = MoneyInput.from_dict(data)

                return cap_per_household_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MoneyInput | None | Unset, data)

        cap_per_household = _parse_cap_per_household(d.pop("cap_per_household", UNSET))

        catalogue_entry_input = cls(
            type_=type_,
            cap_per_person=cap_per_person,
            cap_per_household=cap_per_household,
        )

        return catalogue_entry_input
