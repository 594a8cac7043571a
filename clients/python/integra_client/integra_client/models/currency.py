from enum import StrEnum


class Currency(StrEnum):
    GEL = "GEL"

    def __str__(self) -> str:
        return str(self.value)
