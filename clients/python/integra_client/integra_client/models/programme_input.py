from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.programme_status import ProgrammeStatus
from ..models.stream import Stream
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.catalogue_entry_input import CatalogueEntryInput
    from ..models.localised import Localised
    from ..models.money_input import MoneyInput


T = TypeVar("T", bound="ProgrammeInput")


@_attrs_define
class ProgrammeInput:
    """A programme as a client sends it.

    Example:
        {'application_closes_on': datetime.date(2026, 10, 31), 'application_opens_on': datetime.date(2026, 2, 1),
            'approval_threshold': {'amount': '3000.00', 'currency': 'GEL'}, 'budget': {'amount': '500000.00', 'currency':
            'GEL'}, 'catalogue': [{'cap_per_household': None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'},
            'type': 'micro_business'}, {'cap_per_household': {'amount': '1500.00', 'currency': 'GEL'}, 'cap_per_person':
            None, 'type': 'temporary_accommodation'}, {'type': 'counselling_referral'}], 'code': 'REINT-2026', 'ends_on':
            datetime.date(2026, 12, 31), 'name': {'en': 'State reintegration programme 2026', 'ka': 'რეინტეგრაციის
            სახელმწიფო პროგრამა 2026'}, 'rule_set_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90', 'starts_on':
            datetime.date(2026, 1, 1), 'status': 'draft', 'stream': 'reintegration'}

    Attributes:
        code (str): Upper-case letters, digits and dashes; unique. Example: REINT-2026.
        name (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        stream (Stream): The stream of work a programme belongs to.
        starts_on (datetime.date):  Example: 2026-01-01.
        ends_on (datetime.date): Not before `starts_on`. Example: 2026-12-31.
        budget (MoneyInput): Money as a client sends it: the amount with at most two decimals (the API
            answers with [`Money`], always two). Example: {'amount': '4000.00', 'currency': 'GEL'}.
        approval_threshold (MoneyInput): Money as a client sends it: the amount with at most two decimals (the API
            answers with [`Money`], always two). Example: {'amount': '4000.00', 'currency': 'GEL'}.
        rule_set_id (UUID): The eligibility rule set the programme screens with. Example:
            0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90.
        application_opens_on (datetime.date | None | Unset): First day applications are taken; inside the period.
            Default: `starts_on`. Example: 2026-02-01.
        application_closes_on (datetime.date | None | Unset): Last day applications are taken; inside the period.
            Default: `ends_on`. Example: 2026-10-31.
        rule_set_version (int | None | Unset): The published version of the rule set to apply; default: its latest
            published version. Example: 1.
        catalogue (list[CatalogueEntryInput] | Unset): The assistance types offered, each at most once.
        status (None | ProgrammeStatus | Unset):
    """

    code: str
    name: Localised
    stream: Stream
    starts_on: datetime.date
    ends_on: datetime.date
    budget: MoneyInput
    approval_threshold: MoneyInput
    rule_set_id: UUID
    application_opens_on: datetime.date | None | Unset = UNSET
    application_closes_on: datetime.date | None | Unset = UNSET
    rule_set_version: int | None | Unset = UNSET
    catalogue: list[CatalogueEntryInput] | Unset = UNSET
    status: None | ProgrammeStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name.to_dict()

        stream = self.stream.value

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        budget = self.budget.to_dict()

        approval_threshold = self.approval_threshold.to_dict()

        rule_set_id = str(self.rule_set_id)

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

        rule_set_version: int | None | Unset
        if isinstance(self.rule_set_version, Unset):
            rule_set_version = UNSET
        else:
            rule_set_version = self.rule_set_version

        catalogue: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalogue, Unset):
            catalogue = []
            for catalogue_item_data in self.catalogue:
                catalogue_item = catalogue_item_data.to_dict()
                catalogue.append(catalogue_item)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProgrammeStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "stream": stream,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "budget": budget,
                "approval_threshold": approval_threshold,
                "rule_set_id": rule_set_id,
            }
        )
        if application_opens_on is not UNSET:
            field_dict["application_opens_on"] = application_opens_on
        if application_closes_on is not UNSET:
            field_dict["application_closes_on"] = application_closes_on
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
        from ..models.localised import Localised  # noqa: PLC0415
        from ..models.money_input import MoneyInput  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = Localised.from_dict(d.pop("name"))

        stream = Stream(d.pop("stream"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        budget = MoneyInput.from_dict(d.pop("budget"))

        approval_threshold = MoneyInput.from_dict(d.pop("approval_threshold"))

        rule_set_id = UUID(d.pop("rule_set_id"))

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

        def _parse_rule_set_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rule_set_version = _parse_rule_set_version(d.pop("rule_set_version", UNSET))

        _catalogue = d.pop("catalogue", UNSET)
        catalogue: list[CatalogueEntryInput] | Unset = UNSET
        if _catalogue is not UNSET:
            catalogue = []
            for catalogue_item_data in _catalogue:
                catalogue_item = CatalogueEntryInput.from_dict(catalogue_item_data)

                catalogue.append(catalogue_item)

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

        programme_input = cls(
            code=code,
            name=name,
            stream=stream,
            starts_on=starts_on,
            ends_on=ends_on,
            budget=budget,
            approval_threshold=approval_threshold,
            rule_set_id=rule_set_id,
            application_opens_on=application_opens_on,
            application_closes_on=application_closes_on,
            rule_set_version=rule_set_version,
            catalogue=catalogue,
            status=status,
        )

        return programme_input
