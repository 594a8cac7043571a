from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.follow_up_point import FollowUpPoint

if TYPE_CHECKING:
    from ..models.follow_up_input_answers import FollowUpInputAnswers


T = TypeVar("T", bound="FollowUpInput")


@_attrs_define
class FollowUpInput:
    """A follow-up as a case worker records it.

    Example:
        {'answers': {'economic_satisfaction': 4, 'housing': 3, 'income_source': True, 'support_network': 5,
            'wish_to_stay': True}, 'conducted_on': datetime.date(2026, 5, 15), 'point': 'month_3'}

    Attributes:
        point (FollowUpPoint): When a follow-up is due, counted from the start of reintegration assistance.
        conducted_on (datetime.date): Not in the future. Example: 2026-05-15.
        answers (FollowUpInputAnswers): Indicator id to answer: an integer 1..=5 for `scale_1_5`, a boolean for
            `yes_no`. At least one. Example: {'housing': 3, 'income_source': True}.
    """

    point: FollowUpPoint
    conducted_on: datetime.date
    answers: FollowUpInputAnswers

    def to_dict(self) -> dict[str, Any]:
        point = self.point.value

        conducted_on = self.conducted_on.isoformat()

        answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "point": point,
                "conducted_on": conducted_on,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up_input_answers import FollowUpInputAnswers  # noqa: PLC0415

        d = dict(src_dict)
        point = FollowUpPoint(d.pop("point"))

        conducted_on = datetime.date.fromisoformat(d.pop("conducted_on"))

        answers = FollowUpInputAnswers.from_dict(d.pop("answers"))

        follow_up_input = cls(
            point=point,
            conducted_on=conducted_on,
            answers=answers,
        )

        return follow_up_input
