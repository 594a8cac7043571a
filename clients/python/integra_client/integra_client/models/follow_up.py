from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.follow_up_point import FollowUpPoint

if TYPE_CHECKING:
    from ..models.follow_up_answers import FollowUpAnswers
    from ..models.scores import Scores


T = TypeVar("T", bound="FollowUp")


@_attrs_define
class FollowUp:
    """A follow-up as the API shows it.

    Example:
        {'answers': {'economic_satisfaction': 4, 'income_source': True}, 'case_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ea0', 'conducted_on': datetime.date(2026, 5, 15), 'created_at':
            datetime.datetime(2026, 5, 15, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'due_on':
            datetime.date(2026, 5, 15), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f30', 'point': 'month_3', 'recorded_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'scores': {'economic': 0.9167, 'overall': 0.9167, 'psychosocial': None,
            'social': None}, 'updated_at': datetime.datetime(2026, 5, 15, 12, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        case_id (UUID):
        point (FollowUpPoint): When a follow-up is due, counted from the start of reintegration assistance.
        due_on (datetime.date):
        conducted_on (datetime.date):
        answers (FollowUpAnswers):
        scores (Scores): Sustainability scores of one follow-up, each in 0..=1 or null. Example: {'economic': 0.8,
            'overall': 0.7434, 'psychosocial': None, 'social': 0.6875}.
        recorded_by (UUID):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    case_id: UUID
    point: FollowUpPoint
    due_on: datetime.date
    conducted_on: datetime.date
    answers: FollowUpAnswers
    scores: Scores
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        case_id = str(self.case_id)

        point = self.point.value

        due_on = self.due_on.isoformat()

        conducted_on = self.conducted_on.isoformat()

        answers = self.answers.to_dict()

        scores = self.scores.to_dict()

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "point": point,
                "due_on": due_on,
                "conducted_on": conducted_on,
                "answers": answers,
                "scores": scores,
                "recorded_by": recorded_by,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up_answers import FollowUpAnswers  # noqa: PLC0415
        from ..models.scores import Scores  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        case_id = UUID(d.pop("case_id"))

        point = FollowUpPoint(d.pop("point"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        conducted_on = datetime.date.fromisoformat(d.pop("conducted_on"))

        answers = FollowUpAnswers.from_dict(d.pop("answers"))

        scores = Scores.from_dict(d.pop("scores"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        follow_up = cls(
            id=id,
            case_id=case_id,
            point=point,
            due_on=due_on,
            conducted_on=conducted_on,
            answers=answers,
            scores=scores,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        follow_up.additional_properties = d
        return follow_up

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
