from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_action import ApplicationAction
from ..models.application_status import ApplicationStatus

if TYPE_CHECKING:
    from ..models.application_move import ApplicationMove


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """An application as the API shows it.

    Example:
        {'allowed_actions': ['return'], 'applied_on': datetime.date(2026, 12, 1), 'created_at': datetime.datetime(2026,
            12, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'departed_on': datetime.date(2027, 3, 1),
            'due_back_on': datetime.date(2028, 3, 1), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fe0', 'jobseeker_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fc0', 'moves': [], 'note': None, 'organisation_id':
            '01900000-0000-7000-8000-000000000001', 'person_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e5f', 'placement_id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4f40', 'quota_year': 2026, 'recorded_by':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ec0', 'returned_on': None, 'scheme_id':
            '00000000-0000-7000-8000-000000000402', 'status': 'departed', 'updated_at': datetime.datetime(2027, 3, 1, 9, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'vacancy_id': None, 'version': 4}

    Attributes:
        id (UUID):
        jobseeker_id (UUID):
        person_id (UUID): The jobseeker's person.
        scheme_id (UUID):
        vacancy_id (None | UUID):
        organisation_id (UUID): The organisation that recorded the application.
        status (ApplicationStatus): Where an application is.
        allowed_actions (list[ApplicationAction]): What may be done next, in the workflow's order.
        applied_on (datetime.date):
        quota_year (int | None): The year whose quota the application holds a place of (shortlisted and
            later); `null` before shortlisting and once rejected or withdrawn.
        departed_on (datetime.date | None):
        due_back_on (datetime.date | None): The last day of the term abroad: the day of departure plus the
            scheme's longest stay.
        returned_on (datetime.date | None):
        placement_id (None | UUID): The job placement recorded on departure.
        note (None | str):
        recorded_by (UUID):
        moves (list[ApplicationMove]): Every move, first to last.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    jobseeker_id: UUID
    person_id: UUID
    scheme_id: UUID
    vacancy_id: None | UUID
    organisation_id: UUID
    status: ApplicationStatus
    allowed_actions: list[ApplicationAction]
    applied_on: datetime.date
    quota_year: int | None
    departed_on: datetime.date | None
    due_back_on: datetime.date | None
    returned_on: datetime.date | None
    placement_id: None | UUID
    note: None | str
    recorded_by: UUID
    moves: list[ApplicationMove]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        jobseeker_id = str(self.jobseeker_id)

        person_id = str(self.person_id)

        scheme_id = str(self.scheme_id)

        vacancy_id: None | str
        if isinstance(self.vacancy_id, UUID):
            vacancy_id = str(self.vacancy_id)
        else:
            vacancy_id = self.vacancy_id

        organisation_id = str(self.organisation_id)

        status = self.status.value

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        applied_on = self.applied_on.isoformat()

        quota_year: int | None
        quota_year = self.quota_year

        departed_on: None | str
        if isinstance(self.departed_on, datetime.date):
            departed_on = self.departed_on.isoformat()
        else:
            departed_on = self.departed_on

        due_back_on: None | str
        if isinstance(self.due_back_on, datetime.date):
            due_back_on = self.due_back_on.isoformat()
        else:
            due_back_on = self.due_back_on

        returned_on: None | str
        if isinstance(self.returned_on, datetime.date):
            returned_on = self.returned_on.isoformat()
        else:
            returned_on = self.returned_on

        placement_id: None | str
        if isinstance(self.placement_id, UUID):
            placement_id = str(self.placement_id)
        else:
            placement_id = self.placement_id

        note: None | str
        note = self.note

        recorded_by = str(self.recorded_by)

        moves = []
        for moves_item_data in self.moves:
            moves_item = moves_item_data.to_dict()
            moves.append(moves_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "jobseeker_id": jobseeker_id,
                "person_id": person_id,
                "scheme_id": scheme_id,
                "vacancy_id": vacancy_id,
                "organisation_id": organisation_id,
                "status": status,
                "allowed_actions": allowed_actions,
                "applied_on": applied_on,
                "quota_year": quota_year,
                "departed_on": departed_on,
                "due_back_on": due_back_on,
                "returned_on": returned_on,
                "placement_id": placement_id,
                "note": note,
                "recorded_by": recorded_by,
                "moves": moves,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_move import ApplicationMove  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        jobseeker_id = UUID(d.pop("jobseeker_id"))

        person_id = UUID(d.pop("person_id"))

        scheme_id = UUID(d.pop("scheme_id"))

        def _parse_vacancy_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vacancy_id_type_0 = UUID(data)

                return vacancy_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        vacancy_id = _parse_vacancy_id(d.pop("vacancy_id"))

        organisation_id = UUID(d.pop("organisation_id"))

        status = ApplicationStatus(d.pop("status"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = ApplicationAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        applied_on = datetime.date.fromisoformat(d.pop("applied_on"))

        def _parse_quota_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quota_year = _parse_quota_year(d.pop("quota_year"))

        def _parse_departed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                departed_on_type_0 = datetime.date.fromisoformat(data)

                return departed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        departed_on = _parse_departed_on(d.pop("departed_on"))

        def _parse_due_back_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_back_on_type_0 = datetime.date.fromisoformat(data)

                return due_back_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_back_on = _parse_due_back_on(d.pop("due_back_on"))

        def _parse_returned_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                returned_on_type_0 = datetime.date.fromisoformat(data)

                return returned_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        returned_on = _parse_returned_on(d.pop("returned_on"))

        def _parse_placement_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                placement_id_type_0 = UUID(data)

                return placement_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        placement_id = _parse_placement_id(d.pop("placement_id"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = UUID(d.pop("recorded_by"))

        moves = []
        _moves = d.pop("moves")
        for moves_item_data in _moves:
            moves_item = ApplicationMove.from_dict(moves_item_data)

            moves.append(moves_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        application = cls(
            id=id,
            jobseeker_id=jobseeker_id,
            person_id=person_id,
            scheme_id=scheme_id,
            vacancy_id=vacancy_id,
            organisation_id=organisation_id,
            status=status,
            allowed_actions=allowed_actions,
            applied_on=applied_on,
            quota_year=quota_year,
            departed_on=departed_on,
            due_back_on=due_back_on,
            returned_on=returned_on,
            placement_id=placement_id,
            note=note,
            recorded_by=recorded_by,
            moves=moves,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        application.additional_properties = d
        return application

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
