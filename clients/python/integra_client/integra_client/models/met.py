from enum import StrEnum


class Met(StrEnum):
    MET = "met"
    MISSED = "missed"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
