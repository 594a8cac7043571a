from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.question_kind import QuestionKind

if TYPE_CHECKING:
    from ..models.choice_option import ChoiceOption
    from ..models.localised import Localised


T = TypeVar("T", bound="Question")


@_attrs_define
class Question:
    """A question of a questionnaire.

    Example:
        {'key': 'employment', 'kind': 'single_choice', 'max': None, 'min': None, 'options': [{'key': 'employed', 'text':
            {'en': 'Employed', 'ka': 'დასაქმებული'}}, {'key': 'unemployed', 'text': {'en': 'Unemployed', 'ka':
            'უმუშევარი'}}], 'required': True, 'text': {'en': 'What is your current employment status?', 'ka': 'რა არის
            თქვენი ამჟამინდელი დასაქმების სტატუსი?'}}

    Attributes:
        key (str):
        kind (QuestionKind): How a question is answered: one option, any options, a scale of 1 to
            5, a whole number, or free text.
        text (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        required (bool):
        options (list[ChoiceOption]): The options of a choice question; empty for other kinds.
        min_ (int | None): The lowest number accepted, for number questions.
        max_ (int | None): The highest number accepted, for number questions.
    """

    key: str
    kind: QuestionKind
    text: Localised
    required: bool
    options: list[ChoiceOption]
    min_: int | None
    max_: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind = self.kind.value

        text = self.text.to_dict()

        required = self.required

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        min_: int | None
        min_ = self.min_

        max_: int | None
        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "kind": kind,
                "text": text,
                "required": required,
                "options": options,
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice_option import ChoiceOption  # noqa: PLC0415
        from ..models.localised import Localised  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        kind = QuestionKind(d.pop("kind"))

        text = Localised.from_dict(d.pop("text"))

        required = d.pop("required")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = ChoiceOption.from_dict(options_item_data)

            options.append(options_item)

        def _parse_min_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        min_ = _parse_min_(d.pop("min"))

        def _parse_max_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_ = _parse_max_(d.pop("max"))

        question = cls(
            key=key,
            kind=kind,
            text=text,
            required=required,
            options=options,
            min_=min_,
            max_=max_,
        )

        question.additional_properties = d
        return question

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
