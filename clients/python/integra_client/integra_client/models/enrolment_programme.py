from enum import StrEnum


class EnrolmentProgramme(StrEnum):
    EMPLOYMENT = "employment"
    OTHER = "other"
    REHABILITATION = "rehabilitation"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
