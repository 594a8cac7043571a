from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.fact_name import FactName
from ..models.op import Op

T = TypeVar("T", bound="RuleComparison")


@_attrs_define
class RuleComparison:
    """A fact compared with a value. The fact's type fixes the operators and the value: text (`citizenship`: eq, ne, in; an
    ISO 3166-1 alpha-2 code or `stateless`), enum (`residence_status`: eq, ne, in), integer (eq .. ge, in), boolean (eq,
    ne), date (eq .. ge; `YYYY-MM-DD`), duration (eq .. ge; `{"months": 12}` or `{"days": 30}`), set (has; a member such
    as `IL`, `caregiver`, `5322`), languages (has; `{"language": "en", "min_level": "B1"}`). `in` takes a list of
    values.

        Attributes:
            fact (FactName): The facts a condition may read.
            op (Op): A comparison operator.
            value (Any): A value of the fact's type (a list for `in`).
    """

    fact: FactName
    op: Op
    value: Any

    def to_dict(self) -> dict[str, Any]:
        fact = self.fact.value

        op = self.op.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fact": fact,
                "op": op,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fact = FactName(d.pop("fact"))

        op = Op(d.pop("op"))

        value = d.pop("value")

        rule_comparison = cls(
            fact=fact,
            op=op,
            value=value,
        )

        return rule_comparison
