from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Written")


@_attrs_define
class Written:
    """Which record a write wrote, for a caller who may not read it.

    Closed (`additionalProperties: false`), so that a record never also
    matches this schema in the `oneOf` of a write's answer.

        Example:
            {'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'version': 2}

        Attributes:
            id (UUID):
            version (int | None | Unset): The version written (also the `ETag`); absent for records that never change.
    """

    id: UUID
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        written = cls(
            id=id,
            version=version,
        )

        return written
