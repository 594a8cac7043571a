from enum import StrEnum


class Outcome(StrEnum):
    FAILED = "failed"
    NOT_EVALUABLE = "not_evaluable"
    PASSED = "passed"

    def __str__(self) -> str:
        return str(self.value)
