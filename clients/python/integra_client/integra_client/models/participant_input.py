from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantInput")


@_attrs_define
class ParticipantInput:
    """A participant as a client records one: a user of integra (`user_id`), or
    an official named with their organisation (`name`, `organisation_id`).

        Example:
            {'attended': True, 'name': 'Tamar Lomidze', 'organisation_id': '01900000-0000-7000-8000-000000000001',
                'position': 'Senior specialist, Migration Division', 'post_test': 80, 'pre_test': 55}

        Attributes:
            user_id (None | Unset | UUID): A user of integra who took part (their organisation is theirs); or give
                `name` and `organisation_id` instead. Cannot be changed afterwards.
            name (None | str | Unset): The official's name, when they are not a user. Cannot be changed afterwards. Example:
                Tamar Lomidze.
            organisation_id (None | Unset | UUID): The official's organisation; an existing organisation. Only with
                `name`. Cannot be changed afterwards.
            position (None | str | Unset):  Example: Senior specialist, Migration Division.
            attended (bool | Unset): Whether they attended; `false` when absent (registered only).
            pre_test (int | None | Unset): The score of the test before the training, 0 to 100. Example: 55.
            post_test (int | None | Unset): The score of the test after it, 0 to 100. Example: 80.
    """

    user_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    organisation_id: None | Unset | UUID = UNSET
    position: None | str | Unset = UNSET
    attended: bool | Unset = UNSET
    pre_test: int | None | Unset = UNSET
    post_test: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        attended = self.attended

        pre_test: int | None | Unset
        if isinstance(self.pre_test, Unset):
            pre_test = UNSET
        else:
            pre_test = self.pre_test

        post_test: int | None | Unset
        if isinstance(self.post_test, Unset):
            post_test = UNSET
        else:
            post_test = self.post_test

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if position is not UNSET:
            field_dict["position"] = position
        if attended is not UNSET:
            field_dict["attended"] = attended
        if pre_test is not UNSET:
            field_dict["pre_test"] = pre_test
        if post_test is not UNSET:
            field_dict["post_test"] = post_test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        attended = d.pop("attended", UNSET)

        def _parse_pre_test(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pre_test = _parse_pre_test(d.pop("pre_test", UNSET))

        def _parse_post_test(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_test = _parse_post_test(d.pop("post_test", UNSET))

        participant_input = cls(
            user_id=user_id,
            name=name,
            organisation_id=organisation_id,
            position=position,
            attended=attended,
            pre_test=pre_test,
            post_test=post_test,
        )

        return participant_input
