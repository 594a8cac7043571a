from enum import StrEnum


class OfferKind(StrEnum):
    SCHEME = "scheme"
    VACANCY = "vacancy"

    def __str__(self) -> str:
        return str(self.value)
