from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rule_set_document import RuleSetDocument


T = TypeVar("T", bound="DocumentInput")


@_attrs_define
class DocumentInput:
    """The document of a new or changed draft version.

    Example:
        {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge', 'value': 18}, 'id': 'adult', 'name':
            {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed': {'en': 'The person is under 18.', 'ka': 'პირი
            არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en':
            'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}}

    Attributes:
        document (RuleSetDocument): A rule set document: the rules, each evaluated to passed, failed or not_evaluable;
            the outcome is eligible when every required rule passed.
    """

    document: RuleSetDocument

    def to_dict(self) -> dict[str, Any]:
        document = self.document.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_document import RuleSetDocument  # noqa: PLC0415

        d = dict(src_dict)
        document = RuleSetDocument.from_dict(d.pop("document"))

        document_input = cls(
            document=document,
        )

        return document_input
