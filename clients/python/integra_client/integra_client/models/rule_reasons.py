from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule_text import RuleText


T = TypeVar("T", bound="RuleReasons")


@_attrs_define
class RuleReasons:
    """What a result of the rule tells the person, for each of its three results.

    Attributes:
        passed (RuleText): A text in Georgian (`ka`) and English (`en`).
        failed (RuleText): A text in Georgian (`ka`) and English (`en`).
        not_evaluable (RuleText): A text in Georgian (`ka`) and English (`en`).
    """

    passed: RuleText
    failed: RuleText
    not_evaluable: RuleText

    def to_dict(self) -> dict[str, Any]:
        passed = self.passed.to_dict()

        failed = self.failed.to_dict()

        not_evaluable = self.not_evaluable.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "passed": passed,
                "failed": failed,
                "not_evaluable": not_evaluable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_text import RuleText  # noqa: PLC0415

        d = dict(src_dict)
        passed = RuleText.from_dict(d.pop("passed"))

        failed = RuleText.from_dict(d.pop("failed"))

        not_evaluable = RuleText.from_dict(d.pop("not_evaluable"))

        rule_reasons = cls(
            passed=passed,
            failed=failed,
            not_evaluable=not_evaluable,
        )

        return rule_reasons
