from enum import StrEnum


class Study(StrEnum):
    INTEGRATION_EXPERIENCE = "integration_experience"
    LABOUR_MIGRATION_ATTITUDES = "labour_migration_attitudes"
    OTHER = "other"
    REINTEGRATION_SUSTAINABILITY = "reintegration_sustainability"

    def __str__(self) -> str:
        return str(self.value)
