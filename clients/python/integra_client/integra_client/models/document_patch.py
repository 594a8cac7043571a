from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rule_set_document_patch import RuleSetDocumentPatch


T = TypeVar("T", bound="DocumentPatch")


@_attrs_define
class DocumentPatch:
    """A merge patch of a draft version: `document` is merged into the draft's document.

    Example:
        {'document': {'rules': [{'condition': {'fact': 'age_years', 'op': 'ge', 'value': 18}, 'id': 'adult', 'name':
            {'en': 'Adult', 'ka': 'სრულწლოვანი'}, 'reasons': {'failed': {'en': 'The person is under 18.', 'ka': 'პირი
            არასრულწლოვანია.'}, 'not_evaluable': {'en': 'The age is not known.', 'ka': 'ასაკი უცნობია.'}, 'passed': {'en':
            'The person is 18 or older.', 'ka': 'პირი სრულწლოვანია.'}}, 'required': True}]}}

    Attributes:
        document (RuleSetDocumentPatch | Unset): A merge patch of a rule set document (RFC 7386): `rules`, when given,
            replaces the list whole; the result must be a valid document.
    """

    document: RuleSetDocumentPatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document is not UNSET:
            field_dict["document"] = document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_set_document_patch import RuleSetDocumentPatch  # noqa: PLC0415

        d = dict(src_dict)
        _document = d.pop("document", UNSET)
        document: RuleSetDocumentPatch | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = RuleSetDocumentPatch.from_dict(_document)

        document_patch = cls(
            document=document,
        )

        document_patch.additional_properties = d
        return document_patch

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
