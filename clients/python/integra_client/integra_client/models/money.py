from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.currency import Currency

T = TypeVar("T", bound="Money")


@_attrs_define
class Money:
    """Money as the API shows it: an exact decimal string with exactly two decimals, in GEL.

    Attributes:
        amount (str): An exact decimal string with exactly two decimals; never a JSON number.
        currency (Currency): The currency of money on the wire: always `GEL` (the OpenAPI schema of
            `currency`; the field itself is a string, checked by [`validate`]).
    """

    amount: str
    currency: Currency

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = Currency(d.pop("currency"))

        money = cls(
            amount=amount,
            currency=currency,
        )

        return money
