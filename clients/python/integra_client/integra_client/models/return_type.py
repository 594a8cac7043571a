from enum import StrEnum


class ReturnType(StrEnum):
    ASSISTED_VOLUNTARY_RETURN = "assisted_voluntary_return"
    DEPORTATION = "deportation"
    READMISSION = "readmission"
    SPONTANEOUS = "spontaneous"

    def __str__(self) -> str:
        return str(self.value)
