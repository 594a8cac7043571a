from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule_any import RuleAny
    from ..models.rule_comparison import RuleComparison
    from ..models.rule_not import RuleNot


T = TypeVar("T", bound="RuleAll")


@_attrs_define
class RuleAll:
    """Every condition holds (an empty list holds).

    Attributes:
        all_ (list[RuleAll | RuleAny | RuleComparison | RuleNot]): The conditions.
    """

    all_: list[RuleAll | RuleAny | RuleComparison | RuleNot]

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_any import RuleAny  # noqa: PLC0415
        from ..models.rule_not import RuleNot  # noqa: PLC0415

        all_ = []
        for all_item_data in self.all_:
            all_item: dict[str, Any]
            if isinstance(all_item_data, RuleAll):
                all_item = all_item_data.to_dict()
            elif isinstance(all_item_data, RuleAny):
                all_item = all_item_data.to_dict()
            elif isinstance(all_item_data, RuleNot):
                all_item = all_item_data.to_dict()
            else:
                all_item = all_item_data.to_dict()

            all_.append(all_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "all": all_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_any import RuleAny  # noqa: PLC0415
        from ..models.rule_comparison import RuleComparison  # noqa: PLC0415
        from ..models.rule_not import RuleNot  # noqa: PLC0415

        d = dict(src_dict)
        all_ = []
        _all_ = d.pop("all")
        for all_item_data in _all_:

            def _parse_all_item(data: object) -> RuleAll | RuleAny | RuleComparison | RuleNot:
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

            all_item = _parse_all_item(all_item_data)

            all_.append(all_item)

        rule_all = cls(
            all_=all_,
        )

        return rule_all
