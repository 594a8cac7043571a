from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.study import Study

if TYPE_CHECKING:
    from ..models.localised import Localised
    from ..models.question_input import QuestionInput


T = TypeVar("T", bound="QuestionnaireInput")


@_attrs_define
class QuestionnaireInput:
    """A questionnaire as a client writes it.

    Example:
        {'code': 'returnee-wellbeing', 'questions': [{'key': 'satisfaction', 'kind': 'scale', 'required': True, 'text':
            {'en': 'How satisfied are you with life in Georgia?', 'ka': 'რამდენად კმაყოფილი ხართ ცხოვრებით
            საქართველოში?'}}], 'study': 'reintegration_sustainability', 'title': {'en': 'Returnee well-being', 'ka':
            'დაბრუნებულთა კეთილდღეობა'}}

    Attributes:
        code (str): Names the series of editions: lower-case letters, digits and `-`.
            Cannot be changed afterwards. Example: returnee-wellbeing.
        study (Study): The field study a questionnaire serves.
        title (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        questions (list[QuestionInput]): 1 to 100 questions, in the order asked.
    """

    code: str
    study: Study
    title: Localised
    questions: list[QuestionInput]

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        study = self.study.value

        title = self.title.to_dict()

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "study": study,
                "title": title,
                "questions": questions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415
        from ..models.question_input import QuestionInput  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        study = Study(d.pop("study"))

        title = Localised.from_dict(d.pop("title"))

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = QuestionInput.from_dict(questions_item_data)

            questions.append(questions_item)

        questionnaire_input = cls(
            code=code,
            study=study,
            title=title,
            questions=questions,
        )

        return questionnaire_input
