from enum import StrEnum


class IntegrationServiceType(StrEnum):
    CIVIC_ORIENTATION = "civic_orientation"
    EMPLOYMENT_COUNSELLING = "employment_counselling"
    LANGUAGE = "language"
    LEGAL_COUNSELLING = "legal_counselling"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)
