from enum import StrEnum


class Sector(StrEnum):
    AGRICULTURE = "agriculture"
    CARE = "care"
    CONSTRUCTION = "construction"
    EDUCATION = "education"
    HEALTHCARE = "healthcare"
    HOSPITALITY = "hospitality"
    INFORMATION_TECHNOLOGY = "information_technology"
    MANUFACTURING = "manufacturing"
    OTHER = "other"
    TRANSPORT = "transport"

    def __str__(self) -> str:
        return str(self.value)
