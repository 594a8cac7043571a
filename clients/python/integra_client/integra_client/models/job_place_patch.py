from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_term import EmploymentTerm
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobPlacePatch")


@_attrs_define
class JobPlacePatch:
    """A merge patch of job places: any subset of their fields.

    Example:
        {'places': 3}

    Attributes:
        term (EmploymentTerm | Unset): The term of a job (a placement, or a job place a social enterprise created).
        created_on (datetime.date | Unset):
        places (int | None | Unset):
    """

    term: EmploymentTerm | Unset = UNSET
    created_on: datetime.date | Unset = UNSET
    places: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        term: str | Unset = UNSET
        if not isinstance(self.term, Unset):
            term = self.term.value

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        places: int | None | Unset
        if isinstance(self.places, Unset):
            places = UNSET
        else:
            places = self.places

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if term is not UNSET:
            field_dict["term"] = term
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if places is not UNSET:
            field_dict["places"] = places

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _term = d.pop("term", UNSET)
        term: EmploymentTerm | Unset
        if isinstance(_term, Unset):
            term = UNSET
        else:
            term = EmploymentTerm(_term)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.date | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.date.fromisoformat(_created_on)

        def _parse_places(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        places = _parse_places(d.pop("places", UNSET))

        job_place_patch = cls(
            term=term,
            created_on=created_on,
            places=places,
        )

        job_place_patch.additional_properties = d
        return job_place_patch

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
