from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheme_status import SchemeStatus
from ..models.sector import Sector
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localised_patch import LocalisedPatch


T = TypeVar("T", bound="SchemePatch")


@_attrs_define
class SchemePatch:
    """A merge patch of a scheme: any subset of its fields.

    Example:
        {'status': 'suspended'}

    Attributes:
        name (LocalisedPatch | Unset): A merge patch of a text in two languages: the languages to change. Example:
            {'en': 'State reintegration programme 2026'}.
        destination_country (str | Unset):
        sector (Sector | Unset): An economic sector of jobs and schemes.
        partner_organisation_id (None | Unset | UUID):
        seasonal (bool | Unset):
        max_stay_days (int | Unset):
        quota_per_year (int | Unset):
        applications_open_from (datetime.date | None | Unset):
        applications_open_until (datetime.date | None | Unset):
        status (SchemeStatus | Unset): Whether a scheme takes applications.
        rule_set_id (UUID | Unset):
        rule_set_version (int | None | Unset):
    """

    name: LocalisedPatch | Unset = UNSET
    destination_country: str | Unset = UNSET
    sector: Sector | Unset = UNSET
    partner_organisation_id: None | Unset | UUID = UNSET
    seasonal: bool | Unset = UNSET
    max_stay_days: int | Unset = UNSET
    quota_per_year: int | Unset = UNSET
    applications_open_from: datetime.date | None | Unset = UNSET
    applications_open_until: datetime.date | None | Unset = UNSET
    status: SchemeStatus | Unset = UNSET
    rule_set_id: UUID | Unset = UNSET
    rule_set_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        destination_country = self.destination_country

        sector: str | Unset = UNSET
        if not isinstance(self.sector, Unset):
            sector = self.sector.value

        partner_organisation_id: None | str | Unset
        if isinstance(self.partner_organisation_id, Unset):
            partner_organisation_id = UNSET
        elif isinstance(self.partner_organisation_id, UUID):
            partner_organisation_id = str(self.partner_organisation_id)
        else:
            partner_organisation_id = self.partner_organisation_id

        seasonal = self.seasonal

        max_stay_days = self.max_stay_days

        quota_per_year = self.quota_per_year

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        rule_set_id: str | Unset = UNSET
        if not isinstance(self.rule_set_id, Unset):
            rule_set_id = str(self.rule_set_id)

        rule_set_version: int | None | Unset
        if isinstance(self.rule_set_version, Unset):
            rule_set_version = UNSET
        else:
            rule_set_version = self.rule_set_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if destination_country is not UNSET:
            field_dict["destination_country"] = destination_country
        if sector is not UNSET:
            field_dict["sector"] = sector
        if partner_organisation_id is not UNSET:
            field_dict["partner_organisation_id"] = partner_organisation_id
        if seasonal is not UNSET:
            field_dict["seasonal"] = seasonal
        if max_stay_days is not UNSET:
            field_dict["max_stay_days"] = max_stay_days
        if quota_per_year is not UNSET:
            field_dict["quota_per_year"] = quota_per_year
        if applications_open_from is not UNSET:
            field_dict["applications_open_from"] = applications_open_from
        if applications_open_until is not UNSET:
            field_dict["applications_open_until"] = applications_open_until
        if status is not UNSET:
            field_dict["status"] = status
        if rule_set_id is not UNSET:
            field_dict["rule_set_id"] = rule_set_id
        if rule_set_version is not UNSET:
            field_dict["rule_set_version"] = rule_set_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localised_patch import LocalisedPatch  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: LocalisedPatch | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = LocalisedPatch.from_dict(_name)

        destination_country = d.pop("destination_country", UNSET)

        _sector = d.pop("sector", UNSET)
        sector: Sector | Unset
        if isinstance(_sector, Unset):
            sector = UNSET
        else:
            sector = Sector(_sector)

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

        seasonal = d.pop("seasonal", UNSET)

        max_stay_days = d.pop("max_stay_days", UNSET)

        quota_per_year = d.pop("quota_per_year", UNSET)

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

        _status = d.pop("status", UNSET)
        status: SchemeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SchemeStatus(_status)

        _rule_set_id = d.pop("rule_set_id", UNSET)
        rule_set_id: UUID | Unset
        if isinstance(_rule_set_id, Unset):
            rule_set_id = UNSET
        else:
            rule_set_id = UUID(_rule_set_id)

        def _parse_rule_set_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rule_set_version = _parse_rule_set_version(d.pop("rule_set_version", UNSET))

        scheme_patch = cls(
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
        )

        scheme_patch.additional_properties = d
        return scheme_patch

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
