from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """A participant as the API shows one.

    Example:
        {'attended': True, 'created_at': datetime.datetime(2026, 3, 4, 16, 0,
            tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa1', 'name':
            'Tamar Lomidze', 'organisation_id': '01900000-0000-7000-8000-000000000001', 'position': 'Senior specialist,
            Migration Division', 'post_test': 80, 'pre_test': 55, 'training_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4fa0',
            'updated_at': datetime.datetime(2026, 3, 4, 16, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'user_id': None, 'version': 1}

    Attributes:
        id (UUID):
        training_id (UUID):
        user_id (None | UUID): The user who took part; `null` for a named official.
        name (None | str): The named official; `null` for a user.
        organisation_id (UUID): Their organisation (a user's own, as when recorded).
        position (None | str):
        attended (bool):
        pre_test (int | None):
        post_test (int | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    training_id: UUID
    user_id: None | UUID
    name: None | str
    organisation_id: UUID
    position: None | str
    attended: bool
    pre_test: int | None
    post_test: int | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        training_id = str(self.training_id)

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        name: None | str
        name = self.name

        organisation_id = str(self.organisation_id)

        position: None | str
        position = self.position

        attended = self.attended

        pre_test: int | None
        pre_test = self.pre_test

        post_test: int | None
        post_test = self.post_test

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "training_id": training_id,
                "user_id": user_id,
                "name": name,
                "organisation_id": organisation_id,
                "position": position,
                "attended": attended,
                "pre_test": pre_test,
                "post_test": post_test,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        training_id = UUID(d.pop("training_id"))

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        organisation_id = UUID(d.pop("organisation_id"))

        def _parse_position(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        position = _parse_position(d.pop("position"))

        attended = d.pop("attended")

        def _parse_pre_test(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pre_test = _parse_pre_test(d.pop("pre_test"))

        def _parse_post_test(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        post_test = _parse_post_test(d.pop("post_test"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        participant = cls(
            id=id,
            training_id=training_id,
            user_id=user_id,
            name=name,
            organisation_id=organisation_id,
            position=position,
            attended=attended,
            pre_test=pre_test,
            post_test=post_test,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        participant.additional_properties = d
        return participant

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
