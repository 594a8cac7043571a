from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.programme_status import ProgrammeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalogue_entry_input import CatalogueEntryInput
    from ..models.localised_patch import LocalisedPatch
    from ..models.money_patch import MoneyPatch


T = TypeVar("T", bound="ProgrammePatch")


@_attrs_define
class ProgrammePatch:
    """A merge patch of a programme: any subset of the writable fields.

    Example:
        {'budget': {'amount': '550000.00', 'currency': 'GEL'}, 'rule_set_version': 2}

    Attributes:
        name (LocalisedPatch | Unset): A merge patch of a text in two languages: the languages to change. Example:
            {'en': 'State reintegration programme 2026'}.
        starts_on (datetime.date | Unset):
        ends_on (datetime.date | Unset):
        application_opens_on (datetime.date | None | Unset):
        application_closes_on (datetime.date | None | Unset):
        budget (MoneyPatch | Unset): A merge patch of an amount of money. Example: {'amount': '550000.00'}.
        approval_threshold (MoneyPatch | Unset): A merge patch of an amount of money. Example: {'amount': '550000.00'}.
        rule_set_id (UUID | Unset):
        rule_set_version (int | None | Unset): A published version of the rule set; `null` = its latest published
            version.
        catalogue (list[CatalogueEntryInput] | None | Unset):
        status (None | ProgrammeStatus | Unset):
    """

    name: LocalisedPatch | Unset = UNSET
    starts_on: datetime.date | Unset = UNSET
    ends_on: datetime.date | Unset = UNSET
    application_opens_on: datetime.date | None | Unset = UNSET
    application_closes_on: datetime.date | None | Unset = UNSET
    budget: MoneyPatch | Unset = UNSET
    approval_threshold: MoneyPatch | Unset = UNSET
    rule_set_id: UUID | Unset = UNSET
    rule_set_version: int | None | Unset = UNSET
    catalogue: list[CatalogueEntryInput] | None | Unset = UNSET
    status: None | ProgrammeStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        starts_on: str | Unset = UNSET
        if not isinstance(self.starts_on, Unset):
            starts_on = self.starts_on.isoformat()

        ends_on: str | Unset = UNSET
        if not isinstance(self.ends_on, Unset):
            ends_on = self.ends_on.isoformat()

        application_opens_on: None | str | Unset
        if isinstance(self.application_opens_on, Unset):
            application_opens_on = UNSET
        elif isinstance(self.application_opens_on, datetime.date):
            application_opens_on = self.application_opens_on.isoformat()
        else:
            application_opens_on = self.application_opens_on

        application_closes_on: None | str | Unset
        if isinstance(self.application_closes_on, Unset):
            application_closes_on = UNSET
        elif isinstance(self.application_closes_on, datetime.date):
            application_closes_on = self.application_closes_on.isoformat()
        else:
            application_closes_on = self.application_closes_on

        budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget, Unset):
            budget = self.budget.to_dict()

        approval_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval_threshold, Unset):
            approval_threshold = self.approval_threshold.to_dict()

        rule_set_id: str | Unset = UNSET
        if not isinstance(self.rule_set_id, Unset):
            rule_set_id = str(self.rule_set_id)

        rule_set_version: int | None | Unset
        if isinstance(self.rule_set_version, Unset):
            rule_set_version = UNSET
        else:
            rule_set_version = self.rule_set_version

        catalogue: list[dict[str, Any]] | None | Unset
        if isinstance(self.catalogue, Unset):
            catalogue = UNSET
        elif isinstance(self.catalogue, list):
            catalogue = []
            for catalogue_type_0_item_data in self.catalogue:
                catalogue_type_0_item = catalogue_type_0_item_data.to_dict()
                catalogue.append(catalogue_type_0_item)

        else:
            catalogue = self.catalogue

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProgrammeStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if application_opens_on is not UNSET:
            field_dict["application_opens_on"] = application_opens_on
        if application_closes_on is not UNSET:
            field_dict["application_closes_on"] = application_closes_on
        if budget is not UNSET:
            field_dict["budget"] = budget
        if approval_threshold is not UNSET:
            field_dict["approval_threshold"] = approval_threshold
        if rule_set_id is not UNSET:
            field_dict["rule_set_id"] = rule_set_id
        if rule_set_version is not UNSET:
            field_dict["rule_set_version"] = rule_set_version
        if catalogue is not UNSET:
            field_dict["catalogue"] = catalogue
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue_entry_input import CatalogueEntryInput  # noqa: PLC0415
        from ..models.localised_patch import LocalisedPatch  # noqa: PLC0415
        from ..models.money_patch import MoneyPatch  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: LocalisedPatch | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = LocalisedPatch.from_dict(_name)

        _starts_on = d.pop("starts_on", UNSET)
        starts_on: datetime.date | Unset
        if isinstance(_starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = datetime.date.fromisoformat(_starts_on)

        _ends_on = d.pop("ends_on", UNSET)
        ends_on: datetime.date | Unset
        if isinstance(_ends_on, Unset):
            ends_on = UNSET
        else:
            ends_on = datetime.date.fromisoformat(_ends_on)

        def _parse_application_opens_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_opens_on_type_0 = datetime.date.fromisoformat(data)

                return application_opens_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        application_opens_on = _parse_application_opens_on(d.pop("application_opens_on", UNSET))

        def _parse_application_closes_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_closes_on_type_0 = datetime.date.fromisoformat(data)

                return application_closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        application_closes_on = _parse_application_closes_on(d.pop("application_closes_on", UNSET))

        _budget = d.pop("budget", UNSET)
        budget: MoneyPatch | Unset
        if isinstance(_budget, Unset):
            budget = UNSET
        else:
            budget = MoneyPatch.from_dict(_budget)

        _approval_threshold = d.pop("approval_threshold", UNSET)
        approval_threshold: MoneyPatch | Unset
        if isinstance(_approval_threshold, Unset):
            approval_threshold = UNSET
        else:
            approval_threshold = MoneyPatch.from_dict(_approval_threshold)

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

        def _parse_catalogue(data: object) -> list[CatalogueEntryInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                catalogue_type_0 = []
                _catalogue_type_0 = data
                for catalogue_type_0_item_data in _catalogue_type_0:
                    catalogue_type_0_item = CatalogueEntryInput.from_dict(catalogue_type_0_item_data)

                    catalogue_type_0.append(catalogue_type_0_item)

                return catalogue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CatalogueEntryInput] | None | Unset, data)

        catalogue = _parse_catalogue(d.pop("catalogue", UNSET))

        def _parse_status(data: object) -> None | ProgrammeStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = ProgrammeStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgrammeStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        programme_patch = cls(
            name=name,
            starts_on=starts_on,
            ends_on=ends_on,
            application_opens_on=application_opens_on,
            application_closes_on=application_closes_on,
            budget=budget,
            approval_threshold=approval_threshold,
            rule_set_id=rule_set_id,
            rule_set_version=rule_set_version,
            catalogue=catalogue,
            status=status,
        )

        programme_patch.additional_properties = d
        return programme_patch

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
