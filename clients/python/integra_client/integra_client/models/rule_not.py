from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule_all import RuleAll
    from ..models.rule_any import RuleAny
    from ..models.rule_comparison import RuleComparison


T = TypeVar("T", bound="RuleNot")


@_attrs_define
class RuleNot:
    """The condition does not hold.

    Attributes:
        not_ (RuleAll | RuleAny | RuleComparison | RuleNot): Exactly one of: `all` (every condition holds), `any` (at
            least one holds), `not`, or a comparison of a fact. Evaluation is three-valued: an unknown fact makes a
            comparison not_evaluable. Conditions nest at most 16 deep.
    """

    not_: RuleAll | RuleAny | RuleComparison | RuleNot

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_all import RuleAll  # noqa: PLC0415
        from ..models.rule_any import RuleAny  # noqa: PLC0415

        not_: dict[str, Any]
        if isinstance(self.not_, RuleAll):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, RuleAny):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, RuleNot):
            not_ = self.not_.to_dict()
        else:
            not_ = self.not_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "not": not_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_all import RuleAll  # noqa: PLC0415
        from ..models.rule_any import RuleAny  # noqa: PLC0415
        from ..models.rule_comparison import RuleComparison  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(data: object) -> RuleAll | RuleAny | RuleComparison | RuleNot:
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

        not_ = _parse_not_(d.pop("not"))

        rule_not = cls(
            not_=not_,
        )

        return rule_not
