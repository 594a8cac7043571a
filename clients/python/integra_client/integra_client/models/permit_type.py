from enum import StrEnum


class PermitType(StrEnum):
    FAMILY = "family"
    INVESTMENT = "investment"
    OTHER = "other"
    PERMANENT = "permanent"
    STUDY = "study"
    WORK = "work"

    def __str__(self) -> str:
        return str(self.value)
