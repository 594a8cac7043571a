from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dimension import Dimension
from ..models.scale import Scale

if TYPE_CHECKING:
    from ..models.localised import Localised


T = TypeVar("T", bound="IndicatorView")


@_attrs_define
class IndicatorView:
    """An indicator as the API lists it (`GET .../follow-up-indicators`).

    Example:
        {'dimension': 'economic', 'id': 'income_source', 'question': {'en': 'Has a regular source of income', 'ka':
            'აქვს შემოსავლის მუდმივი წყარო'}, 'scale': 'yes_no', 'weight': 2.0}

    Attributes:
        id (str):
        dimension (Dimension): A dimension of reintegration sustainability.
        scale (Scale): How an indicator is answered: `scale_1_5` with an integer 1..=5, `yes_no` with a boolean.
        weight (float):
        question (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026',
            'ka': 'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
    """

    id: str
    dimension: Dimension
    scale: Scale
    weight: float
    question: Localised
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dimension = self.dimension.value

        scale = self.scale.value

        weight = self.weight

        question = self.question.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dimension": dimension,
                "scale": scale,
                "weight": weight,
                "question": question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        dimension = Dimension(d.pop("dimension"))

        scale = Scale(d.pop("scale"))

        weight = d.pop("weight")

        question = Localised.from_dict(d.pop("question"))

        indicator_view = cls(
            id=id,
            dimension=dimension,
            scale=scale,
            weight=weight,
            question=question,
        )

        indicator_view.additional_properties = d
        return indicator_view

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
