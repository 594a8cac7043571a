from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule_set_document import RuleSetDocument


T = TypeVar("T", bound="RuleSetInput")


@_attrs_define
class RuleSetInput:
    """A new rule set: its name and the document of its first (draft) version.

    Example:
        {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge', 'value': 18}, 'id': 'adult', 'name':
            {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed': {'en': 'The person is under 18.', 'ka': 'პირი
            არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en':
            'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}, 'name': 'State reintegration
            programme rules'}

    Attributes:
        name (str):  Example: State reintegration programme rules.
        document (RuleSetDocument): A rule set document: the rules, each evaluated to passed, failed or not_evaluable;
            the outcome is eligible when every required rule passed.
    """

    name: str
    document: RuleSetDocument

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        document = self.document.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        document = RuleSetDocument.from_dict(d.pop("document"))

        rule_set_input = cls(
            name=name,
            document=document,
        )

        return rule_set_input
