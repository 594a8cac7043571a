from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    CASE_WORKER = "case_worker"
    EMPLOYMENT_COUNSELLOR = "employment_counsellor"
    INTEGRATION = "integration"
    MONITOR = "monitor"
    PARTNER = "partner"

    def __str__(self) -> str:
        return str(self.value)
