from enum import StrEnum


class ActivityStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    ONGOING = "ongoing"
    PLANNED = "planned"
    POSTPONED = "postponed"

    def __str__(self) -> str:
        return str(self.value)
