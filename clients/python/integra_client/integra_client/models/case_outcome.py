from enum import StrEnum


class CaseOutcome(StrEnum):
    COMPLETED = "completed"
    DECEASED = "deceased"
    LOST_CONTACT = "lost_contact"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
