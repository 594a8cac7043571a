from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.case_outcome import CaseOutcome
from ..models.case_status import CaseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransitionInput")


@_attrs_define
class TransitionInput:
    """A move of a case, as a client asks for it.

    Example:
        {'outcome': None, 'override': False, 'reason': 'Assessment of 2026-02-01 passed every rule', 'to': 'eligible'}

    Attributes:
        to (CaseStatus): Where a case is in its life cycle.
        reason (str): Why: required, at most 2000 characters. Example: Assessment of 2026-02-01 passed every rule.
        outcome (CaseOutcome | None | Unset):
        override (bool | Unset): An admin's override of the latest assessment (`eligible` / `not_eligible` only).
    """

    to: CaseStatus
    reason: str
    outcome: CaseOutcome | None | Unset = UNSET
    override: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        reason = self.reason

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, CaseOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        override = self.override

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
                "reason": reason,
            }
        )
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if override is not UNSET:
            field_dict["override"] = override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = CaseStatus(d.pop("to"))

        reason = d.pop("reason")

        def _parse_outcome(data: object) -> CaseOutcome | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_1 = CaseOutcome(data)

                return outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseOutcome | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        override = d.pop("override", UNSET)

        transition_input = cls(
            to=to,
            reason=reason,
            outcome=outcome,
            override=override,
        )

        return transition_input
