from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scheme_status import SchemeStatus
from ..models.sector import Sector
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localised import Localised


T = TypeVar("T", bound="SchemeInput")


@_attrs_define
class SchemeInput:
    """A scheme as a client sends it.

    Example:
        {'applications_open_from': None, 'applications_open_until': None, 'destination_country': 'IL', 'max_stay_days':
            365, 'name': {'en': 'Caregivers, Israel', 'ka': 'მომვლელები, ისრაელი'}, 'partner_organisation_id': None,
            'quota_per_year': 1000, 'rule_set_id': '00000000-0000-7000-8000-000000000302', 'rule_set_version': None,
            'seasonal': False, 'sector': 'care', 'status': 'open'}

    Attributes:
        name (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        destination_country (str): ISO 3166-1 alpha-2; not GE. Example: IL.
        sector (Sector): An economic sector of jobs and schemes.
        seasonal (bool):
        max_stay_days (int): The longest stay under the scheme, in days (1 to 1826). Example: 365.
        quota_per_year (int): Places a calendar year: shortlisted and later applications. Example: 1000.
        status (SchemeStatus): Whether a scheme takes applications.
        rule_set_id (UUID): The rule set of the scheme's conditions.
        partner_organisation_id (None | Unset | UUID): The partner employer or agency; an existing organisation.
        applications_open_from (datetime.date | None | Unset): Applications taken from this day; absent: any time.
        applications_open_until (datetime.date | None | Unset): Applications taken until this day; absent: open-ended.
        rule_set_version (int | None | Unset): A published version; absent: the latest published one.
    """

    name: Localised
    destination_country: str
    sector: Sector
    seasonal: bool
    max_stay_days: int
    quota_per_year: int
    status: SchemeStatus
    rule_set_id: UUID
    partner_organisation_id: None | Unset | UUID = UNSET
    applications_open_from: datetime.date | None | Unset = UNSET
    applications_open_until: datetime.date | None | Unset = UNSET
    rule_set_version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name.to_dict()

        destination_country = self.destination_country

        sector = self.sector.value

        seasonal = self.seasonal

        max_stay_days = self.max_stay_days

        quota_per_year = self.quota_per_year

        status = self.status.value

        rule_set_id = str(self.rule_set_id)

        partner_organisation_id: None | str | Unset
        if isinstance(self.partner_organisation_id, Unset):
            partner_organisation_id = UNSET
        elif isinstance(self.partner_organisation_id, UUID):
            partner_organisation_id = str(self.partner_organisation_id)
        else:
            partner_organisation_id = self.partner_organisation_id

        applications_open_from: None | str | Unset
        if isinstance(self.applications_open_from, Unset):
            applications_open_from = UNSET
        elif isinstance(self.applications_open_from, datetime.date):
            applications_open_from = self.applications_open_from.isoformat()
        else:
            applications_open_from = self.applications_open_from

        applications_open_until: None | str | Unset
        if isinstance(self.applications_open_until, Unset):
            applications_open_until = UNSET
        elif isinstance(self.applications_open_until, datetime.date):
            applications_open_until = self.applications_open_until.isoformat()
        else:
            applications_open_until = self.applications_open_until

        rule_set_version: int | None | Unset
        if isinstance(self.rule_set_version, Unset):
            rule_set_version = UNSET
        else:
            rule_set_version = self.rule_set_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "destination_country": destination_country,
                "sector": sector,
                "seasonal": seasonal,
                "max_stay_days": max_stay_days,
                "quota_per_year": quota_per_year,
                "status": status,
                "rule_set_id": rule_set_id,
            }
        )
        if partner_organisation_id is not UNSET:
            field_dict["partner_organisation_id"] = partner_organisation_id
        if applications_open_from is not UNSET:
            field_dict["applications_open_from"] = applications_open_from
        if applications_open_until is not UNSET:
            field_dict["applications_open_until"] = applications_open_until
        if rule_set_version is not UNSET:
            field_dict["rule_set_version"] = rule_set_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised import Localised  # noqa: PLC0415

        d = dict(src_dict)
        name = Localised.from_dict(d.pop("name"))

        destination_country = d.pop("destination_country")

        sector = Sector(d.pop("sector"))

        seasonal = d.pop("seasonal")

        max_stay_days = d.pop("max_stay_days")

        quota_per_year = d.pop("quota_per_year")

        status = SchemeStatus(d.pop("status"))

        rule_set_id = UUID(d.pop("rule_set_id"))

        def _parse_partner_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partner_organisation_id_type_0 = UUID(data)

                return partner_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        partner_organisation_id = _parse_partner_organisation_id(d.pop("partner_organisation_id", UNSET))

        def _parse_applications_open_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applications_open_from_type_0 = datetime.date.fromisoformat(data)

                return applications_open_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        applications_open_from = _parse_applications_open_from(d.pop("applications_open_from", UNSET))

        def _parse_applications_open_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applications_open_until_type_0 = datetime.date.fromisoformat(data)

                return applications_open_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        applications_open_until = _parse_applications_open_until(d.pop("applications_open_until", UNSET))

        def _parse_rule_set_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rule_set_version = _parse_rule_set_version(d.pop("rule_set_version", UNSET))

        scheme_input = cls(
            name=name,
            destination_country=destination_country,
            sector=sector,
            seasonal=seasonal,
            max_stay_days=max_stay_days,
            quota_per_year=quota_per_year,
            status=status,
            rule_set_id=rule_set_id,
            partner_organisation_id=partner_organisation_id,
            applications_open_from=applications_open_from,
            applications_open_until=applications_open_until,
            rule_set_version=rule_set_version,
        )

        return scheme_input
