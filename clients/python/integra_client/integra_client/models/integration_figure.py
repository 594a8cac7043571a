from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.localised import Localised


T = TypeVar("T", bound="IntegrationFigure")


@_attrs_define
class IntegrationFigure:
    """One figure of the integration report as the API shows it.

    Example:
        {'definition': {'en': 'Of them, those of citizenship AM (unknown: not recorded)', 'ka': 'მათგან, მოქალაქეობით AM
            (unknown: უცნობი)'}, 'id': 'persons.nationality.AM', 'value': 122}

    Attributes:
        id (str): The figure's id (`persons`, `persons.nationality.AM`, `hours.language`, ...).
        value (float | None): A count, or hours in half-hour steps (`hours.*`); `null` only where
            suppressed (then listed in `suppressed`).
        definition (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026',
            'ka': 'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
    """

    id: str
    value: float | None
    definition: Localised
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value: float | None
        value = self.value

        definition = self.definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
                "definition": definition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        definition = Localised.from_dict(d.pop("definition"))

        integration_figure = cls(
            id=id,
            value=value,
            definition=definition,
        )

        integration_figure.additional_properties = d
        return integration_figure

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
