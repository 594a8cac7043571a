from enum import StrEnum


class ReferralService(StrEnum):
    BUSINESS_DEVELOPMENT = "business_development"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    HOUSING = "housing"
    LEGAL_AID = "legal_aid"
    MEDICAL = "medical"
    OTHER = "other"
    PSYCHOSOCIAL = "psychosocial"
    SOCIAL_ASSISTANCE = "social_assistance"
    VOCATIONAL_TRAINING = "vocational_training"

    def __str__(self) -> str:
        return str(self.value)
