from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInput")


@_attrs_define
class UserInput:
    """A new user, as an administrator sends it.

    Example:
        {'display_name': 'Nino Beridze', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'password': 'correct
            horse battery staple', 'role': 'case_worker', 'username': 'nino.beridze'}

    Attributes:
        username (str):
        password (str):
        role (Role): The roles of DOMAIN.md ("The people who use it").
        organisation_id (UUID):
        display_name (None | str | Unset):
    """

    username: str
    password: str
    role: Role
    organisation_id: UUID
    display_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        role = self.role.value

        organisation_id = str(self.organisation_id)

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
                "role": role,
                "organisation_id": organisation_id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        role = Role(d.pop("role"))

        organisation_id = UUID(d.pop("organisation_id"))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        user_input = cls(
            username=username,
            password=password,
            role=role,
            organisation_id=organisation_id,
            display_name=display_name,
        )

        return user_input
