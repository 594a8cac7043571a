from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.application import Application


T = TypeVar("T", bound="Overstay")


@_attrs_define
class Overstay:
    """An application past its term abroad.

    Example:
        {'application': {'allowed_actions': ['return'], 'applied_on': datetime.date(2025, 12, 1), 'created_at':
            datetime.datetime(2025, 12, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'departed_on':
            datetime.date(2025, 12, 10), 'due_back_on': datetime.date(2026, 12, 10), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0', 'jobseeker_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0', 'moves': [],
            'note': None, 'organisation_id': '01900000-0000-7000-8000-000000000001', 'person_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'placement_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40', 'quota_year':
            2025, 'recorded_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'returned_on': None, 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'status': 'departed', 'updated_at': datetime.datetime(2025, 12, 10, 9,
            0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'vacancy_id': None, 'version': 4}, 'days_over': 3,
            'still_abroad': True}

    Attributes:
        application (Application): An application as the API shows it. Example: {'allowed_actions': ['return'],
            'applied_on': datetime.date(2026, 12, 1), 'created_at': datetime.datetime(2026, 12, 1, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'departed_on': datetime.date(2027, 3, 1), 'due_back_on':
            datetime.date(2028, 3, 1), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0', 'jobseeker_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0', 'moves': [], 'note': None, 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'placement_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40', 'quota_year': 2026, 'recorded_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'returned_on': None, 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'status': 'departed', 'updated_at': datetime.datetime(2027, 3, 1, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'vacancy_id': None, 'version': 4}.
        days_over (int): Days after `due_back_on`: until the return, or until today when still abroad.
        still_abroad (bool): Not back yet.
    """

    application: Application
    days_over: int
    still_abroad: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application = self.application.to_dict()

        days_over = self.days_over

        still_abroad = self.still_abroad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "days_over": days_over,
                "still_abroad": still_abroad,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415

        d = dict(src_dict)
        application = Application.from_dict(d.pop("application"))

        days_over = d.pop("days_over")

        still_abroad = d.pop("still_abroad")

        overstay = cls(
            application=application,
            days_over=days_over,
            still_abroad=still_abroad,
        )

        overstay.additional_properties = d
        return overstay

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
