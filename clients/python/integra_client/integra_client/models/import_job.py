from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.counts import Counts
    from ..models.row_report import RowReport


T = TypeVar("T", bound="ImportJob")


@_attrs_define
class ImportJob:
    """An import job and, once finished, its report.

    Example:
        {'atomic': 'row', 'counts': {'created': 1, 'failed': 1, 'unchanged': 0, 'updated': 1}, 'created_at':
            datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'error': None,
            'failures': [{'errors': [{'code': 'in_future', 'field': 'date_of_birth', 'message': 'date_of_birth must not be
            in the future'}], 'key': 'personal_number=01001012345', 'line': 4, 'outcome': 'failed'}], 'finished_at':
            datetime.datetime(2026, 3, 2, 10, 0, 1, tzinfo=datetime.timezone(datetime.timedelta(0), 'Z')), 'id':
            '0193b6c2-7c1a-7d2e-9f00-5a1b2c3d4ff0', 'kind': 'persons', 'mode': 'commit', 'rows_done': 3, 'rows_total': 3,
            'status': 'succeeded', 'written': True}

    Attributes:
        id (UUID):
        kind (str):
        mode (str):
        atomic (str):
        status (str): `running`, `succeeded` (ran to the end: see `counts`), or `failed`
            (could not run to the end: see `error`).
        rows_total (int):
        rows_done (int):
        written (bool): Whether the rows counted created and updated were written: false for
            `validate`, and for `atomic=all` when a row failed.
        counts (Counts | None):
        failures (list[RowReport] | None): Once finished: each failed row, its line, key and errors.
        error (None | str):
        created_at (datetime.datetime):
        finished_at (datetime.datetime | None):
    """

    id: UUID
    kind: str
    mode: str
    atomic: str
    status: str
    rows_total: int
    rows_done: int
    written: bool
    counts: Counts | None
    failures: list[RowReport] | None
    error: None | str
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.counts import Counts  # noqa: PLC0415

        id = str(self.id)

        kind = self.kind

        mode = self.mode

        atomic = self.atomic

        status = self.status

        rows_total = self.rows_total

        rows_done = self.rows_done

        written = self.written

        counts: dict[str, Any] | None
        if isinstance(self.counts, Counts):
            counts = self.counts.to_dict()
        else:
            counts = self.counts

        failures: list[dict[str, Any]] | None
        if isinstance(self.failures, list):
            failures = []
            for failures_type_0_item_data in self.failures:
                failures_type_0_item = failures_type_0_item_data.to_dict()
                failures.append(failures_type_0_item)

        else:
            failures = self.failures

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "mode": mode,
                "atomic": atomic,
                "status": status,
                "rows_total": rows_total,
                "rows_done": rows_done,
                "written": written,
                "counts": counts,
                "failures": failures,
                "error": error,
                "created_at": created_at,
                "finished_at": finished_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counts import Counts  # noqa: PLC0415
        from ..models.row_report import RowReport  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = d.pop("kind")

        mode = d.pop("mode")

        atomic = d.pop("atomic")

        status = d.pop("status")

        rows_total = d.pop("rows_total")

        rows_done = d.pop("rows_done")

        written = d.pop("written")

        def _parse_counts(data: object) -> Counts | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counts_type_1 = Counts.from_dict(data)

                return counts_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Counts | None, data)

        counts = _parse_counts(d.pop("counts"))

        def _parse_failures(data: object) -> list[RowReport] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failures_type_0 = []
                _failures_type_0 = data
                for failures_type_0_item_data in _failures_type_0:
                    failures_type_0_item = RowReport.from_dict(failures_type_0_item_data)

                    failures_type_0.append(failures_type_0_item)

                return failures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RowReport] | None, data)

        failures = _parse_failures(d.pop("failures"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        import_job = cls(
            id=id,
            kind=kind,
            mode=mode,
            atomic=atomic,
            status=status,
            rows_total=rows_total,
            rows_done=rows_done,
            written=written,
            counts=counts,
            failures=failures,
            error=error,
            created_at=created_at,
            finished_at=finished_at,
        )

        import_job.additional_properties = d
        return import_job

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
