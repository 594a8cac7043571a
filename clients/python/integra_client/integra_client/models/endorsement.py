from enum import StrEnum


class Endorsement(StrEnum):
    METHOD = "method"
    OTHER = "other"
    RESULT = "result"
    WORK_PLAN_CHANGE = "work_plan_change"

    def __str__(self) -> str:
        return str(self.value)
