from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistance_type import AssistanceType

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="TypeFigures")


@_attrs_define
class TypeFigures:
    """The figures of one assistance type; `null` only where suppressed.

    Example:
        {'committed': {'amount': '231500.00', 'currency': 'GEL'}, 'delivered': {'amount': '204000.00', 'currency':
            'GEL'}, 'households': 59, 'persons': 61, 'persons_involved': 88, 'type': 'micro_business'}

    Attributes:
        type_ (AssistanceType): The kinds of reintegration assistance.
        persons (int | None):
        persons_involved (int | None):
        households (int | None):
        committed (Money | None):
        delivered (Money | None):
    """

    type_: AssistanceType
    persons: int | None
    persons_involved: int | None
    households: int | None
    committed: Money | None
    delivered: Money | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        type_ = self.type_.value

        persons: int | None
        persons = self.persons

        persons_involved: int | None
        persons_involved = self.persons_involved

        households: int | None
        households = self.households

        committed: dict[str, Any] | None
        if isinstance(self.committed, Money):
            committed = self.committed.to_dict()
        else:
            committed = self.committed

        delivered: dict[str, Any] | None
        if isinstance(self.delivered, Money):
            delivered = self.delivered.to_dict()
        else:
            delivered = self.delivered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "persons": persons,
                "persons_involved": persons_involved,
                "households": households,
                "committed": committed,
                "delivered": delivered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        type_ = AssistanceType(d.pop("type"))

        def _parse_persons(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        persons = _parse_persons(d.pop("persons"))

        def _parse_persons_involved(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        persons_involved = _parse_persons_involved(d.pop("persons_involved"))

        def _parse_households(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        households = _parse_households(d.pop("households"))

        def _parse_committed(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                committed_type_1 = Money.from_dict(data)

                return committed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        committed = _parse_committed(d.pop("committed"))

        def _parse_delivered(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivered_type_1 = Money.from_dict(data)

                return delivered_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        delivered = _parse_delivered(d.pop("delivered"))

        type_figures = cls(
            type_=type_,
            persons=persons,
            persons_involved=persons_involved,
            households=households,
            committed=committed,
            delivered=delivered,
        )

        type_figures.additional_properties = d
        return type_figures

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
