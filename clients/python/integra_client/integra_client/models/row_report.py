from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_outcome import ImportOutcome

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="RowReport")


@_attrs_define
class RowReport:
    """One row's line in the report: its key, and what went wrong when it failed.

    Example:
        {'errors': [{'code': 'in_future', 'field': 'date_of_birth', 'message': 'date_of_birth must not be in the
            future'}], 'key': 'personal_number=01001012345', 'line': 7, 'outcome': 'failed'}

    Attributes:
        line (int):
        key (None | str): The row's key as the file gives it (`personal_number=...`, or
            `external_system=...,external_value=...`); `null` when it has none.
        outcome (ImportOutcome): What became of a row.
        errors (list[FieldError]): The errors of a failed row, with the codes of the API's validation errors.
    """

    line: int
    key: None | str
    outcome: ImportOutcome
    errors: list[FieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line = self.line

        key: None | str
        key = self.key

        outcome = self.outcome.value

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "key": key,
                "outcome": outcome,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        line = d.pop("line")

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        outcome = ImportOutcome(d.pop("outcome"))

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = FieldError.from_dict(errors_item_data)

            errors.append(errors_item)

        row_report = cls(
            line=line,
            key=key,
            outcome=outcome,
            errors=errors,
        )

        row_report.additional_properties = d
        return row_report

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
