from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectInput")


@_attrs_define
class ProjectInput:
    """A project as a client records it.

    Example:
        {'ends_on': datetime.date(2027, 12, 31), 'name': 'Strengthening the Migration Division', 'objective': 'Returning
            migrants and immigrants are served by one division with trained staff', 'starts_on': datetime.date(2025, 1, 1)}

    Attributes:
        name (str):
        objective (str):
        starts_on (datetime.date):  Example: 2025-01-01.
        ends_on (datetime.date): Not before `starts_on`. Example: 2027-12-31.
    """

    name: str
    objective: str
    starts_on: datetime.date
    ends_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        objective = self.objective

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "objective": objective,
                "starts_on": starts_on,
                "ends_on": ends_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        objective = d.pop("objective")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        project_input = cls(
            name=name,
            objective=objective,
            starts_on=starts_on,
            ends_on=ends_on,
        )

        return project_input
