from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliverInput")


@_attrs_define
class DeliverInput:
    """The body of `deliver`.

    Example:
        {'delivered_on': datetime.date(2026, 2, 15), 'reason': 'Handed over at the farm'}

    Attributes:
        delivered_on (datetime.date): Not in the future. Example: 2026-02-15.
        reason (None | str | Unset):  Example: Handed over at the farm.
    """

    delivered_on: datetime.date
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        delivered_on = self.delivered_on.isoformat()

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delivered_on": delivered_on,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        deliver_input = cls(
            delivered_on=delivered_on,
            reason=reason,
        )

        return deliver_input
