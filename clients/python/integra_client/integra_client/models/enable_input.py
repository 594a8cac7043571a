from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableInput")


@_attrs_define
class EnableInput:
    """`POST /webhooks/{id}/enable`: where delivery goes on.

    Example:
        {'after': 'AAAAAAAAACo'}

    Attributes:
        after (None | str | Unset): Deliver again every event after this feed cursor (redelivery); where
            delivery stopped when absent. Example: AAAAAAAAACo.
    """

    after: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        enable_input = cls(
            after=after,
        )

        return enable_input
