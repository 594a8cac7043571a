from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule import Rule


T = TypeVar("T", bound="RuleSetDocument")


@_attrs_define
class RuleSetDocument:
    """A rule set document: the rules, each evaluated to passed, failed or not_evaluable; the outcome is eligible when
    every required rule passed.

        Attributes:
            rules (list[Rule]): The rules, with unique ids.
    """

    rules: list[Rule]

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule import Rule  # noqa: PLC0415

        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = Rule.from_dict(rules_item_data)

            rules.append(rules_item)

        rule_set_document = cls(
            rules=rules,
        )

        return rule_set_document
