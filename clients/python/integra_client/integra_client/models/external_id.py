from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExternalId")


@_attrs_define
class ExternalId:
    """An identifier of the person in another system: unique per system.

    Attributes:
        system (str): The other system's name: lower case letters, digits, `.`, `_` and `-`. Example: readmission-db.
        value (str): The person's id in that system. Example: RA-2015-0042.
    """

    system: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        system = self.system

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "system": system,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system = d.pop("system")

        value = d.pop("value")

        external_id = cls(
            system=system,
            value=value,
        )

        return external_id
