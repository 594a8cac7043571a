from enum import StrEnum


class FollowUpPoint(StrEnum):
    MONTH_12 = "month_12"
    MONTH_3 = "month_3"
    MONTH_6 = "month_6"

    def __str__(self) -> str:
        return str(self.value)
