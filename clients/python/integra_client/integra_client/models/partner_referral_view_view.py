from enum import StrEnum


class PartnerReferralViewView(StrEnum):
    PARTNER = "partner"

    def __str__(self) -> str:
        return str(self.value)
