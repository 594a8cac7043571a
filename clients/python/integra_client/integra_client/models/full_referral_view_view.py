from enum import StrEnum


class FullReferralViewView(StrEnum):
    FULL = "full"

    def __str__(self) -> str:
        return str(self.value)
