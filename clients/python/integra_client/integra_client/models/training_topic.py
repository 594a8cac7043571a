from enum import StrEnum


class TrainingTopic(StrEnum):
    CASE_MANAGEMENT = "case_management"
    DATA_PROTECTION = "data_protection"
    INTEGRATION = "integration"
    LABOUR_MIGRATION = "labour_migration"
    OTHER = "other"
    REINTEGRATION = "reintegration"

    def __str__(self) -> str:
        return str(self.value)
