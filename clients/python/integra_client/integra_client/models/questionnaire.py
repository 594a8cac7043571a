from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_status import QuestionnaireStatus
from ..models.study import Study

if TYPE_CHECKING:
    from ..models.localised import Localised
    from ..models.question import Question


T = TypeVar("T", bound="Questionnaire")


@_attrs_define
class Questionnaire:
    """A questionnaire as the API shows it.

    Example:
        {'code': 'reintegration-sustainability', 'created_at': datetime.datetime(2026, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'edition': 1, 'id':
            '00000000-0000-7000-8000-000000000501', 'published_at': datetime.datetime(2026, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'questions': [{'key': 'satisfaction', 'kind': 'scale',
            'max': None, 'min': None, 'options': [], 'required': True, 'text': {'en': 'How satisfied are you with life in
            Georgia?', 'ka': 'რამდენად კმაყოფილი ხართ ცხოვრებით საქართველოში?'}}], 'recorded_by': None, 'status':
            'published', 'study': 'reintegration_sustainability', 'title': {'en': 'Reintegration sustainability of
            returnees', 'ka': 'დაბრუნებულთა რეინტეგრაციის მდგრადობა'}, 'updated_at': datetime.datetime(2026, 1, 10, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'version': 1}

    Attributes:
        id (UUID):
        code (str):
        edition (int): 1 for the first edition of the code, then one more for each new edition.
        study (Study): The field study a questionnaire serves.
        title (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        questions (list[Question]):
        status (QuestionnaireStatus): A draft is changed; a published questionnaire takes responses and never changes.
        published_at (datetime.datetime | None): When it was published; `null` for a draft.
        recorded_by (None | UUID): The user who recorded it; `null` for the questionnaires integra starts with.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    code: str
    edition: int
    study: Study
    title: Localised
    questions: list[Question]
    status: QuestionnaireStatus
    published_at: datetime.datetime | None
    recorded_by: None | UUID
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        edition = self.edition

        study = self.study.value

        title = self.title.to_dict()

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        status = self.status.value

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        recorded_by: None | str
        if isinstance(self.recorded_by, UUID):
            recorded_by = str(self.recorded_by)
        else:
            recorded_by = self.recorded_by

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "edition": edition,
                "study": study,
                "title": title,
                "questions": questions,
                "status": status,
                "published_at": published_at,
                "recorded_by": recorded_by,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415
        from ..models.question import Question  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        edition = d.pop("edition")

        study = Study(d.pop("study"))

        title = Localised.from_dict(d.pop("title"))

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = Question.from_dict(questions_item_data)

            questions.append(questions_item)

        status = QuestionnaireStatus(d.pop("status"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_recorded_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_type_0 = UUID(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        questionnaire = cls(
            id=id,
            code=code,
            edition=edition,
            study=study,
            title=title,
            questions=questions,
            status=status,
            published_at=published_at,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        questionnaire.additional_properties = d
        return questionnaire

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
