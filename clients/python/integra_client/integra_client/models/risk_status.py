from enum import StrEnum


class RiskStatus(StrEnum):
    CLOSED = "closed"
    MITIGATED = "mitigated"
    OCCURRED = "occurred"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
