from enum import StrEnum


class Op(StrEnum):
    EQ = "eq"
    GE = "ge"
    GT = "gt"
    HAS = "has"
    IN = "in"
    LE = "le"
    LT = "lt"
    NE = "ne"

    def __str__(self) -> str:
        return str(self.value)
