from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceAccountInput")


@_attrs_define
class ServiceAccountInput:
    """A new service account.

    Example:
        {'client_id': 'civil-registry', 'display_name': 'Civil registry sync', 'organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'scopes': ['persons:read', 'events:read']}

    Attributes:
        client_id (str):
        organisation_id (UUID):
        scopes (list[Scope]):
        display_name (None | str | Unset):
    """

    client_id: str
    organisation_id: UUID
    scopes: list[Scope]
    display_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        organisation_id = str(self.organisation_id)

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "organisation_id": organisation_id,
                "scopes": scopes,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        organisation_id = UUID(d.pop("organisation_id"))

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        service_account_input = cls(
            client_id=client_id,
            organisation_id=organisation_id,
            scopes=scopes,
            display_name=display_name,
        )

        return service_account_input
