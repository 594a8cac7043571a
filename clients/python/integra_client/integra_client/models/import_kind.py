from enum import StrEnum


class ImportKind(StrEnum):
    ASSISTANCE_HISTORY = "assistance_history"
    CONTACTS = "contacts"
    PERSONS = "persons"
    STAYS_ABROAD = "stays_abroad"

    def __str__(self) -> str:
        return str(self.value)
