from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_action import ApplicationAction
from ..models.application_status import ApplicationStatus

T = TypeVar("T", bound="ApplicationMove")


@_attrs_define
class ApplicationMove:
    """One move of an application.

    Example:
        {'action': 'shortlist', 'date': None, 'from': 'applied', 'moved_at': datetime.datetime(2026, 12, 2, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'moved_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0',
            'reason': None, 'to': 'shortlisted'}

    Attributes:
        action (ApplicationAction): What may be done to an application (`POST /applications/{id}/{action}`;
            `orient` by attendance at an orientation session).
        from_ (ApplicationStatus): Where an application is.
        to (ApplicationStatus): Where an application is.
        reason (None | str):
        date (datetime.date | None): The day of departure or return, for those moves.
        moved_by (UUID):
        moved_at (datetime.datetime):
    """

    action: ApplicationAction
    from_: ApplicationStatus
    to: ApplicationStatus
    reason: None | str
    date: datetime.date | None
    moved_by: UUID
    moved_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        from_ = self.from_.value

        to = self.to.value

        reason: None | str
        reason = self.reason

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        moved_by = str(self.moved_by)

        moved_at = self.moved_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "from": from_,
                "to": to,
                "reason": reason,
                "date": date,
                "moved_by": moved_by,
                "moved_at": moved_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ApplicationAction(d.pop("action"))

        from_ = ApplicationStatus(d.pop("from"))

        to = ApplicationStatus(d.pop("to"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))

        moved_by = UUID(d.pop("moved_by"))

        moved_at = datetime.datetime.fromisoformat(d.pop("moved_at"))

        application_move = cls(
            action=action,
            from_=from_,
            to=to,
            reason=reason,
            date=date,
            moved_by=moved_by,
            moved_at=moved_at,
        )

        application_move.additional_properties = d
        return application_move

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
