from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.question_kind import QuestionKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_option import ChoiceOption
    from ..models.localised import Localised


T = TypeVar("T", bound="QuestionInput")


@_attrs_define
class QuestionInput:
    """A question as a client writes it.

    Example:
        {'key': 'employment', 'kind': 'single_choice', 'options': [{'key': 'employed', 'text': {'en': 'Employed', 'ka':
            'დასაქმებული'}}, {'key': 'unemployed', 'text': {'en': 'Unemployed', 'ka': 'უმუშევარი'}}], 'required': True,
            'text': {'en': 'What is your current employment status?', 'ka': 'რა არის თქვენი ამჟამინდელი დასაქმების
            სტატუსი?'}}

    Attributes:
        key (str): Lower-case letters, digits and `_`, starting with a letter; unique
            within the questionnaire; the key of its answer in a response. Example: employment.
        kind (QuestionKind): How a question is answered: one option, any options, a scale of 1 to
            5, a whole number, or free text.
        text (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        required (bool | Unset): Whether every response must answer it.
        options (list[ChoiceOption] | Unset): The options of a choice question (2 to 20); none for other kinds.
        min_ (int | None | Unset): The lowest number accepted (number questions only).
        max_ (int | None | Unset): The highest number accepted (number questions only), not below `min`.
    """

    key: str
    kind: QuestionKind
    text: Localised
    required: bool | Unset = UNSET
    options: list[ChoiceOption] | Unset = UNSET
    min_: int | None | Unset = UNSET
    max_: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        kind = self.kind.value

        text = self.text.to_dict()

        required = self.required

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        min_: int | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: int | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "kind": kind,
                "text": text,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if options is not UNSET:
            field_dict["options"] = options
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice_option import ChoiceOption  # noqa: PLC0415
        from ..models.localised import Localised  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        kind = QuestionKind(d.pop("kind"))

        text = Localised.from_dict(d.pop("text"))

        required = d.pop("required", UNSET)

        _options = d.pop("options", UNSET)
        options: list[ChoiceOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = ChoiceOption.from_dict(options_item_data)

                options.append(options_item)

        def _parse_min_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        question_input = cls(
            key=key,
            kind=kind,
            text=text,
            required=required,
            options=options,
            min_=min_,
            max_=max_,
        )

        return question_input
