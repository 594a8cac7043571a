from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistance_type import AssistanceType

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="CatalogueEntry")


@_attrs_define
class CatalogueEntry:
    """One assistance type a programme offers, with its caps.

    Example:
        {'cap_per_household': None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type':
            'micro_business'}

    Attributes:
        type_ (AssistanceType): The kinds of reintegration assistance.
        cap_per_person (Money | None):
        cap_per_household (Money | None):
    """

    type_: AssistanceType
    cap_per_person: Money | None
    cap_per_household: Money | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        type_ = self.type_.value

        cap_per_person: dict[str, Any] | None
        if isinstance(self.cap_per_person, Money):
            cap_per_person = self.cap_per_person.to_dict()
        else:
            cap_per_person = self.cap_per_person

        cap_per_household: dict[str, Any] | None
        if isinstance(self.cap_per_household, Money):
            cap_per_household = self.cap_per_household.to_dict()
        else:
            cap_per_household = self.cap_per_household

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "cap_per_person": cap_per_person,
                "cap_per_household": cap_per_household,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AssistanceType(d.pop("type"))

        def _parse_cap_per_person(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cap_per_person_type_1 = Money.from_dict(data)

                return cap_per_person_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        cap_per_person = _parse_cap_per_person(d.pop("cap_per_person"))

        def _parse_cap_per_household(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cap_per_household_type_1 = Money.from_dict(data)

                return cap_per_household_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        cap_per_household = _parse_cap_per_household(d.pop("cap_per_household"))

        catalogue_entry = cls(
            type_=type_,
            cap_per_person=cap_per_person,
            cap_per_household=cap_per_household,
        )

        catalogue_entry.additional_properties = d
        return catalogue_entry

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
