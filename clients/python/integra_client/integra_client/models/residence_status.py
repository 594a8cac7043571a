from enum import StrEnum


class ResidenceStatus(StrEnum):
    ASYLUM_SEEKER = "asylum_seeker"
    CITIZEN = "citizen"
    PERMANENT_RESIDENT = "permanent_resident"
    REFUGEE = "refugee"
    TEMPORARY_RESIDENT = "temporary_resident"
    UNDOCUMENTED = "undocumented"

    def __str__(self) -> str:
        return str(self.value)
