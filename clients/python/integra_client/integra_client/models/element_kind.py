from enum import StrEnum


class ElementKind(StrEnum):
    ASSUMPTION = "assumption"
    OUTCOME = "outcome"
    OUTPUT = "output"

    def __str__(self) -> str:
        return str(self.value)
