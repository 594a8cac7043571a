from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.survey_response_patch_answers import SurveyResponsePatchAnswers


T = TypeVar("T", bound="SurveyResponsePatch")


@_attrs_define
class SurveyResponsePatch:
    """A merge patch of a response: its day, or answers by question key.

    Example:
        {'answers': {'economic_situation': 3, 'what_helped': None}}

    Attributes:
        collected_on (datetime.date | Unset):
        answers (SurveyResponsePatchAnswers | Unset): Answers to set by question key (`null` removes one).
    """

    collected_on: datetime.date | Unset = UNSET
    answers: SurveyResponsePatchAnswers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collected_on: str | Unset = UNSET
        if not isinstance(self.collected_on, Unset):
            collected_on = self.collected_on.isoformat()

        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collected_on is not UNSET:
            field_dict["collected_on"] = collected_on
        if answers is not UNSET:
            field_dict["answers"] = answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_response_patch_answers import SurveyResponsePatchAnswers  # noqa: PLC0415

        d = dict(src_dict)
        _collected_on = d.pop("collected_on", UNSET)
        collected_on: datetime.date | Unset
        if isinstance(_collected_on, Unset):
            collected_on = UNSET
        else:
            collected_on = datetime.date.fromisoformat(_collected_on)

        _answers = d.pop("answers", UNSET)
        answers: SurveyResponsePatchAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = SurveyResponsePatchAnswers.from_dict(_answers)

        survey_response_patch = cls(
            collected_on=collected_on,
            answers=answers,
        )

        survey_response_patch.additional_properties = d
        return survey_response_patch

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
