from enum import StrEnum


class CounsellingTopic(StrEnum):
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    HEALTH = "health"
    HOUSING = "housing"
    LEGAL = "legal"
    OTHER = "other"
    PSYCHOSOCIAL = "psychosocial"
    REINTEGRATION_ASSISTANCE = "reintegration_assistance"
    SAFE_MIGRATION = "safe_migration"
    SOCIAL_SERVICES = "social_services"
    VOCATIONAL_TRAINING = "vocational_training"

    def __str__(self) -> str:
        return str(self.value)
