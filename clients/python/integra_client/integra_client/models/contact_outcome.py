from enum import StrEnum


class ContactOutcome(StrEnum):
    DECLINED = "declined"
    INFORMED = "informed"
    INTERESTED = "interested"
    UNREACHABLE = "unreachable"

    def __str__(self) -> str:
        return str(self.value)
