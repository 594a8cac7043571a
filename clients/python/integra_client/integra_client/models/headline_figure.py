from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.localised import Localised


T = TypeVar("T", bound="HeadlineFigure")


@_attrs_define
class HeadlineFigure:
    """One headline figure as the API shows it.

    Example:
        {'definition': {'en': 'Distinct persons whose stay abroad ended in the period with an assisted voluntary
            return', 'ka': 'განსხვავებული პირები, რომელთა საზღვარგარეთ ყოფნა პერიოდში დასრულდა დახმარებით ნებაყოფლობითი
            დაბრუნებით'}, 'id': 'returns_assisted', 'value': 122}

    Attributes:
        id (str): The figure's id (`returns_assisted`, `persons_assisted.medical`, ...).
        value (int | None): An integer; `null` only where suppressed (then listed in `suppressed`).
        definition (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026',
            'ka': 'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
    """

    id: str
    value: int | None
    definition: Localised
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value: int | None
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

        def _parse_value(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        value = _parse_value(d.pop("value"))

        definition = Localised.from_dict(d.pop("definition"))

        headline_figure = cls(
            id=id,
            value=value,
            definition=definition,
        )

        headline_figure.additional_properties = d
        return headline_figure

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
