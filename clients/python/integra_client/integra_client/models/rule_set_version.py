from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rule_set_document import RuleSetDocument


T = TypeVar("T", bound="RuleSetVersion")


@_attrs_define
class RuleSetVersion:
    """A version of a rule set.

    Example:
        {'created_at': datetime.datetime(2026, 1, 31, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'created_by': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'document': {'rules': [{'condition': {'fact': 'age_years',
            'op': 'ge', 'value': 18}, 'id': 'adult', 'name': {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed':
            {'en': 'The person is under 18.', 'ka': 'პირი არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The age is not
            known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en': 'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}},
            'required': True}]}, 'number': 2, 'published_at': None, 'rule_set_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90',
            'status': 'draft'}

    Attributes:
        rule_set_id (UUID):
        number (int): 1, 2, ...
        status (str): `draft` (may change) or `published` (never changes). Example: published.
        document (RuleSetDocument): A rule set document: the rules, each evaluated to passed, failed or not_evaluable;
            the outcome is eligible when every required rule passed.
        created_by (None | UUID):
        created_at (datetime.datetime):
        published_at (datetime.datetime | None):
    """

    rule_set_id: UUID
    number: int
    status: str
    document: RuleSetDocument
    created_by: None | UUID
    created_at: datetime.datetime
    published_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_set_id = str(self.rule_set_id)

        number = self.number

        status = self.status

        document = self.document.to_dict()

        created_by: None | str
        if isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at = self.created_at.isoformat()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_set_id": rule_set_id,
                "number": number,
                "status": status,
                "document": document,
                "created_by": created_by,
                "created_at": created_at,
                "published_at": published_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        d = dict(src_dict)
        rule_set_id = UUID(d.pop("rule_set_id"))

        number = d.pop("number")

        status = d.pop("status")

        document = RuleSetDocument.from_dict(d.pop("document"))

        def _parse_created_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        created_by = _parse_created_by(d.pop("created_by"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        rule_set_version = cls(
            rule_set_id=rule_set_id,
            number=number,
            status=status,
            document=document,
            created_by=created_by,
            created_at=created_at,
            published_at=published_at,
        )

        rule_set_version.additional_properties = d
        return rule_set_version

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
