from enum import StrEnum


class SchemeStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
