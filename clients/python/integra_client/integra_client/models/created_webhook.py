from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook import Webhook


T = TypeVar("T", bound="CreatedWebhook")


@_attrs_define
class CreatedWebhook:
    """A new subscription with its signing secret, shown this once.

    Example:
        {'secret': 'whsec_Wl9dm4fV0v3cQz3l2r5r1b8d0Yk2m1n3p5s7u9w1y3A', 'webhook': {'created_at':
            datetime.datetime(2026, 3, 2, 10, 15, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'cursor':
            'AAAAAAAAACo', 'description': 'Public service registry', 'disabled_at': None, 'disabled_reason': None,
            'event_types': ['case.opened', 'case.status_changed'], 'failing_since': None, 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60', 'next_attempt_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'owner_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02',
            'status': 'active', 'updated_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'url': 'https://registry.example.gov.ge/integra/events',
            'version': 1}}

    Attributes:
        webhook (Webhook): A subscription (its secret is shown only when it is created). Example: {'created_at':
            datetime.datetime(2026, 3, 2, 10, 15, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'cursor':
            'AAAAAAAAACo', 'description': 'Public service registry', 'disabled_at': None, 'disabled_reason': None,
            'event_types': ['case.opened', 'case.status_changed'], 'failing_since': None, 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f60', 'next_attempt_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'owner_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e02',
            'status': 'active', 'updated_at': datetime.datetime(2026, 3, 2, 10, 15,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'url': 'https://registry.example.gov.ge/integra/events',
            'version': 1}.
        secret (str): Checks `X-Integra-Signature` (HMAC-SHA256 of `t.body`); it cannot be
            shown again.
    """

    webhook: Webhook
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook = self.webhook.to_dict()

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook": webhook,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook import Webhook  # noqa: PLC0415

        d = dict(src_dict)
        webhook = Webhook.from_dict(d.pop("webhook"))

        secret = d.pop("secret")

        created_webhook = cls(
            webhook=webhook,
            secret=secret,
        )

        created_webhook.additional_properties = d
        return created_webhook

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
