from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="PartnersInput")


@_attrs_define
class PartnersInput:
    """The implementing partners of a social enterprise, as an administrator sets
    them (the whole set at once).

        Example:
            {'partner_ids': ['0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90']}

        Attributes:
            partner_ids (list[UUID]): Existing organisations other than the social enterprise itself, each once.
    """

    partner_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        partner_ids = []
        for partner_ids_item_data in self.partner_ids:
            partner_ids_item = str(partner_ids_item_data)
            partner_ids.append(partner_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "partner_ids": partner_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partner_ids = []
        _partner_ids = d.pop("partner_ids")
        for partner_ids_item_data in _partner_ids:
            partner_ids_item = UUID(partner_ids_item_data)

            partner_ids.append(partner_ids_item)

        partners_input = cls(
            partner_ids=partner_ids,
        )

        return partners_input
