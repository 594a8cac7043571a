from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheme_status import SchemeStatus
from ..models.sector import Sector

if TYPE_CHECKING:
    from ..models.localised import Localised


T = TypeVar("T", bound="Scheme")


@_attrs_define
class Scheme:
    """A scheme as the API shows it.

    Example:
        {'applications_open_from': None, 'applications_open_until': None, 'created_at': datetime.datetime(2026, 1, 1, 0,
            0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'destination_country': 'IL', 'id':
            '00000000-0000-7000-8000-000000000402', 'max_stay_days': 365, 'name': {'en': 'Caregivers, Israel', 'ka':
            'მომვლელები, ისრაელი'}, 'partner_organisation_id': None, 'quota_per_year': 1000, 'rule_set_id':
            '00000000-0000-7000-8000-000000000302', 'rule_set_version': 1, 'seasonal': False, 'sector': 'care', 'status':
            'open', 'updated_at': datetime.datetime(2026, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'version': 1}

    Attributes:
        id (UUID):
        name (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        destination_country (str):
        sector (Sector): An economic sector of jobs and schemes.
        partner_organisation_id (None | UUID):
        seasonal (bool):
        max_stay_days (int):
        quota_per_year (int):
        applications_open_from (datetime.date | None):
        applications_open_until (datetime.date | None):
        status (SchemeStatus): Whether a scheme takes applications.
        rule_set_id (UUID):
        rule_set_version (int): The published version of the rule set the scheme applies.
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    name: Localised
    destination_country: str
    sector: Sector
    partner_organisation_id: None | UUID
    seasonal: bool
    max_stay_days: int
    quota_per_year: int
    applications_open_from: datetime.date | None
    applications_open_until: datetime.date | None
    status: SchemeStatus
    rule_set_id: UUID
    rule_set_version: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name.to_dict()

        destination_country = self.destination_country

        sector = self.sector.value

        partner_organisation_id: None | str
        if isinstance(self.partner_organisation_id, UUID):
            partner_organisation_id = str(self.partner_organisation_id)
        else:
            partner_organisation_id = self.partner_organisation_id

        seasonal = self.seasonal

        max_stay_days = self.max_stay_days

        quota_per_year = self.quota_per_year

        applications_open_from: None | str
        if isinstance(self.applications_open_from, datetime.date):
            applications_open_from = self.applications_open_from.isoformat()
        else:
            applications_open_from = self.applications_open_from

        applications_open_until: None | str
        if isinstance(self.applications_open_until, datetime.date):
            applications_open_until = self.applications_open_until.isoformat()
        else:
            applications_open_until = self.applications_open_until

        status = self.status.value

        rule_set_id = str(self.rule_set_id)

        rule_set_version = self.rule_set_version

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "destination_country": destination_country,
                "sector": sector,
                "partner_organisation_id": partner_organisation_id,
                "seasonal": seasonal,
                "max_stay_days": max_stay_days,
                "quota_per_year": quota_per_year,
                "applications_open_from": applications_open_from,
                "applications_open_until": applications_open_until,
                "status": status,
                "rule_set_id": rule_set_id,
                "rule_set_version": rule_set_version,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = Localised.from_dict(d.pop("name"))

        destination_country = d.pop("destination_country")

        sector = Sector(d.pop("sector"))

        def _parse_partner_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partner_organisation_id_type_0 = UUID(data)

                return partner_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        partner_organisation_id = _parse_partner_organisation_id(d.pop("partner_organisation_id"))

        seasonal = d.pop("seasonal")

        max_stay_days = d.pop("max_stay_days")

        quota_per_year = d.pop("quota_per_year")

        def _parse_applications_open_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applications_open_from_type_0 = datetime.date.fromisoformat(data)

                return applications_open_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        applications_open_from = _parse_applications_open_from(d.pop("applications_open_from"))

        def _parse_applications_open_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applications_open_until_type_0 = datetime.date.fromisoformat(data)

                return applications_open_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        applications_open_until = _parse_applications_open_until(d.pop("applications_open_until"))

        status = SchemeStatus(d.pop("status"))

        rule_set_id = UUID(d.pop("rule_set_id"))

        rule_set_version = d.pop("rule_set_version")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        scheme = cls(
            id=id,
            name=name,
            destination_country=destination_country,
            sector=sector,
            partner_organisation_id=partner_organisation_id,
            seasonal=seasonal,
            max_stay_days=max_stay_days,
            quota_per_year=quota_per_year,
            applications_open_from=applications_open_from,
            applications_open_until=applications_open_until,
            status=status,
            rule_set_id=rule_set_id,
            rule_set_version=rule_set_version,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        scheme.additional_properties = d
        return scheme

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
