from enum import StrEnum


class ApplicationStatus(StrEnum):
    APPLIED = "applied"
    DEPARTED = "departed"
    ORIENTED = "oriented"
    REJECTED = "rejected"
    RETURNED = "returned"
    SHORTLISTED = "shortlisted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
