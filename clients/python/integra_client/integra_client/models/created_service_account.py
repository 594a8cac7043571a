from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_secret import NewSecret
    from ..models.service_account import ServiceAccount


T = TypeVar("T", bound="CreatedServiceAccount")


@_attrs_define
class CreatedServiceAccount:
    """A new service account with its first secret, shown this once.

    Example:
        {'client_secret': {'created_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03', 'secret':
            'isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A'}, 'service_account': {'active': True, 'client_id': 'civil-
            registry', 'created_at': datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0),
            'Z')), 'display_name': 'Civil registry sync', 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02', 'organisation_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'scopes': ['persons:read'], 'updated_at': datetime.datetime(2026, 1, 31,
            9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}}

    Attributes:
        service_account (ServiceAccount): A service account of another state system. Example: {'active': True,
            'client_id': 'civil-registry', 'created_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'display_name': 'Civil registry sync', 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02', 'organisation_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'scopes':
            ['persons:read', 'events:read'], 'updated_at': datetime.datetime(2026, 1, 31, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}.
        client_secret (NewSecret): A client secret, shown once: only its hash is kept. Example: {'created_at':
            datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e03', 'secret': 'isk_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A'}.
    """

    service_account: ServiceAccount
    client_secret: NewSecret
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_account = self.service_account.to_dict()

        client_secret = self.client_secret.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_account": service_account,
                "client_secret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_secret import NewSecret  # noqa: PLC0415
        from ..models.service_account import ServiceAccount  # noqa: PLC0415

        d = dict(src_dict)
        service_account = ServiceAccount.from_dict(d.pop("service_account"))

        client_secret = NewSecret.from_dict(d.pop("client_secret"))

        created_service_account = cls(
            service_account=service_account,
            client_secret=client_secret,
        )

        created_service_account.additional_properties = d
        return created_service_account

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
