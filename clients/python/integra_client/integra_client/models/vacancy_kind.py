from enum import StrEnum


class VacancyKind(StrEnum):
    ABROAD = "abroad"
    DOMESTIC = "domestic"

    def __str__(self) -> str:
        return str(self.value)
