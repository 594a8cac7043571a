from enum import StrEnum


class Stream(StrEnum):
    INTEGRATION = "integration"
    LABOUR_MIGRATION = "labour_migration"
    REINTEGRATION = "reintegration"

    def __str__(self) -> str:
        return str(self.value)
