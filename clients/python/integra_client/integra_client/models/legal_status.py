from enum import StrEnum


class LegalStatus(StrEnum):
    ASYLUM_APPLIED = "asylum_applied"
    ASYLUM_GRANTED = "asylum_granted"
    IRREGULAR = "irregular"
    REGULAR = "regular"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
