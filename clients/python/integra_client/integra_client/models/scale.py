from enum import StrEnum


class Scale(StrEnum):
    SCALE_1_5 = "scale_1_5"
    YES_NO = "yes_no"

    def __str__(self) -> str:
        return str(self.value)
