from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantPatch")


@_attrs_define
class ParticipantPatch:
    """A merge patch of a participant: position, attendance, scores.

    Example:
        {'attended': True, 'post_test': 85}

    Attributes:
        position (None | str | Unset):
        attended (bool | None | Unset):
        pre_test (int | None | Unset):
        post_test (int | None | Unset):
    """

    position: None | str | Unset = UNSET
    attended: bool | None | Unset = UNSET
    pre_test: int | None | Unset = UNSET
    post_test: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        attended: bool | None | Unset
        if isinstance(self.attended, Unset):
            attended = UNSET
        else:
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
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_attended(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attended = _parse_attended(d.pop("attended", UNSET))

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

        participant_patch = cls(
            position=position,
            attended=attended,
            pre_test=pre_test,
            post_test=post_test,
        )

        participant_patch.additional_properties = d
        return participant_patch

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
