from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.client_credentials_grant_type import ClientCredentialsGrantType

T = TypeVar("T", bound="ClientCredentialsGrant")


@_attrs_define
class ClientCredentialsGrant:
    """Another system's service account signs in with its client id and secret.

    Example:
        {'client_id': 'civil-registry', 'client_secret': 'isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A',
            'grant_type': 'client_credentials'}

    Attributes:
        grant_type (ClientCredentialsGrantType): The grant type of a service account's sign-in.
        client_id (str):
        client_secret (str):
    """

    grant_type: ClientCredentialsGrantType
    client_id: str
    client_secret: str

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = ClientCredentialsGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        client_credentials_grant = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
        )

        return client_credentials_grant
