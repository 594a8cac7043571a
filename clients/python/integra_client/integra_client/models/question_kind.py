from enum import StrEnum


class QuestionKind(StrEnum):
    MULTIPLE_CHOICE = "multiple_choice"
    NUMBER = "number"
    SCALE = "scale"
    SINGLE_CHOICE = "single_choice"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
