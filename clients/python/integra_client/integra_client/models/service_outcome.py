from enum import StrEnum


class ServiceOutcome(StrEnum):
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"
    ONGOING = "ongoing"

    def __str__(self) -> str:
        return str(self.value)
