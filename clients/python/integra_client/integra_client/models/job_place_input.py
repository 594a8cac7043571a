from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.employment_term import EmploymentTerm
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobPlaceInput")


@_attrs_define
class JobPlaceInput:
    """Job places created, as a client sends them.

    Example:
        {'created_on': datetime.date(2026, 2, 1), 'places': 2, 'term': 'permanent'}

    Attributes:
        term (EmploymentTerm): The term of a job (a placement, or a job place a social enterprise created).
        created_on (datetime.date): Not in the future. Example: 2026-02-01.
        places (int | Unset): How many places of this term were created that day; 1 when absent. Default: 1. Example: 2.
    """

    term: EmploymentTerm
    created_on: datetime.date
    places: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        term = self.term.value

        created_on = self.created_on.isoformat()

        places = self.places

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "term": term,
                "created_on": created_on,
            }
        )
        if places is not UNSET:
            field_dict["places"] = places

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        term = EmploymentTerm(d.pop("term"))

        created_on = datetime.date.fromisoformat(d.pop("created_on"))

        places = d.pop("places", UNSET)

        job_place_input = cls(
            term=term,
            created_on=created_on,
            places=places,
        )

        return job_place_input
