from enum import StrEnum


class CaseStatus(StrEnum):
    ASSISTING = "assisting"
    CLOSED = "closed"
    ELIGIBLE = "eligible"
    MONITORING = "monitoring"
    NOT_ELIGIBLE = "not_eligible"
    PLANNING = "planning"
    REGISTERED = "registered"
    SCREENING = "screening"

    def __str__(self) -> str:
        return str(self.value)
