from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.password_grant_type import PasswordGrantType

T = TypeVar("T", bound="PasswordGrant")


@_attrs_define
class PasswordGrant:
    """A person signs in with user name and password.

    Example:
        {'grant_type': 'password', 'password': 'correct horse battery staple', 'username': 'admin'}

    Attributes:
        grant_type (PasswordGrantType): The grant type of a person's sign-in.
        username (str):
        password (str):
    """

    grant_type: PasswordGrantType
    username: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = PasswordGrantType(d.pop("grant_type"))

        username = d.pop("username")

        password = d.pop("password")

        password_grant = cls(
            grant_type=grant_type,
            username=username,
            password=password,
        )

        return password_grant
