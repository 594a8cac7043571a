from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.study import Study
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localised_patch import LocalisedPatch
    from ..models.question_input import QuestionInput


T = TypeVar("T", bound="QuestionnairePatch")


@_attrs_define
class QuestionnairePatch:
    """A merge patch of a draft questionnaire: its study, title or questions.

    Example:
        {'title': {'en': 'Returnee well-being 2027', 'ka': 'დაბრუნებულთა კეთილდღეობა 2027'}}

    Attributes:
        study (Study | Unset): The field study a questionnaire serves.
        title (LocalisedPatch | Unset): A merge patch of a text in two languages: the languages to change. Example:
            {'en': 'State reintegration programme 2026'}.
        questions (list[QuestionInput] | None | Unset): Replaces every question.
    """

    study: Study | Unset = UNSET
    title: LocalisedPatch | Unset = UNSET
    questions: list[QuestionInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study: str | Unset = UNSET
        if not isinstance(self.study, Unset):
            study = self.study.value

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        questions: list[dict[str, Any]] | None | Unset
        if isinstance(self.questions, Unset):
            questions = UNSET
        elif isinstance(self.questions, list):
            questions = []
            for questions_type_0_item_data in self.questions:
                questions_type_0_item = questions_type_0_item_data.to_dict()
                questions.append(questions_type_0_item)

        else:
            questions = self.questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study is not UNSET:
            field_dict["study"] = study
        if title is not UNSET:
            field_dict["title"] = title
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised_patch import LocalisedPatch  # noqa: PLC0415
        from ..models.question_input import QuestionInput  # noqa: PLC0415

        d = dict(src_dict)
        _study = d.pop("study", UNSET)
        study: Study | Unset
        if isinstance(_study, Unset):
            study = UNSET
        else:
            study = Study(_study)

        _title = d.pop("title", UNSET)
        title: LocalisedPatch | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = LocalisedPatch.from_dict(_title)

        def _parse_questions(data: object) -> list[QuestionInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                questions_type_0 = []
                _questions_type_0 = data
                for questions_type_0_item_data in _questions_type_0:
                    questions_type_0_item = QuestionInput.from_dict(questions_type_0_item_data)

                    questions_type_0.append(questions_type_0_item)

                return questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[QuestionInput] | None | Unset, data)

        questions = _parse_questions(d.pop("questions", UNSET))

        questionnaire_patch = cls(
            study=study,
            title=title,
            questions=questions,
        )

        questionnaire_patch.additional_properties = d
        return questionnaire_patch

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
