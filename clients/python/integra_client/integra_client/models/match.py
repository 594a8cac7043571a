from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_kind import OfferKind
from ..models.sector import Sector

if TYPE_CHECKING:
    from ..models.localised import Localised
    from ..models.requirement import Requirement


T = TypeVar("T", bound="Match")


@_attrs_define
class Match:
    """A scheme or a vacancy matched against a jobseeker.

    Example:
        {'destination_country': 'IL', 'excluded': False, 'id': '00000000-0000-7000-8000-000000000402', 'kind': 'scheme',
            'name': {'en': 'Caregivers, Israel', 'ka': 'მომვლელები, ისრაელი'}, 'occupation': None, 'requirements':
            [{'facts': {'age_years': 36}, 'hard': True, 'id': 'age', 'name': {'en': 'Aged 25 to 45', 'ka': '25-დან 45
            წლამდე'}, 'outcome': 'met', 'reason': {'en': 'The person is aged 25 to 45.', 'ka': 'პირი 25-დან 45 წლამდეა.'}}],
            'scheme_id': None, 'score': 100, 'sector': 'care'}

    Attributes:
        kind (OfferKind): What a jobseeker is matched with.
        id (UUID): The scheme's or the vacancy's id.
        name (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        destination_country (str): The country of the work: the scheme's destination, or the vacancy's
            country (GE at home).
        sector (None | Sector):
        scheme_id (None | UUID): A vacancy abroad: the scheme it is under.
        occupation (None | str): A vacancy: its ISCO-08 occupation.
        score (int): 0 to 100: the share of soft requirements met; 0 when excluded.
        excluded (bool): A hard requirement is missed or unknown.
        requirements (list[Requirement]): Every requirement, hard ones first: a scheme's conditions, a vacancy's
            scheme's conditions and its own requirements; then the soft ones of
            the offer (occupation, preferred country and sector).
    """

    kind: OfferKind
    id: UUID
    name: Localised
    destination_country: str
    sector: None | Sector
    scheme_id: None | UUID
    occupation: None | str
    score: int
    excluded: bool
    requirements: list[Requirement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = str(self.id)

        name = self.name.to_dict()

        destination_country = self.destination_country

        sector: None | str
        if isinstance(self.sector, Sector):
            sector = self.sector.value
        else:
            sector = self.sector

        scheme_id: None | str
        if isinstance(self.scheme_id, UUID):
            scheme_id = str(self.scheme_id)
        else:
            scheme_id = self.scheme_id

        occupation: None | str
        occupation = self.occupation

        score = self.score

        excluded = self.excluded

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
                "name": name,
                "destination_country": destination_country,
                "sector": sector,
                "scheme_id": scheme_id,
                "occupation": occupation,
                "score": score,
                "excluded": excluded,
                "requirements": requirements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415
        from ..models.requirement import Requirement  # noqa: PLC0415

        d = dict(src_dict)
        kind = OfferKind(d.pop("kind"))

        id = UUID(d.pop("id"))

        name = Localised.from_dict(d.pop("name"))

        destination_country = d.pop("destination_country")

        def _parse_sector(data: object) -> None | Sector:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sector_type_1 = Sector(data)

                return sector_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sector, data)

        sector = _parse_sector(d.pop("sector"))

        def _parse_scheme_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheme_id_type_0 = UUID(data)

                return scheme_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        scheme_id = _parse_scheme_id(d.pop("scheme_id"))

        def _parse_occupation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        occupation = _parse_occupation(d.pop("occupation"))

        score = d.pop("score")

        excluded = d.pop("excluded")

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in _requirements:
            requirements_item = Requirement.from_dict(requirements_item_data)

            requirements.append(requirements_item)

        match = cls(
            kind=kind,
            id=id,
            name=name,
            destination_country=destination_country,
            sector=sector,
            scheme_id=scheme_id,
            occupation=occupation,
            score=score,
            excluded=excluded,
            requirements=requirements,
        )

        match.additional_properties = d
        return match

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
