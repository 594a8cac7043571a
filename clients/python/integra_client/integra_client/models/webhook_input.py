from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInput")


@_attrs_define
class WebhookInput:
    """A new subscription (`POST /webhooks`).

    Example:
        {'description': 'Public service registry', 'event_types': ['case.opened', 'case.status_changed'], 'url':
            'https://registry.example.gov.ge/integra/events'}

    Attributes:
        url (str): Where events are POSTed: an https URL.
        event_types (list[str] | Unset): The event types delivered (`case.status_changed`, ...); every event
            when empty or absent.
        description (None | str | Unset):
        after (None | str | Unset): Deliver the events after this feed cursor; from the next event when
            absent. Example: AAAAAAAAACo.
    """

    url: str
    event_types: list[str] | Unset = UNSET
    description: None | str | Unset = UNSET
    after: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if description is not UNSET:
            field_dict["description"] = description
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        event_types = cast(list[str], d.pop("event_types", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after = _parse_after(d.pop("after", UNSET))

        webhook_input = cls(
            url=url,
            event_types=event_types,
            description=description,
            after=after,
        )

        return webhook_input
