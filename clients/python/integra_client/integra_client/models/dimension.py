from enum import StrEnum


class Dimension(StrEnum):
    ECONOMIC = "economic"
    PSYCHOSOCIAL = "psychosocial"
    SOCIAL = "social"

    def __str__(self) -> str:
        return str(self.value)
