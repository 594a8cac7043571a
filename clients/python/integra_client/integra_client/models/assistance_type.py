from enum import StrEnum


class AssistanceType(StrEnum):
    COUNSELLING_REFERRAL = "counselling_referral"
    EMPLOYMENT_ASSISTANCE = "employment_assistance"
    LIVING_CONDITIONS = "living_conditions"
    MEDICAL = "medical"
    MICRO_BUSINESS = "micro_business"
    SELF_EMPLOYMENT_SUPPORT = "self_employment_support"
    TEMPORARY_ACCOMMODATION = "temporary_accommodation"
    VOCATIONAL_TRAINING = "vocational_training"

    def __str__(self) -> str:
        return str(self.value)
