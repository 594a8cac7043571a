from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.survey_response_input_answers import SurveyResponseInputAnswers


T = TypeVar("T", bound="SurveyResponseInput")


@_attrs_define
class SurveyResponseInput:
    """A response as a client records one.

    Example:
        {'answers': {'employment': 'employed', 'income_sources': ['wages', 'remittances'], 'months_back': 18,
            'satisfaction': 4}, 'collected_on': datetime.date(2026, 5, 14), 'person_id': None}

    Attributes:
        collected_on (datetime.date): The day the answers were collected; not in the future. Example: 2026-05-14.
        answers (SurveyResponseInputAnswers): The answers by question key: an option's key (single choice), a list
            of option keys (multiple choice), 1 to 5 (scale), a whole number
            (number), text (text). A question left out, or `null`, is not
            answered; every required question must be.
        person_id (None | Unset | UUID): The person who answered, when they agreed to be named; `null` or
            absent for an anonymous response. Cannot be changed afterwards.
    """

    collected_on: datetime.date
    answers: SurveyResponseInputAnswers
    person_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        collected_on = self.collected_on.isoformat()

        answers = self.answers.to_dict()

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        elif isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collected_on": collected_on,
                "answers": answers,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_response_input_answers import SurveyResponseInputAnswers  # noqa: PLC0415

        d = dict(src_dict)
        collected_on = datetime.date.fromisoformat(d.pop("collected_on"))

        answers = SurveyResponseInputAnswers.from_dict(d.pop("answers"))

        def _parse_person_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        survey_response_input = cls(
            collected_on=collected_on,
            answers=answers,
            person_id=person_id,
        )

        return survey_response_input
