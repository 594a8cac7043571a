from enum import StrEnum


class Atomicity(StrEnum):
    ALL = "all"
    ROW = "row"

    def __str__(self) -> str:
        return str(self.value)
