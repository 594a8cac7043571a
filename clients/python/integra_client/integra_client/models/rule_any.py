from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule_all import RuleAll
    from ..models.rule_comparison import RuleComparison
    from ..models.rule_not import RuleNot


T = TypeVar("T", bound="RuleAny")


@_attrs_define
class RuleAny:
    """At least one condition holds (an empty list does not).

    Attributes:
        any_ (list[RuleAll | RuleAny | RuleComparison | RuleNot]): The conditions.
    """

    any_: list[RuleAll | RuleAny | RuleComparison | RuleNot]

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_all import RuleAll  # noqa: PLC0415
        from ..models.rule_not import RuleNot  # noqa: PLC0415

        any_ = []
        for any_item_data in self.any_:
            any_item: dict[str, Any]
            if isinstance(any_item_data, RuleAll):
                any_item = any_item_data.to_dict()
            elif isinstance(any_item_data, RuleAny):
                any_item = any_item_data.to_dict()
            elif isinstance(any_item_data, RuleNot):
                any_item = any_item_data.to_dict()
            else:
                any_item = any_item_data.to_dict()

            any_.append(any_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "any": any_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_all import RuleAll  # noqa: PLC0415
        from ..models.rule_comparison import RuleComparison  # noqa: PLC0415
        from ..models.rule_not import RuleNot  # noqa: PLC0415

        d = dict(src_dict)
        any_ = []
        _any_ = d.pop("any")
        for any_item_data in _any_:

            def _parse_any_item(data: object) -> RuleAll | RuleAny | RuleComparison | RuleNot:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_rule_condition_type_0 = RuleAll.from_dict(data)

                    return componentsschemas_rule_condition_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_rule_condition_type_1 = RuleAny.from_dict(data)

                    return componentsschemas_rule_condition_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_rule_condition_type_2 = RuleNot.from_dict(data)

                    return componentsschemas_rule_condition_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_rule_condition_type_3 = RuleComparison.from_dict(data)

                return componentsschemas_rule_condition_type_3

            any_item = _parse_any_item(any_item_data)

            any_.append(any_item)

        rule_any = cls(
            any_=any_,
        )

        return rule_any
