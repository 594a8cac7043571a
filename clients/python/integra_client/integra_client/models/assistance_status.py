from enum import StrEnum


class AssistanceStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    DELIVERED = "delivered"
    PROPOSED = "proposed"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
