from enum import StrEnum


class ApplicationAction(StrEnum):
    DEPART = "depart"
    ORIENT = "orient"
    REJECT = "reject"
    RETURN = "return"
    SHORTLIST = "shortlist"
    WITHDRAW = "withdraw"

    def __str__(self) -> str:
        return str(self.value)
