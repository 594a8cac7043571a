from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule_all import RuleAll
    from ..models.rule_any import RuleAny
    from ..models.rule_comparison import RuleComparison
    from ..models.rule_not import RuleNot
    from ..models.rule_reasons import RuleReasons
    from ..models.rule_text import RuleText


T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """A rule: a condition, its name and the reasons shown for each result.

    Attributes:
        id (str): Unique within the document; results name their rule by it.
        name (RuleText): A text in Georgian (`ka`) and English (`en`).
        required (bool): Whether the rule must pass for the outcome to be eligible (a vacancy: a hard requirement).
        condition (RuleAll | RuleAny | RuleComparison | RuleNot): Exactly one of: `all` (every condition holds), `any`
            (at least one holds), `not`, or a comparison of a fact. Evaluation is three-valued: an unknown fact makes a
            comparison not_evaluable. Conditions nest at most 16 deep.
        reasons (RuleReasons): What a result of the rule tells the person, for each of its three results.
    """

    id: str
    name: RuleText
    required: bool
    condition: RuleAll | RuleAny | RuleComparison | RuleNot
    reasons: RuleReasons

    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_all import RuleAll  # noqa: PLC0415
        from ..models.rule_any import RuleAny  # noqa: PLC0415
        from ..models.rule_not import RuleNot  # noqa: PLC0415

        id = self.id

        name = self.name.to_dict()

        required = self.required

        condition: dict[str, Any]
        if isinstance(self.condition, RuleAll):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, RuleAny):
            condition = self.condition.to_dict()
        elif isinstance(self.condition, RuleNot):
            condition = self.condition.to_dict()
        else:
            condition = self.condition.to_dict()

        reasons = self.reasons.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "required": required,
                "condition": condition,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_all import RuleAll  # noqa: PLC0415
        from ..models.rule_any import RuleAny  # noqa: PLC0415
        from ..models.rule_comparison import RuleComparison  # noqa: PLC0415
        from ..models.rule_not import RuleNot  # noqa: PLC0415
        from ..models.rule_reasons import RuleReasons  # noqa: PLC0415
        from ..models.rule_text import RuleText  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = RuleText.from_dict(d.pop("name"))

        required = d.pop("required")

        def _parse_condition(data: object) -> RuleAll | RuleAny | RuleComparison | RuleNot:
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

        condition = _parse_condition(d.pop("condition"))

        reasons = RuleReasons.from_dict(d.pop("reasons"))

        rule = cls(
            id=id,
            name=name,
            required=required,
            condition=condition,
            reasons=reasons,
        )

        return rule
