from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.organisation_kind import OrganisationKind

T = TypeVar("T", bound="OrganisationInput")


@_attrs_define
class OrganisationInput:
    """An organisation as a client sends it.

    Example:
        {'country': 'GE', 'kind': 'ngo', 'name': 'Caritas Georgia'}

    Attributes:
        name (str):  Example: Caritas Georgia.
        kind (OrganisationKind): What kind of body an organisation is.
        country (str): ISO 3166-1 alpha-2 country of registration. Example: GE.
    """

    name: str
    kind: OrganisationKind
    country: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = OrganisationKind(d.pop("kind"))

        country = d.pop("country")

        organisation_input = cls(
            name=name,
            kind=kind,
            country=country,
        )

        return organisation_input
