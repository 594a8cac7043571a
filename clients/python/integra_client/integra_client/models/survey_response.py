from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.survey_response_answers import SurveyResponseAnswers


T = TypeVar("T", bound="SurveyResponse")


@_attrs_define
class SurveyResponse:
    """A response as the API shows it.

    Example:
        {'answers': {'employment': 'employed', 'satisfaction': 4}, 'collected_on': datetime.date(2026, 5, 14),
            'created_at': datetime.datetime(2026, 5, 14, 15, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fb0', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'person_id':
            None, 'questionnaire_id': '00000000-0000-7000-8000-000000000501', 'recorded_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'updated_at': datetime.datetime(2026, 5, 14, 15, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        questionnaire_id (UUID):
        collected_on (datetime.date):
        person_id (None | UUID): The person who answered; `null` for an anonymous response.
        organisation_id (UUID): The organisation that collected it (its staff see it).
        answers (SurveyResponseAnswers): The answers by question key; questions not answered are absent.
        recorded_by (UUID):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    questionnaire_id: UUID
    collected_on: datetime.date
    person_id: None | UUID
    organisation_id: UUID
    answers: SurveyResponseAnswers
    recorded_by: UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        questionnaire_id = str(self.questionnaire_id)

        collected_on = self.collected_on.isoformat()

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        organisation_id = str(self.organisation_id)

        answers = self.answers.to_dict()

        recorded_by = str(self.recorded_by)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "questionnaire_id": questionnaire_id,
                "collected_on": collected_on,
                "person_id": person_id,
                "organisation_id": organisation_id,
                "answers": answers,
                "recorded_by": recorded_by,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.survey_response_answers import SurveyResponseAnswers  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        questionnaire_id = UUID(d.pop("questionnaire_id"))

        collected_on = datetime.date.fromisoformat(d.pop("collected_on"))

        def _parse_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)

                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        person_id = _parse_person_id(d.pop("person_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        answers = SurveyResponseAnswers.from_dict(d.pop("answers"))

        recorded_by = UUID(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        survey_response = cls(
            id=id,
            questionnaire_id=questionnaire_id,
            collected_on=collected_on,
            person_id=person_id,
            organisation_id=organisation_id,
            answers=answers,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        survey_response.additional_properties = d
        return survey_response

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
