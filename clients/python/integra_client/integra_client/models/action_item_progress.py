from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionItemProgress")


@_attrs_define
class ActionItemProgress:
    """What changes of an action item: when it was done (`null`: open again).

    Example:
        {'done_on': datetime.date(2026, 12, 10)}

    Attributes:
        done_on (datetime.date | None | Unset): Not in the future.
    """

    done_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        done_on: None | str | Unset
        if isinstance(self.done_on, Unset):
            done_on = UNSET
        elif isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if done_on is not UNSET:
            field_dict["done_on"] = done_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_done_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)

                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        done_on = _parse_done_on(d.pop("done_on", UNSET))

        action_item_progress = cls(
            done_on=done_on,
        )

        return action_item_progress
