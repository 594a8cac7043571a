from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.programme_status import ProgrammeStatus
from ..models.stream import Stream

if TYPE_CHECKING:
    from ..models.catalogue_entry import CatalogueEntry
    from ..models.localised import Localised
    from ..models.money import Money


T = TypeVar("T", bound="Programme")


@_attrs_define
class Programme:
    """A programme as the API shows it.

    Example:
        {'application_closes_on': None, 'application_opens_on': None, 'approval_threshold': {'amount': '3000.00',
            'currency': 'GEL'}, 'budget': {'amount': '500000.00', 'currency': 'GEL'}, 'catalogue': [{'cap_per_household':
            None, 'cap_per_person': {'amount': '4000.00', 'currency': 'GEL'}, 'type': 'micro_business'}], 'code':
            'REINT-2026', 'committed': {'amount': '12500.00', 'currency': 'GEL'}, 'created_at': datetime.datetime(2026, 1,
            5, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'ends_on': datetime.date(2026, 12, 31), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e80', 'name': {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}, 'rule_set_id': '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4e90',
            'rule_set_version': 1, 'starts_on': datetime.date(2026, 1, 1), 'status': 'open', 'stream': 'reintegration',
            'updated_at': datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')),
            'version': 1}

    Attributes:
        id (UUID):
        code (str):
        name (Localised): A text in Georgian and English. Example: {'en': 'State reintegration programme 2026', 'ka':
            'რეინტეგრაციის სახელმწიფო პროგრამა 2026'}.
        stream (Stream): The stream of work a programme belongs to.
        status (ProgrammeStatus): Where a programme is in its life: `draft` -> `open` -> `closed`.
        starts_on (datetime.date):
        ends_on (datetime.date):
        application_opens_on (datetime.date | None):
        application_closes_on (datetime.date | None):
        budget (Money): Money as the API shows it: an exact decimal string with exactly two decimals, in GEL.
        approval_threshold (Money): Money as the API shows it: an exact decimal string with exactly two decimals, in
            GEL.
        committed (Money): Money as the API shows it: an exact decimal string with exactly two decimals, in GEL.
        rule_set_id (UUID):
        rule_set_version (int): The published version of the rule set the programme applies.
        catalogue (list[CatalogueEntry]):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    code: str
    name: Localised
    stream: Stream
    status: ProgrammeStatus
    starts_on: datetime.date
    ends_on: datetime.date
    application_opens_on: datetime.date | None
    application_closes_on: datetime.date | None
    budget: Money
    approval_threshold: Money
    committed: Money
    rule_set_id: UUID
    rule_set_version: int
    catalogue: list[CatalogueEntry]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name.to_dict()

        stream = self.stream.value

        status = self.status.value

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        application_opens_on: None | str
        if isinstance(self.application_opens_on, datetime.date):
            application_opens_on = self.application_opens_on.isoformat()
        else:
            application_opens_on = self.application_opens_on

        application_closes_on: None | str
        if isinstance(self.application_closes_on, datetime.date):
            application_closes_on = self.application_closes_on.isoformat()
        else:
            application_closes_on = self.application_closes_on

        budget = self.budget.to_dict()

        approval_threshold = self.approval_threshold.to_dict()

        committed = self.committed.to_dict()

        rule_set_id = str(self.rule_set_id)

        rule_set_version = self.rule_set_version

        catalogue = []
        for catalogue_item_data in self.catalogue:
            catalogue_item = catalogue_item_data.to_dict()
            catalogue.append(catalogue_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name": name,
                "stream": stream,
                "status": status,
                "starts_on": starts_on,
                "ends_on": ends_on,
                "application_opens_on": application_opens_on,
                "application_closes_on": application_closes_on,
                "budget": budget,
                "approval_threshold": approval_threshold,
                "committed": committed,
                "rule_set_id": rule_set_id,
                "rule_set_version": rule_set_version,
                "catalogue": catalogue,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.catalogue_entry import CatalogueEntry  # noqa: PLC0415
        from ..models.localised import Localised  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name = Localised.from_dict(d.pop("name"))

        stream = Stream(d.pop("stream"))

        status = ProgrammeStatus(d.pop("status"))

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        def _parse_application_opens_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_opens_on_type_0 = datetime.date.fromisoformat(data)

                return application_opens_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        application_opens_on = _parse_application_opens_on(d.pop("application_opens_on"))

        def _parse_application_closes_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                application_closes_on_type_0 = datetime.date.fromisoformat(data)

                return application_closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        application_closes_on = _parse_application_closes_on(d.pop("application_closes_on"))

        budget = Money.from_dict(d.pop("budget"))

        approval_threshold = Money.from_dict(d.pop("approval_threshold"))

        committed = Money.from_dict(d.pop("committed"))

        rule_set_id = UUID(d.pop("rule_set_id"))

        rule_set_version = d.pop("rule_set_version")

        catalogue = []
        _catalogue = d.pop("catalogue")
        for catalogue_item_data in _catalogue:
            catalogue_item = CatalogueEntry.from_dict(catalogue_item_data)

            catalogue.append(catalogue_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        programme = cls(
            id=id,
            code=code,
            name=name,
            stream=stream,
            status=status,
            starts_on=starts_on,
            ends_on=ends_on,
            application_opens_on=application_opens_on,
            application_closes_on=application_closes_on,
            budget=budget,
            approval_threshold=approval_threshold,
            committed=committed,
            rule_set_id=rule_set_id,
            rule_set_version=rule_set_version,
            catalogue=catalogue,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        programme.additional_properties = d
        return programme

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
