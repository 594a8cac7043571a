from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facts import Facts


T = TypeVar("T", bound="EligibilityRequest")


@_attrs_define
class EligibilityRequest:
    """What to check: a person of the registry in a programme (`programme_id`, `person_id`,
    `on`), or given `facts` against a programme's rules or a published rule set version.

        Example:
            {'on': datetime.date(2026, 1, 31), 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'programme_id':
                '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80'}

        Attributes:
            programme_id (None | Unset | UUID):
            person_id (None | Unset | UUID):
            on (datetime.date | None | Unset): The application date (with `person_id`); today by default. Example:
                2026-01-31.
            rule_set_id (None | Unset | UUID): With `facts` and without `programme_id`: the rule set to apply.
            rule_set_version (int | None | Unset): With `rule_set_id`: its published version to apply. Example: 1.
            facts (Facts | None | Unset):
    """

    programme_id: None | Unset | UUID = UNSET
    person_id: None | Unset | UUID = UNSET
    on: datetime.date | None | Unset = UNSET
    rule_set_id: None | Unset | UUID = UNSET
    rule_set_version: int | None | Unset = UNSET
    facts: Facts | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.facts import Facts  # noqa: PLC0415

        programme_id: None | str | Unset
        if isinstance(self.programme_id, Unset):
            programme_id = UNSET
        elif isinstance(self.programme_id, UUID):
            programme_id = str(self.programme_id)
        else:
            programme_id = self.programme_id

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        elif isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        rule_set_id: None | str | Unset
        if isinstance(self.rule_set_id, Unset):
            rule_set_id = UNSET
        elif isinstance(self.rule_set_id, UUID):
            rule_set_id = str(self.rule_set_id)
        else:
            rule_set_id = self.rule_set_id

        rule_set_version: int | None | Unset
        if isinstance(self.rule_set_version, Unset):
            rule_set_version = UNSET
        else:
            rule_set_version = self.rule_set_version

        facts: dict[str, Any] | None | Unset
        if isinstance(self.facts, Unset):
            facts = UNSET
        elif isinstance(self.facts, Facts):
            facts = self.facts.to_dict()
        else:
            facts = self.facts

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if programme_id is not UNSET:
            field_dict["programme_id"] = programme_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if on is not UNSET:
            field_dict["on"] = on
        if rule_set_id is not UNSET:
            field_dict["rule_set_id"] = rule_set_id
        if rule_set_version is not UNSET:
            field_dict["rule_set_version"] = rule_set_version
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.facts import Facts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_programme_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                programme_id_type_0 = UUID(data)

                return programme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        programme_id = _parse_programme_id(d.pop("programme_id", UNSET))

        def _parse_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        def _parse_rule_set_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rule_set_id_type_0 = UUID(data)

                return rule_set_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        rule_set_id = _parse_rule_set_id(d.pop("rule_set_id", UNSET))

        def _parse_rule_set_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rule_set_version = _parse_rule_set_version(d.pop("rule_set_version", UNSET))

        def _parse_facts(data: object) -> Facts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                facts_type_1 = Facts.from_dict(data)

                return facts_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Facts | None | Unset, data)

        facts = _parse_facts(d.pop("facts", UNSET))

        eligibility_request = cls(
            programme_id=programme_id,
            person_id=person_id,
            on=on,
            rule_set_id=rule_set_id,
            rule_set_version=rule_set_version,
            facts=facts,
        )

        return eligibility_request
