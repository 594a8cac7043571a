from enum import StrEnum


class Scope(StrEnum):
    EVENTSREAD = "events:read"
    IMPORTSWRITE = "imports:write"
    PERSONSREAD = "persons:read"
    PERSONSWRITE = "persons:write"

    def __str__(self) -> str:
        return str(self.value)
