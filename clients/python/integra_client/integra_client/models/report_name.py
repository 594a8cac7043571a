from enum import StrEnum


class ReportName(StrEnum):
    CAPACITY = "capacity"
    INTEGRATION = "integration"
    LABOUR = "labour"
    OVERVIEW = "overview"
    REINTEGRATION = "reintegration"

    def __str__(self) -> str:
        return str(self.value)
